import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The PWA plugin lives in vite.config.ts only; its virtual module is a stub in unit tests.
    alias: { 'virtual:pwa-register': fileURLToPath(new URL('tests/unit/stubs/pwa-register.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
