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
    // Component tests render whole screens; with two runs at once on a 2-core machine some take
    // tens of seconds. They wait for what the user sees (setup.ts), never for a fixed time.
    testTimeout: 60_000,
  },
});
