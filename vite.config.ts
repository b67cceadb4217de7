import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const LAZY_LIBRARIES = /\/node_modules\/(zod|workbox-window|papaparse|@dnd-kit\/sortable)\//;

export default defineConfig({
  plugins: [
    react(),
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
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The store screenshot is only for the install dialog, never needed offline.
        globIgnores: ['screenshots/**'],
        // Deep links (/p/<id>/i/<id>) are client routes: serve the app shell for them offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries of the first paint in one long-cached chunk; app code split by route and dialog.
        // Libraries only lazy code uses (validation, the update prompt) load with that code.
        codeSplitting: { groups: [{ name: 'vendor', test: (id: string) => id.includes('/node_modules/') && !LAZY_LIBRARIES.test(id) }] },
      },
    },
  },
});
