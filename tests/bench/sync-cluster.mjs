// Two team server nodes on loopback for the team-sync benchmark, as the cluster tests run them
// (server/cluster.test.ts): `npm run server` twice, on a PostgreSQL database of this run's own and
// a Redis key prefix of its own, both serving the build under test. `stop` ends the nodes and
// drops the database and the keys.

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { spawnNode } from '../../server/test-support/node-process.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function startCluster(distDir, dataDir) {
  const name = `plb_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await admin.connect().catch((error) => {
    throw new Error(`PostgreSQL is not reachable at ${new URL(ADMIN_URL).host} (${error.message}): start it, or set TEST_DATABASE_URL`);
  });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const env = { DATABASE_URL: databaseUrl, REDIS_URL, REDIS_PREFIX: name, DIST_DIR: distDir, DATA_DIR: dataDir };

  const nodes = [];
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      const keys = await redis.keys(`${name}*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
  try {
    // One after the other: both create the tables on first start.
    nodes.push(await spawnNode(env));
    nodes.push(await spawnNode(env));
  } catch (error) {
    await stop();
    throw error;
  }

  /** The stored size of a product's document in PostgreSQL (bytes: its snapshot and the updates appended since), or 0 while none is stored. */
  const storedBytes = async (productId) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT (SELECT coalesce(sum(length(data)), 0) FROM documents WHERE name = $1) + (SELECT coalesce(sum(length(data)), 0) FROM document_updates WHERE name = $1) AS bytes`,
        [productId],
      );
      return Number(rows[0]?.bytes ?? 0);
    } finally {
      await client.end();
    }
  };
  return { urls: nodes.map((node) => node.url), storedBytes, stop };
}

