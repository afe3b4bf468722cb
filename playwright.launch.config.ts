import { defineConfig } from '@playwright/test';

// The real-launch test: the built app (out/) in the real Electron binary. `npm run test:launch` runs it
// where the binary exists and says why not where it does not (scripts/test-launch.mjs).
export default defineConfig({
  testDir: 'test/launch',
  outputDir: 'test-results/launch',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
});
