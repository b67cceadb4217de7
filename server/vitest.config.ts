import { defineConfig } from 'vitest/config';

/** The team server's tests: Node, real sockets on loopback, SQLite in temporary folders, PostgreSQL and Redis for the cluster. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['server/test-support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
