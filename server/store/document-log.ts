import { randomUUID } from 'node:crypto';
import { pack, unpack, type Packed } from './packing.ts';
import type { Postgres } from './postgres.ts';
import type { Sql, SqlValue } from './sql.ts';

/** How far a node has read a document: the last row, and which snapshot (each compaction writes a new version). */
export interface Mark {
  lastId: number;
  version: number;
}

/** A product's document as stored: a snapshot of the whole, and updates appended since, oldest first. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  mark: Mark;
}

/**
 * Where documents are kept: each change is appended as a small row, and now and then the whole
 * document is written as one snapshot that replaces the rows it includes. Encoding a large
 * document takes a node's whole attention for a while (half a second at 18 MB), so it is done
 * seldom, not for every burst of edits. Large values are stored gzip-compressed (packing.ts).
 * Nothing is stored for a product that is no longer shared.
 */
export interface DocumentLog {
  read(name: string): Promise<StoredDocument>;
  /** The same, as the database holds it (large updates gzip-compressed, see packing.ts), snapshot first: what a download sends. */
  readPacked(name: string): Promise<Packed[]>;
  /**
   * What other nodes stored after `mark`: the rows they appended since (by id: a row that commits
   * late may wait for the next compaction), and the snapshot if another was written.
   */
  since(name: string, mark: Mark): Promise<StoredDocument>;
  /** Appends a change this node's members made. */
  append(name: string, update: Uint8Array): Promise<void>;
  /**
   * Replaces the snapshot and every row read with what `merge` makes of the other nodes' rows (this
   * node's own are in its document already) and of the snapshot if it is newer than `mark`, in one
   * transaction no other compaction of that document runs beside; rows appended meanwhile stay.
   * Resolves to the new mark, or null when the product is not shared.
   */
  compact(name: string, mark: Mark, merge: (stored: StoredDocument) => Uint8Array): Promise<Mark | null>;
}

const SHARED = 'SELECT 1 FROM products WHERE id = $1 AND stopped_at IS NULL';
const SQLITE_UPDATES = 'SELECT id, data, gzip, node FROM document_updates WHERE name = $1 AND id > $2 ORDER BY id';
const SQLITE_OTHERS_UPDATES = 'SELECT id, data, gzip FROM document_updates WHERE name = $1 AND id > $2 AND node <> $3 ORDER BY id';

/** A stored value and whether it is gzip-compressed (0 or 1: neither database has booleans both read alike). */
interface PackedRow {
  data: Uint8Array;
  gzip: number | string;
}

interface UpdateRow extends PackedRow {
  id: number | string;
  node?: string;
}

interface SnapshotRow extends PackedRow {
  version: number | string;
}

const packedOf = (row: PackedRow): Packed => ({ data: new Uint8Array(row.data), gzip: Number(row.gzip) === 1 });

async function stored(snapshot: SnapshotRow | undefined, updates: UpdateRow[], after: Mark): Promise<StoredDocument> {
  const version = snapshot ? Number(snapshot.version) : after.version;
  return {
    snapshot: snapshot ? await unpack(packedOf(snapshot)) : null,
    updates: await Promise.all(updates.map((row) => unpack(packedOf(row)))),
    mark: { lastId: lastIdOf(updates, after), version },
  };
}

const packedRows = (snapshot: SnapshotRow | undefined, updates: UpdateRow[]): Packed[] => (snapshot ? [snapshot, ...updates] : updates).map(packedOf);

const lastIdOf = (rows: UpdateRow[], after: Mark) => (rows.length > 0 ? Number(rows.at(-1)!.id) : after.lastId);

const START: Mark = { lastId: 0, version: 0 };

/**
 * One node: this process alone writes the file, and its statements do not interleave (better-sqlite3
 * runs each to its end), so ids grow in the order rows are committed and no other node writes a
 * snapshot (its version stays 0).
 */
export function sqliteDocumentLog(sql: Sql): DocumentLog {
  const node = randomUUID();
  const updates = (name: string, after: Mark) => sql.query<UpdateRow>(SQLITE_UPDATES, [name, after.lastId]);
  const snapshotRow = async (name: string): Promise<SnapshotRow | undefined> => {
    const [snapshot] = await sql.query<PackedRow>('SELECT data, gzip FROM documents WHERE name = $1', [name]);
    return snapshot && { ...snapshot, version: 0 };
  };
  return {
    read: async (name) => stored(await snapshotRow(name), await updates(name, START), START),
    readPacked: async (name) => packedRows(await snapshotRow(name), await updates(name, START)),
    since: async (name, mark) => stored(undefined, await sql.query<UpdateRow>(SQLITE_OTHERS_UPDATES, [name, mark.lastId, node]), mark),
    append: async (name, update) => {
      const { data, gzip } = await pack(update);
      await sql.execute(`INSERT INTO document_updates (name, data, gzip, node) SELECT $1, $2, $3, $4 WHERE EXISTS (${SHARED})`, [name, data, Number(gzip), node]);
    },
    compact: async (name, mark, merge) => {
      if ((await sql.query(SHARED, [name])).length === 0) return null;
      const rows = await updates(name, START);
      const snapshot = await pack(merge(await stored(undefined, rows.filter((row) => row.node !== node), mark)));
      const read: Mark = { lastId: lastIdOf(rows, START), version: 0 };
      await sql.batch([
        {
          text: `INSERT INTO documents (name, data, gzip) SELECT $1, $2, $3 WHERE EXISTS (${SHARED}) ON CONFLICT (name) DO UPDATE SET data = excluded.data, gzip = excluded.gzip`,
          params: [name, snapshot.data, Number(snapshot.gzip)],
        },
        { text: 'DELETE FROM document_updates WHERE name = $1 AND id <= $2', params: [name, read.lastId] },
      ]);
      return read;
    },
  };
}

