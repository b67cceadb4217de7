import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../log.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { postgresDocumentLog, sqliteDocumentLog, type DocumentLog, type Mark, type StoredDocument } from './document-log.ts';
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import { statement } from './sql.ts';
import { TeamStore } from './team-store.ts';

const folder = tempDir();
afterAll(() => folder.remove());

const bytes = (...values: number[]) => new Uint8Array(values);
const START: Mark = { lastId: 0, version: 0 };

describe.each([
  ['SQLite', () => {
    const sql = openSqlite(join(folder.path, 'team.sqlite'));
    return { sql, log: sqliteDocumentLog(sql), otherNode: () => sqliteDocumentLog(sql) };
  }],
  ['PostgreSQL', () => {
    const sql = openPostgres(inject('databaseUrl'), silentLogger);
    return { sql, log: postgresDocumentLog(sql), otherNode: () => postgresDocumentLog(sql) };
  }],
])('the document log on %s', (_name, open) => {
  let store: TeamStore;
  let log: DocumentLog;
  let otherNode: DocumentLog;
  beforeAll(async () => {
    const opened = open();
    store = await TeamStore.open(opened.sql);
    log = opened.log;
    otherNode = opened.otherNode();
  });
  afterAll(() => store.close());

  const shared = async () => {
    const productId = randomUUID();
    await store.share(productId, 'Camille', Date.now());
    return productId;
  };

  it('reads back the snapshot and the updates appended since, oldest first', async () => {
    const productId = await shared();
    expect(await log.read(productId)).toMatchObject({ snapshot: null, updates: [] });
    await log.append(productId, bytes(1));
    await log.append(productId, bytes(2));
    await log.compact(productId, START, () => bytes(9));
    await log.append(productId, bytes(3));
    expect(await log.read(productId)).toMatchObject({ snapshot: bytes(9), updates: [bytes(3)] });
    const mark = (await log.read(productId)).mark;
    await log.append(productId, bytes(4));
    await otherNode.append(productId, bytes(5));
    // Since a mark: what the other nodes appended, not this node's own rows.
    expect(await log.since(productId, mark)).toMatchObject({ snapshot: null, updates: [bytes(5)] });
    expect(await otherNode.since(productId, mark)).toMatchObject({ snapshot: null, updates: [bytes(4)] });
  });

  it('hands a compaction what other nodes stored, replaces every row it read, and keeps a row appended while it runs', async () => {
    const productId = await shared();
    await log.append(productId, bytes(1));
    await otherNode.append(productId, bytes(2));
    let meanwhile: Promise<void> = Promise.resolve();
    let seen: StoredDocument | undefined;
    await log.compact(productId, START, (stored) => {
      seen = stored;
      meanwhile = log.append(productId, bytes(3));
      return bytes(1, 2);
    });
    await meanwhile;
    // This node's own row is in its document already: only the other node's is handed over.
    expect(seen).toMatchObject({ snapshot: null, updates: [bytes(2)] });
    expect(await log.read(productId)).toMatchObject({ snapshot: bytes(1, 2), updates: [bytes(3)] });
  });

  it('reads back values larger than a megabyte whole, and empty ones', async () => {
    const productId = await shared();
    const snapshot = new Uint8Array(randomBytes(2_600_000));
    const large = new Uint8Array(randomBytes(1_048_577));
    await log.compact(productId, START, () => snapshot);
    const mark = (await log.read(productId)).mark;
    await otherNode.append(productId, large);
    await otherNode.append(productId, bytes());
    await otherNode.append(productId, bytes(7));
    const read = await log.read(productId);
    expect(Buffer.compare(read.snapshot!, snapshot)).toBe(0);
    expect(read.updates.map((update) => update.byteLength)).toEqual([large.byteLength, 0, 1]);
    expect(Buffer.compare(read.updates[0]!, large)).toBe(0);
    const since = (await log.since(productId, mark)).updates;
    expect(since.map((update, i) => Buffer.compare(update, read.updates[i]!))).toEqual([0, 0, 0]);
  });

  it('stores large updates gzip-compressed, reads them back as they were, and hands a download them as stored', async () => {
    const productId = await shared();
    const text = (what: string) => new TextEncoder().encode(Array.from({ length: 3_000 }, (_, i) => `${what} ${i}: churn after the second invoice`).join('\n'));
    const snapshot = text('Snapshot');
    const large = text('Interview');
    await log.compact(productId, START, () => snapshot);
    const mark = (await log.read(productId)).mark;
    await otherNode.append(productId, large);
    await otherNode.append(productId, bytes(7));

    const read = await log.read(productId);
    expect(Buffer.compare(read.snapshot!, snapshot)).toBe(0);
    expect(read.updates.map((update, i) => Buffer.compare(update, [large, bytes(7)][i]!))).toEqual([0, 0]);
    expect((await log.since(productId, mark)).updates.map((update) => update.byteLength)).toEqual([large.byteLength, 1]);
    const packed = await log.readPacked(productId);
    expect(packed.map((piece) => piece.gzip)).toEqual([true, true, false]);
    expect(packed[0]!.data.byteLength).toBeLessThan(snapshot.byteLength / 4);
    expect(Buffer.compare(gunzipSync(packed[1]!.data), large)).toBe(0);
    expect(packed[2]!.data).toEqual(bytes(7));
  });

  it('keeps nothing for a product that is not shared, or no longer', async () => {
    const unknown = randomUUID();
    await log.append(unknown, bytes(1));
    await log.compact(unknown, START, () => bytes(1));
    expect(await log.read(unknown)).toMatchObject({ snapshot: null, updates: [] });

    const productId = await shared();
    await log.append(productId, bytes(1));
    await log.compact(productId, START, () => bytes(1));
    await log.append(productId, bytes(2));
    await store.stopSharing(productId, Date.now());
    expect(await log.read(productId)).toMatchObject({ snapshot: null, updates: [] });
    await log.append(productId, bytes(3));
    await log.compact(productId, START, () => bytes(3));
    expect(await log.read(productId)).toMatchObject({ snapshot: null, updates: [] });
  });
});

