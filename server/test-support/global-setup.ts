import { randomBytes } from 'node:crypto';
import { Redis as IORedis } from 'ioredis';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database of this run's own on the local PostgreSQL, dropped after it. */
    databaseUrl: string;
    redisUrl: string;
  }
}

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The cluster tests need PostgreSQL and Redis on loopback: without them the run stops with one line saying so. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await reachRedis();
  const admin = await reachPostgres();
  const name = `plb_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  project.provide('databaseUrl', url.toString());
  project.provide('redisUrl', REDIS_URL);

  return async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
}

async function reachPostgres(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    stop(`PostgreSQL is not reachable at ${new URL(ADMIN_URL).host} (${(error as Error).message || 'refused'}): the server tests need it; start it (pg_ctlcluster <version> main start) or set TEST_DATABASE_URL`);
  }
}

async function reachRedis(): Promise<void> {
  const redis = new IORedis(REDIS_URL, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let cause = '';
  redis.on('error', (error: Error) => (cause ||= error.message));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    stop(`Redis is not reachable at ${new URL(REDIS_URL).host} (${cause || (error as Error).message || 'refused'}): the server tests need it; start it (redis-server --daemonize yes --port 6379) or set TEST_REDIS_URL`);
  } finally {
    redis.disconnect();
  }
}

function stop(hint: string): never {
  process.stderr.write(`${hint}\n`);
  process.exit(1);
}