/**
 * A cluster: every node appends to the same tables and any may compact. Ids come from a sequence,
 * which does not follow commit order, so a compaction deletes exactly the rows it read. An append
 * holds the product's row, so stopping sharing waits for it and no row outlives the document.
 */
export function postgresDocumentLog(postgres: Postgres): DocumentLog {
  const node = randomUUID();
  return {
    read: async (name) => stored(await snapshotOf(postgres.query, name), await updatesOf(postgres.query, PG_UPDATES, [name, 0]), START),
    readPacked: async (name) => packedRows(await snapshotOf(postgres.query, name), await updatesOf(postgres.query, PG_UPDATES, [name, 0])),
    since: async (name, mark) =>
      stored(await newerSnapshot(postgres.query, name, mark), await updatesOf(postgres.query, PG_OTHERS_UPDATES, [name, mark.lastId, node]), mark),
    append: async (name, update) => {
      const { data, gzip } = await pack(update);
      await postgres.execute(
        `INSERT INTO document_updates (name, data, gzip, node) SELECT $1, $2, $3, $4 FROM products WHERE id = $1 AND stopped_at IS NULL FOR SHARE`,
        [name, data, Number(gzip), node],
      );
    },
    compact: (name, mark, merge) =>
      postgres.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`document:${name}`]);
        if (!(await client.query(`${SHARED} FOR SHARE`, [name])).rowCount) return null;
        const query: Rows = async (text, params) => (await client.query(text, params)).rows;
        const rows = await updatesOf(query, PG_UPDATES, [name, 0]);
        const newer = await newerSnapshot(query, name, mark);
        const snapshot = await pack(merge(await stored(newer, rows.filter((row) => row.node !== node), mark)));
        const written = await client.query<{ version: string }>(
          `INSERT INTO documents (name, data, gzip, version) VALUES ($1, $2, $3, 1)
           ON CONFLICT (name) DO UPDATE SET data = excluded.data, gzip = excluded.gzip, version = documents.version + 1 RETURNING version`,
          [name, Buffer.from(snapshot.data), Number(snapshot.gzip)],
        );
        await client.query('DELETE FROM document_updates WHERE id = ANY($1::bigint[])', [rows.map((row) => String(row.id))]);
        return { lastId: lastIdOf(rows, mark), version: Number(written.rows[0]!.version) };
      }),
  };
}

/** A query on a connection or in a transaction: its rows. */
type Rows = <Row>(text: string, params: SqlValue[]) => Promise<Row[]>;

/** The stored snapshot if another compaction wrote it since `mark`: 18 MB is not read for nothing. */
async function newerSnapshot(rows: Rows, name: string, mark: Mark): Promise<SnapshotRow | undefined> {
  const [stored] = await rows<{ version: string }>('SELECT version FROM documents WHERE name = $1', [name]);
  if (stored === undefined || Number(stored.version) === mark.version) return undefined;
  return snapshotOf(rows, name);
}

/**
 * node-postgres reads one large value far slower than the same bytes in pieces: an 18 MB snapshot
 * took 0.9 s whole and 0.25 s in pieces of 1 MB, put back together here. Each row is cut into
 * pieces by the query (`generate_series` over its length), and rows of one piece stay as they are.
 */
const PIECE = 1024 * 1024;
const inPieces = (table: string) =>
  `${table}, generate_series(1, greatest(length(${table}.data), 1), ${PIECE}) AS piece`;
const pieceOfData = `substring(data FROM piece FOR ${PIECE}) AS data`;

async function snapshotOf(rows: Rows, name: string): Promise<SnapshotRow | undefined> {
  const pieces = await rows<SnapshotRow>(`SELECT ${pieceOfData}, gzip, version FROM ${inPieces('documents')} WHERE name = $1 ORDER BY piece`, [name]);
  return pieces.length === 0 ? undefined : { ...pieces[0]!, data: joined(pieces) };
}

const PG_UPDATES = `SELECT id, node, gzip, ${pieceOfData} FROM ${inPieces('document_updates')} WHERE name = $1 AND id > $2 ORDER BY id, piece`;
const PG_OTHERS_UPDATES = `SELECT id, gzip, ${pieceOfData} FROM ${inPieces('document_updates')} WHERE name = $1 AND id > $2 AND node <> $3 ORDER BY id, piece`;

/** The rows of PG_UPDATES or PG_OTHERS_UPDATES, each put back together. */
async function updatesOf(rows: Rows, query: string, params: SqlValue[]): Promise<UpdateRow[]> {
  const pieces = await rows<UpdateRow>(query, params);
  const whole: UpdateRow[] = [];
  for (let from = 0; from < pieces.length; ) {
    let to = from + 1;
    while (to < pieces.length && pieces[to]!.id === pieces[from]!.id) to++;
    whole.push({ ...pieces[from]!, data: joined(pieces.slice(from, to)) });
    from = to;
  }
  return whole;
}

const joined = (pieces: ReadonlyArray<{ data: Uint8Array }>): Uint8Array => (pieces.length === 1 ? pieces[0]!.data : Buffer.concat(pieces.map((piece) => piece.data)));