describe('a SQLite file from before documents were compressed', () => {
  it('gains the columns it lacks, and its documents read as they were', async () => {
    const file = join(folder.path, 'before.sqlite');
    const before = openSqlite(file);
    await before.batch([
      statement('CREATE TABLE products (id TEXT PRIMARY KEY, shared_by TEXT, created_at BIGINT NOT NULL, stopped_at BIGINT)'),
      statement('CREATE TABLE documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)'),
      statement('CREATE TABLE document_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL, node TEXT NOT NULL)'),
      statement('INSERT INTO products (id, created_at) VALUES ($1, 1)', 'product-1'),
      statement('INSERT INTO documents (name, data) VALUES ($1, $2)', 'product-1', bytes(1, 2)),
      statement('INSERT INTO document_updates (name, data, node) VALUES ($1, $2, $3)', 'product-1', bytes(3), 'an-earlier-node'),
    ]);
    await before.close();

    const sql = openSqlite(file);
    const store = await TeamStore.open(sql);
    try {
      expect(await sqliteDocumentLog(sql).read('product-1')).toMatchObject({ snapshot: bytes(1, 2), updates: [bytes(3)] });
      // Opened again: the columns are there already.
      await TeamStore.open(sql);
    } finally {
      await store.close();
    }
  });
});

describe('the document log of a cluster (PostgreSQL)', () => {
  let store: TeamStore;
  let log: DocumentLog;
  beforeAll(async () => {
    const sql = openPostgres(inject('databaseUrl'), silentLogger);
    store = await TeamStore.open(sql);
    log = postgresDocumentLog(sql);
  });
  afterAll(() => store.close());

  it('hands a node the snapshot another node compacted since its mark, and only then', async () => {
    const productId = randomUUID();
    await store.share(productId, 'Camille', Date.now());
    await log.append(productId, bytes(1));
    const mark = (await log.read(productId)).mark;
    expect(await log.since(productId, mark)).toMatchObject({ snapshot: null, updates: [] });

    // Another node compacts: the row this node had read is gone, into a new snapshot.
    const written = await log.compact(productId, mark, () => bytes(1, 2));
    expect(written!.version).toBe(mark.version + 1);
    expect(await log.since(productId, mark)).toMatchObject({ snapshot: bytes(1, 2), updates: [] });
    let seen: StoredDocument | undefined;
    await log.compact(productId, mark, (stored) => ((seen = stored), bytes(1, 2, 3)));
    expect(seen).toMatchObject({ snapshot: bytes(1, 2) });
    await log.compact(productId, (await log.read(productId)).mark, (stored) => ((seen = stored), bytes(1, 2, 3)));
    expect(seen).toMatchObject({ snapshot: null });
  });
});
