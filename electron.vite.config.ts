// One build for the Electron main process (plus the browser host, which shares the core),
// the sandboxed preload, and the React renderer. Native modules stay external.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The renderer fetches one language's messages at a time: its build resolves the Node message
 * store (every language in memory) to the renderer's own, which loads each language as a chunk.
 */
function rendererMessageStore(): Plugin {
  const nodeStore = resolve(import.meta.dirname, 'shared/i18n/message-store.ts');
  const rendererStore = resolve(import.meta.dirname, 'renderer/src/app/message-store.ts');
  return {
    name: 'physioplan:renderer-message-store',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === nodeStore ? rendererStore : resolved;
    },
  };
}

/**
 * index.html asks for the default language's messages (English) beside the first screen's code,
 * as a module preload. The store's import() of them, which Chromium starts only once all of that
 * code has run, then finds them fetched: 20–40 ms of each start. Another language is fetched
 * when the screens first need it, as before.
 */
function preloadDefaultMessages(): Plugin {
  const english = resolve(import.meta.dirname, 'shared/i18n/messages/en.ts');
  return {
    name: 'physioplan:preload-default-messages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === english,
        );
        if (!chunk) throw new Error('The build has no chunk for the English messages');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

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
    plugins: [rendererMessageStore(), preloadDefaultMessages(), react()],
    build: {
      // Minified by Vite's own minifier (Oxc). esbuild's minifier broke the pdf.js print preview
      // (no pages drawn); the print-plan e2e test checks the preview draws its pages.
      minify: 'oxc',
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
