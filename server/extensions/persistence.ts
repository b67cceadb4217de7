import { Database } from '@hocuspocus/extension-database';
import { SQLite } from '@hocuspocus/extension-sqlite';
import type { Extension, LocalTransactionOrigin } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Postgres } from '../store/postgres.ts';
import { loadQuietly } from './quiet-load.ts';

/** Stores a document only while its product is shared: a store that was pending when sharing stopped must not bring it back. */
const SQLITE_STORE = `INSERT INTO documents (name, data)
  SELECT $name, $data WHERE EXISTS (SELECT 1 FROM products WHERE id = $name AND stopped_at IS NULL)
  ON CONFLICT (name) DO UPDATE SET data = excluded.data`;

/**
 * One node: the Hocuspocus SQLite extension on the server's SQLite file (its own connection; the
 * members store has another, and WAL lets them work side by side).
 */
export function sqlitePersistence(file: string): Extension {
  const extension: SQLite = loadQuietly(new SQLite({
    database: file,
    store: async ({ documentName, state }) => {
      extension.db?.prepare(SQLITE_STORE).run({ name: documentName, data: state });
    },
  }));
  return extension;
}

const MERGED_FROM_DATABASE: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true };

/**
 * A cluster: the Hocuspocus database extension on PostgreSQL. Nodes hold the same document and
 * Redis may drop a message between them, so a node never overwrites what another stored: it merges
 * the stored state into its document, then stores the merge, in one transaction holding the row.
 * What it merged in also reaches its own clients.
 */
export function postgresPersistence(postgres: Postgres): Extension {
  const written = new WeakMap<Y.Doc, Buffer>();
  return loadQuietly(new Database({
    fetch: async ({ documentName }) => {
      const [row] = await postgres.query<{ data: Buffer }>('SELECT data FROM documents WHERE name = $1', [documentName]);
      return row ? new Uint8Array(row.data) : null;
    },
    store: async ({ documentName, document }) => {
      await postgres.transaction(async (client) => {
        const shared = await client.query('SELECT 1 FROM products WHERE id = $1 AND stopped_at IS NULL FOR SHARE', [documentName]);
        if (!shared.rowCount) return;
        const stored = await client.query<{ data: Buffer }>('SELECT data FROM documents WHERE name = $1 FOR UPDATE', [documentName]);
        const previous = stored.rows[0]?.data;
        // Only what the document lacks: merging the whole stored state blocked a node for a second
        // per store on an 18 MB document; diffing the encoded update against the document's state
        // vector is a quarter of that, and the rest is nothing to apply (deletions ride along whole).
        if (previous && !previous.equals(written.get(document) ?? Buffer.alloc(0))) Y.applyUpdate(document, Y.diffUpdate(previous, Y.encodeStateVector(document)), MERGED_FROM_DATABASE);
        const state = Buffer.from(Y.encodeStateAsUpdate(document));
        await client.query('INSERT INTO documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data', [documentName, state]);
        written.set(document, state);
      });
    },
  }));
}
