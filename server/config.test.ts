import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('readConfig', () => {
  it('runs one node on loopback with SQLite in ./data by default', () => {
    const config = readConfig({}, '/srv/board');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      dataDir: '/srv/board/data',
      distDir: '/srv/board/dist',
      databaseUrl: null,
      redisUrl: null,
      maxDocBytes: 32 * 1024 * 1024,
    });
  });

  it('reads the cluster settings and limits', () => {
    const config = readConfig(
      { PORT: '0', HOST: '0.0.0.0', DATA_DIR: '/var/lib/plb', DATABASE_URL: 'postgres://u@db/plb', REDIS_URL: 'redis://cache:6379', MAX_DOC_BYTES: '1048576' },
      '/srv/board',
    );
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', dataDir: '/var/lib/plb', databaseUrl: 'postgres://u@db/plb', redisUrl: 'redis://cache:6379', maxDocBytes: 1048576 });
  });

  it.each([
    [{ PORT: '80a' }, 'PORT must be a whole number from 0 to 65535 (got "80a")'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ MAX_DOC_BYTES: '10' }, 'MAX_DOC_BYTES must be a whole number'],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, 'REDIS_URL needs DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://db' }, 'DATABASE_URL must be a postgres:// URL'],
  ])('refuses %o with one clear line', (env, message) => {
    expect(() => readConfig(env, '/')).toThrow(ConfigError);
    expect(() => readConfig(env, '/')).toThrow(message);
  });
});
