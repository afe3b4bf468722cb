// Preparing a benchmark run: options, the web build, the static server and the cached browser profile.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
/** The web build served and measured: out/web, or WEB_ROOT (as for serve-web.mjs) so parallel runs keep their own. */
export const webRoot = resolve(process.env.WEB_ROOT ?? join(root, 'out', 'web'));
const cacheRoot = join(root, 'bench', '.cache');

export function parseOptions(argv) {
  const quick = argv.includes('--quick');
  return {
    quick,
    fresh: argv.includes('--fresh'),
    // --quick: 1/20 of the generator's SCALE_COUNTS over the same ten years (the page divides).
    divisor: quick ? 20 : 1,
    // --only=clients,invoices,invoice-from-work: just those screens and measures (any of the screen
    // names, writes, invoice-from-work, cold-start, heap, import, sync), for a quick look at a few figures
    only: argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',') ?? null,
    importRows: quick ? 5_000 : 50_000,
    importRuns: 3,
    syncChangeRuns: 5,
    screenRuns: 5,
    writeRuns: 20,
    invoiceRuns: 5,
    coldRuns: 5,
    port: Number(process.env.BENCH_PORT ?? 5197),
    readyTimeoutMs: 60_000,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  );
}

/** Runs `npm run build:web` (into webRoot) when the build is missing or older than the renderer's sources. */
export function buildIfNeeded() {
  const built = join(webRoot, 'bench.html');
  const sources = [...filesUnder(join(root, 'src', 'renderer')), ...filesUnder(join(root, 'src', 'shared')), join(root, 'vite.web.config.ts'), join(root, 'package-lock.json')];
  const newest = Math.max(...sources.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) {
    console.log(`${relative(root, webRoot) || webRoot} is up to date.`);
    return;
  }
  console.log(`Building the renderer (npm run build:web into ${webRoot})…`);
  const result = spawnSync('npm', ['run', 'build:web', '--', '--outDir', webRoot, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build:web failed (see above)');
}

/** Starts scripts/serve-web.mjs; resolves with a stop function once it listens. */
export function startServer(port) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs')], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveStart, rejectStart) => {
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('http://')) resolveStart({ url: `http://127.0.0.1:${port}/`, stop: () => child.kill() });
    });
    child.on('exit', (code) => rejectStart(new Error(`The web server exited (${code}) before listening on ${port}: ${errors.trim()} (set BENCH_PORT to use another port)`)));
  });
}

/**
 * The cached profile for these counts: keyed by size, port (IndexedDB is per origin) and a hash of
 * the generator, schema and rollup sources, so a change there regenerates.
 */
export function profileFor(options) {
  const db = join(root, 'src', 'renderer', 'src', 'db');
  const inputs = [
    ...filesUnder(join(db, 'generator')),
    ...filesUnder(join(db, 'migrations')),
    join(db, 'schema.ts'),
    join(db, 'rollups.ts'),
    join(root, 'src', 'renderer', 'src', 'domain', 'rollup-accumulator.ts'),
  ].filter((file) => existsSync(file)).sort();
  const hash = createHash('sha256').update(JSON.stringify({ divisor: options.divisor, port: options.port }));
  for (const file of inputs) hash.update(relative(root, file)).update(readFileSync(file));
  const size = `${options.quick ? 'quick' : 'full'}-p${options.port}`;
  const dir = join(cacheRoot, `${size}-${hash.digest('hex').slice(0, 12)}`);
  return { size, dir, profile: join(dir, 'profile'), meta: join(dir, 'meta.json') };
}

/** Removes caches of the same size and port built from other sources (a full one holds about 130 MB). */
export function pruneStale(cache) {
  if (!existsSync(cacheRoot)) return;
  for (const name of readdirSync(cacheRoot)) {
    const dir = join(cacheRoot, name);
    if (name.startsWith(`${cache.size}-`) && dir !== cache.dir) rmSync(dir, { recursive: true, force: true });
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A folder of this run for a browser profile, after removing those left by killed runs. */
function runDir(purpose) {
  mkdirSync(cacheRoot, { recursive: true });
  for (const name of readdirSync(cacheRoot)) {
    const pid = /^run-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(cacheRoot, name), { recursive: true, force: true }); // left by a killed run
  }
  const dir = join(cacheRoot, `run-${process.pid}-${purpose}`);
  rmSync(dir, { recursive: true, force: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A throwaway copy of the generated profile: writes and imports never reach the cache. */
export function workingCopy(cache, purpose = 'screens') {
  const copy = runDir(purpose);
  cpSync(cache.profile, copy.dir, { recursive: true, filter: (source) => !/Singleton(Lock|Cookie|Socket)$/.test(source) });
  return copy;
}

/** An empty profile: a device that holds nothing yet. */
export function emptyProfile(purpose) {
  const profile = runDir(purpose);
  mkdirSync(profile.dir, { recursive: true });
  return profile;
}
