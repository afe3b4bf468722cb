import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const sharedAlias = { '@shared': resolve(import.meta.dirname, 'src/shared') };
// pouchdb-browser imports Node's 'events'; the renderer gets a small EventEmitter (see the file).
const rendererAlias = { ...sharedAlias, events: resolve(import.meta.dirname, 'src/renderer/src/db/sync/events-shim.ts') };

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: { externalizeDeps: true },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    resolve: { alias: rendererAlias },
    plugins: [react()],
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') } },
  },
});
