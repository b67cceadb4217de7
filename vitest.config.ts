import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { dataFiles } from './vite.config';

export default defineConfig({
  plugins: [react(), dataFiles()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // Component tests render whole screens; on a busy 2-core machine some need more than 5 s.
    testTimeout: 15_000,
  },
});
