import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './server/content-security-policy';

// The command palette's libraries: cmdk, MiniSearch, and the Radix dialog cmdk brings with its own
// (tslib only that dialog's helpers import: the first paint's libraries need none of it).
const PALETTE_LIBRARIES = 'cmdk|minisearch|@radix-ui|aria-hidden|react-remove-scroll[^/]*|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|detect-node-es|tslib';
// TanStack Table's store binding brings use-sync-external-store's selector shim, which only it uses.
const LIST_LIBRARIES = '@tanstack/(react-table|table-core|react-store|store)';
// dnd-kit loads when the board is first pointed at or focused (src/features/board/drag-press.ts).
const LAZY_LIBRARIES = new RegExp(`/node_modules/((zod|papaparse|@dnd-kit/[^/]+|chart\\.js|@kurkle/color|${PALETTE_LIBRARIES}|${LIST_LIBRARIES})/|use-sync-external-store/.*with-selector)`);
/** Team sync's libraries, loaded only once a product is shared, in one file of their own. */
const SYNC_LIBRARIES = /\/node_modules\/(yjs|lib0|y-protocols|@hocuspocus|@lifeomic\/attempt)\//;

const DATA_QUERY = '?data';

/**
 * `import url from './texts.ts?data'` gives the URL of a JSON file holding the module's default
 * export. The build evaluates the module and ships its value as data: the sample content and the
 * template texts stay typed TypeScript in the sources, and cost the first visit a JSON.parse
 * rather than JavaScript to download, parse and compile. Elsewhere (dev server, unit tests) the
 * module is imported as usual and handed over as a data: URL.
 */
export function dataFiles(): Plugin {
  let build = false;
  let base = '/';
  return {
    name: 'plb-data-files',
    configResolved(config) {
      build = config.command === 'build';
      base = config.base;
    },
    async load(id) {
      if (!id.endsWith(DATA_QUERY)) return null;
      const file = id.slice(0, -DATA_QUERY.length);
      if (!build) {
        return `import data from ${JSON.stringify(file)};\nexport default 'data:application/json;charset=utf-8,' + encodeURIComponent(JSON.stringify(data));`;
      }
      const { module, dependencies } = await runnerImport<{ default: unknown }>(file);
      [file, ...dependencies].forEach((dependency) => this.addWatchFile(dependency));
      const source = JSON.stringify(module.default);
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      const fileName = `assets/${basename(file).replace(/\.ts$/, '')}-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source });
      return `export default ${JSON.stringify(base + fileName)};`;
    },
  };
}

/** The policy in the built index.html only: the dev server injects inline scripts (React refresh). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'plb-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    react(),
    dataFiles(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before switching to a new version (src/app/update-prompt.tsx registers it).
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      // No service worker under `vite` (dev server): only the production build has one.
      devOptions: { enabled: false },
      manifest: {
        id: '/',
        name: 'Product lifecycle board',
        short_name: 'Lifecycle',
        description: 'Move product initiatives through Strategy, Discovery and Delivery. Local-first: your data stays in this browser.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#3b5bdb',
        background_color: '#f4f5f8',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        screenshots: [
          {
            src: '/screenshots/board.png',
            sizes: '1440x760',
            type: 'image/png',
            form_factor: 'wide',
            label: 'The board: Strategy, Discovery and Delivery lanes with their stages and cards',
          },
        ],
      },
      workbox: {
        // The whole built app, so that it opens and runs with no network at all.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json}'],
        // The store screenshot is only for the install dialog, never needed offline.
        globIgnores: ['screenshots/**'],
        // Deep links (/p/<id>/i/<id>) are client routes: serve the app shell for them offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The same policy as a header, so that `vite preview` (and the e2e tests) run under it too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // src/domain holds pure functions (DESIGN.md): importing one never needs another to run, so
      // a module that only imports a domain module for a tree-shaken value does not load it.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/domain/') },
      output: {
        // Libraries of the first paint in one long-cached chunk; app code split by route and dialog.
        // Libraries only lazy code uses (validation, the update prompt) load with that code.
        codeSplitting: {
          groups: [
            { name: 'sync', test: SYNC_LIBRARIES },
            { name: 'vendor', test: (id: string) => id.includes('/node_modules/') && !LAZY_LIBRARIES.test(id) && !SYNC_LIBRARIES.test(id) },
            // The app code of the first paint in one file: dozens of small shared chunks cost more
            // (module wrappers, imports, gzip restarting per file) than the code they hold.
            { name: 'shell', test: /\/src\//, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
