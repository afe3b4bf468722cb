import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Reads the electron-vite build output (run `npm run build` first). A sandboxed preload cannot be an
// ES module and can require nothing but `electron` (plus a few Node polyfills), so a change in the
// bundler config that emits ESM or externalises a dependency would break the app only at runtime.

const PRELOAD = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

function readPreload(): string {
  try {
    return readFileSync(PRELOAD, 'utf8');
  } catch {
    throw new Error(`${PRELOAD} is missing: run \`npm run build\` before the build tests`);
  }
}

describe('built preload', () => {
  it('is CommonJS', () => {
    const code = readPreload();
    expect(code).toMatch(/\brequire\(["']electron["']\)/);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/\bimport\.meta\b/);
  });

  it('requires nothing but electron', () => {
    const required = [...readPreload().matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes the API through contextBridge and never hands out ipcRenderer itself', () => {
    const code = readPreload();
    expect(code).toMatch(/contextBridge\.exposeInMainWorld\(\s*["']tandem["']/);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
