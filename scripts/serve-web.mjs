// Serves the built renderer (out/web) on 127.0.0.1 for `npm run web`, the end-to-end tests and the
// benchmark. Chromium will not run module scripts from file://, so a real HTTP origin is needed.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// WEB_ROOT lets parallel runs serve their own build; the default is `npm run build:web`'s output.
const root = resolve(process.env.WEB_ROOT ?? fileURLToPath(new URL('../out/web', import.meta.url)));
const port = Number(process.env.PORT ?? 5199);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html is missing: run \`npm run build:web\` first.`);
  process.exit(1);
}

export function resolveInside(base, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^([/\\])+/, '');
  const target = resolve(base, relative || 'index.html');
  return target === base || target.startsWith(base + sep) ? target : null;
}

createServer((request, response) => {
  const target = resolveInside(root, request.url ?? '/');
  const file = target && existsSync(target) && statSync(target).isFile() ? target : null;
  if (!file) {
    response.writeHead(404).end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`Tandem (web) on http://127.0.0.1:${port}/`));
