import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Where the Electron binary is, without `require('electron')`: since Electron 42 that require downloads
// the binary when it is missing, which these machines cannot do and a test must not do silently.

const ELECTRON_PACKAGE = join(import.meta.dirname, '../../node_modules/electron');

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ELECTRON_PACKAGE, 'dist');
  const path = relative ? join(dist, relative) : null;
  if (path && existsSync(path)) return { found: true, path };
  const why = env.ELECTRON_SKIP_BINARY_DOWNLOAD ? 'it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD' : 'run `npx install-electron` to get it';
  return { found: false, reason: `the Electron binary is not installed here (${why})` };
}
