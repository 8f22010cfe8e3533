// One build for the Electron main process (plus the browser host, which shares the core),
// the sandboxed preload, and the React renderer. Native modules stay external.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'browser-host': resolve(import.meta.dirname, 'electron/browser-host/index.ts'),
        },
        external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'sharp'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    // Relative asset paths so the built page also loads from a file (Electron) or app:// URL.
    base: './',
    plugins: [react()],
    build: {
      // Minified by Vite's own minifier (Oxc). esbuild's minifier broke the pdf.js print preview
      // (no pages drawn); the print-plan e2e test checks the preview draws its pages.
      minify: 'oxc',
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
