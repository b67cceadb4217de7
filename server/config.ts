import { resolve } from 'node:path';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Where the single-node server keeps its SQLite file, when no DATABASE_URL is given. */
  readonly dataDir: string;
  /** The production build of the app (`npm run build`), served on the same origin as the sync endpoint. */
  readonly distDir: string;
  /** PostgreSQL: documents, members and invites of every node of a cluster. */
  readonly databaseUrl: string | null;
  /** Redis: carries each change between the nodes of a cluster. */
  readonly redisUrl: string | null;
  /** Namespace of this cluster's Redis channels and locks. */
  readonly redisPrefix: string;
  /** The largest a product's document may grow, encoded. */
  readonly maxDocBytes: number;
  /** Open connections one member's token may hold at once. */
  readonly maxConnectionsPerMember: number;
  /** A member token unused for this long stops working. */
  readonly tokenIdleDays: number;
  /** How often each node checks that its connected members still have access (revocations made on other nodes). */
  readonly accessCheckMs: number;
}

export class ConfigError extends Error {}

const MIB = 1024 * 1024;

/** The server's settings from the environment (see docs/server.md), relative paths from `cwd`. */
export function readConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  const databaseUrl = text(env.DATABASE_URL);
  const redisUrl = text(env.REDIS_URL);
  if (redisUrl && !databaseUrl) {
    throw new ConfigError('REDIS_URL needs DATABASE_URL: the nodes of a cluster keep their documents in PostgreSQL');
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL must be a postgres:// URL');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return {
    host: text(env.HOST) ?? '127.0.0.1',
    port: integer(env, 'PORT', 8787, 0, 65535),
    dataDir: resolve(cwd, text(env.DATA_DIR) ?? 'data'),
    distDir: resolve(cwd, text(env.DIST_DIR) ?? 'dist'),
    databaseUrl,
    redisUrl,
    redisPrefix: text(env.REDIS_PREFIX) ?? 'plb',
    maxDocBytes: integer(env, 'MAX_DOC_BYTES', 32 * MIB, 64 * 1024, 1024 * MIB),
    maxConnectionsPerMember: integer(env, 'MAX_CONNECTIONS_PER_MEMBER', 10, 1, 1000),
    tokenIdleDays: integer(env, 'TOKEN_IDLE_DAYS', 180, 1, 3650),
    accessCheckMs: 1000,
  };
}

function text(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function integer(env: Record<string, string | undefined>, name: string, fallback: number, min: number, max: number): number {
  const value = text(env[name]);
  if (value === null) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
  }
  return parsed;
}
