import { schema as sqliteDocuments } from '@hocuspocus/extension-sqlite';
import type { Sql } from './sql.ts';

/**
 * Shared products, their members and invites, beside the documents. A member token or invite is
 * kept (with `revoked_at`) after it is revoked, so that its holder is told why it no longer works;
 * stopping sharing deletes them with the document and marks the product `stopped_at`.
 */
const TABLES = [
  `CREATE TABLE IF NOT EXISTS products (
    id TEXT PRIMARY KEY,
    shared_by TEXT,
    created_at BIGINT NOT NULL,
    stopped_at BIGINT
  )`,
  `CREATE TABLE IF NOT EXISTS members (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id),
    role TEXT NOT NULL,
    display_name TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    revoked_at BIGINT
  )`,
  'CREATE INDEX IF NOT EXISTS members_by_product ON members (product_id)',
  `CREATE TABLE IF NOT EXISTS invites (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id),
    role TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
  )`,
  'CREATE INDEX IF NOT EXISTS invites_by_product ON invites (product_id)',
];

/** The documents table of PostgreSQL; on SQLite it is the Hocuspocus SQLite extension's own. */
const POSTGRES_DOCUMENTS = 'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BYTEA NOT NULL)';

/** Nodes of a cluster may start together: one creates the tables while the others wait. */
const POSTGRES_SCHEMA_LOCK = 'SELECT pg_advisory_xact_lock(80870001)';

export async function createSchema(sql: Sql): Promise<void> {
  const statements =
    sql.dialect === 'postgres' ? [POSTGRES_SCHEMA_LOCK, ...TABLES, POSTGRES_DOCUMENTS] : [...TABLES, sqliteDocuments];
  await sql.batch(statements.map((text) => ({ text, params: [] })));
}
