import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // The sync tests run team servers: the cluster ones on PostgreSQL and Redis (a database and a key prefix of their own).
    globalSetup: ['tests/e2e/global-setup.ts', 'server/test-support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll waits for what the user sees; its default of one second is shorter than a reload
    // takes to show a drawer on a busy 2-core machine. A failure still fails, ten seconds later.
    expect: { poll: { timeout: 10_000 } },
  },
});
