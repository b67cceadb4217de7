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

/** The documents (see document-log.ts): a snapshot per product, and the updates appended since. */
const DOCUMENTS = {
  postgres: [
    'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BYTEA NOT NULL)',
    // Each compaction's snapshot has a new version, so other nodes know to read it (a table from before had none).
    'ALTER TABLE documents ADD COLUMN IF NOT EXISTS version BIGINT NOT NULL DEFAULT 0',
    'CREATE TABLE IF NOT EXISTS document_updates (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, data BYTEA NOT NULL, node TEXT NOT NULL)',
    // Whether `data` is gzip-compressed (packing.ts); tables from before hold none that is.
    'ALTER TABLE documents ADD COLUMN IF NOT EXISTS gzip SMALLINT NOT NULL DEFAULT 0',
    'ALTER TABLE document_updates ADD COLUMN IF NOT EXISTS gzip SMALLINT NOT NULL DEFAULT 0',
  ],
  sqlite: [
    'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)',
    'CREATE TABLE IF NOT EXISTS document_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL, node TEXT NOT NULL)',
  ],
};
const UPDATES_BY_DOCUMENT = 'CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, id)';
/** Columns added since the first release; SQLite has no ADD COLUMN IF NOT EXISTS, so a file from before is asked what it lacks. */
const SQLITE_ADDED_COLUMNS = [
  ['documents', 'gzip', 'INTEGER NOT NULL DEFAULT 0'],
  ['document_updates', 'gzip', 'INTEGER NOT NULL DEFAULT 0'],
] as const;

/** Nodes of a cluster may start together: one creates the tables while the others wait. */
const POSTGRES_SCHEMA_LOCK = 'SELECT pg_advisory_xact_lock(80870001)';

export async function createSchema(sql: Sql): Promise<void> {
  const tables = [...TABLES, ...DOCUMENTS[sql.dialect], UPDATES_BY_DOCUMENT];
  const statements = sql.dialect === 'postgres' ? [POSTGRES_SCHEMA_LOCK, ...tables] : tables;
  await sql.batch(statements.map((text) => ({ text, params: [] })));
  if (sql.dialect !== 'sqlite') return;
  for (const [table, column, type] of SQLITE_ADDED_COLUMNS) {
    const found = await sql.query(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = $1`, [column]);
    if (found.length === 0) await sql.execute(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
