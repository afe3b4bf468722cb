import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const renderer = resolve(import.meta.dirname, 'src/renderer');

// The renderer alone, for a plain browser: end-to-end tests, the benchmark and `npm run web`.
// bench.html is a second entry for `npm run bench` only; the app (index.html) never imports it.
export default defineConfig({
  root: renderer,
  base: './',
  // pouchdb-browser imports Node's 'events': a small EventEmitter stands in (db/sync/events-shim.ts).
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared'), events: resolve(renderer, 'src/db/sync/events-shim.ts') } },
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { main: resolve(renderer, 'index.html'), bench: resolve(renderer, 'bench.html') } },
  },
});
