// `npm run test:launch`: Playwright launches the built app in the real Electron binary
// (test/launch/launch.spec.ts). Where the binary is absent it prints one line saying so and passes,
// so `npm test` stays usable on machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../test/launch/electron-binary.ts';

const binary = findElectronBinary();
if (!binary.found) {
  console.log(`[launch test] skipped: ${binary.reason}`);
  process.exit(0);
}
const cli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const run = spawnSync(process.execPath, [cli, 'test', '--config', 'playwright.launch.config.ts'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
