import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { TEST_TZ } from './test/support/test-clock';

// Tests run at the test clock's instant and zone (test/support/test-clock.ts); the domain runs once
// more in a zone whose daylight-saving dates differ from the run's.
const SECOND_TZ = TEST_TZ === 'America/New_York' ? 'Europe/Berlin' : 'America/New_York';
const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

export default defineConfig({
  resolve: { alias },
  test: {
    globalSetup: ['test/support/print-test-clock.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/ci/**/*.test.ts', 'test/main/**/*.test.ts', 'test/shared/**/*.test.ts', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/setup/node.ts'],
          env: { TZ: TEST_TZ },
          // A bound, not a measurement (as for components): a sample-agency load on fake-indexeddb has
          // taken over the 5 s default while a 2-core machine ran the sweep beside other suites.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'domain-second-zone',
          environment: 'node',
          include: ['test/renderer/domain/**/*.test.ts'],
          setupFiles: ['test/setup/node.ts'],
          env: { TZ: SECOND_TZ },
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/components.ts'],
          env: { TZ: TEST_TZ },
          // A bound, not a measurement: a whole user flow in jsdom has taken over the 5 s default on
          // a loaded 2-core CI machine, and waits inside a test may take up to 5 s themselves.
          testTimeout: 20_000,
        },
      },
      {
        // Reads the electron-vite output in out/: run after `npm run build` (`vitest run --project build`).
        test: {
          name: 'build',
          environment: 'node',
          include: ['test/build/**/*.test.ts'],
        },
      },
    ],
  },
});
