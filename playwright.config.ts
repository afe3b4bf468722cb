import { defineConfig } from '@playwright/test';
import { TEST_TZ } from './test/support/test-clock';

// The browser runs in the test clock's zone (its instant is installed per page by test/e2e/page-models/fixtures.ts);
// so does this process, so a spec's own date arithmetic agrees with the page's.
process.env.TZ = TEST_TZ;

// Debian's Chromium, never a downloaded browser. Override with CHROMIUM_PATH.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const port = Number(process.env.E2E_PORT ?? 5198);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  globalSetup: './test/support/print-test-clock.ts',
  use: {
    timezoneId: TEST_TZ,
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1360, height: 860 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port), ...(process.env.WEB_ROOT ? { WEB_ROOT: process.env.WEB_ROOT } : {}) },
    reuseExistingServer: !process.env.CI,
  },
});
