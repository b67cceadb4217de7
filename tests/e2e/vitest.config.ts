import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // On CI (a clean clone on a shared 2-core machine) a test that fails is run once more, so a
    // timing hiccup of the machine doesn't block a landing; a real failure fails twice.
    retry: process.env.CI ? 1 : 0,
  },
});
