import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { onChangePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger, type Logger } from '../log.ts';
import { sqliteDocumentLog, type DocumentLog } from '../store/document-log.ts';
import { openSqlite } from '../store/sqlite.ts';
import { TeamStore } from '../store/team-store.ts';
import { apiClient } from '../test-support/api-client.ts';
import { startTestServer } from '../test-support/server.ts';
import { connect, putRecord, readRecord, until } from '../test-support/sync-client.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { PersistenceExtension, type PersistenceOptions } from './persistence.ts';

const folder = tempDir();
afterAll(() => folder.remove());

/** Opens the product on a node and resolves with its records once synced. */
async function readBack(url: string, productId: string, token: string) {
  const client = connect(url, productId, token);
  await client.synced();
  const initiatives = client.doc.getMap('initiatives').toJSON();
  client.destroy();
  return initiatives;
}

/**
 * A document as Hocuspocus hands it to the extension: its changes reach onChange with their
 * origin, and it has `members` connections.
 */
function openDocument(extension: PersistenceExtension, documentName: string, members = 1) {
  const document = Object.assign(new Y.Doc(), { getConnectionsCount: () => members });
  const payload = { documentName, document } as unknown as onLoadDocumentPayload & onStoreDocumentPayload;
  return {
    document,
    loaded: async () => {
      await extension.onLoadDocument(payload);
      document.on('update', (update: Uint8Array, transactionOrigin: unknown) => void extension.onChange({ document, update, transactionOrigin } as unknown as onChangePayload));
    },
    stored: () => extension.onStoreDocument(payload),
    title: (key: string, title: string, origin?: unknown) => Y.transact(document, () => document.getMap('initiatives').set(key, title), origin),
    leave: () => (members = 0),
  };
}

describe('the persistence extension', () => {
  let store: TeamStore;
  let documents: DocumentLog;
  beforeAll(async () => {
    const sql = openSqlite(join(folder.path, 'extension.sqlite'));
    store = await TeamStore.open(sql);
    documents = sqliteDocumentLog(sql);
  });
  afterAll(() => store.close());

  const shared = async () => {
    const productId = randomUUID();
    await store.share(productId, 'Camille', Date.now());
    return productId;
  };
  const extension = (options: Partial<PersistenceOptions> = {}, log: Logger = silentLogger, over: Partial<DocumentLog> = {}) =>
    new PersistenceExtension({ ...documents, ...over }, log, { appendAfterMs: 60_000, ...options });

  it('appends what changed since the last store as one row, and a node loads the snapshot and the rows back', async () => {
    const productId = await shared();
    const persistence = extension();
    const open = openDocument(persistence, productId);
    await open.loaded();
    open.title('i1', 'Onboarding');
    open.title('i2', 'Pricing page');
    await open.stored();
    open.title('i1', 'Self-serve onboarding');
    await open.stored();
    expect((await documents.read(productId)).updates).toHaveLength(2);

    const again = openDocument(extension(), productId);
    await again.loaded();
    expect(again.document.getMap('initiatives').toJSON()).toEqual({ i1: 'Self-serve onboarding', i2: 'Pricing page' });
  });

  it('writes the document whole after `compactAfterRows` rows, and when its last member leaves', async () => {
    const productId = await shared();
    const open = openDocument(extension({ compactAfterRows: 2 }), productId);
    await open.loaded();
    open.title('i1', 'Onboarding');
    await open.stored();
    expect(await documents.read(productId)).toMatchObject({ snapshot: null, updates: [expect.any(Uint8Array)] });
    open.title('i2', 'Pricing page');
    await open.stored();
    expect(await documents.read(productId)).toMatchObject({ snapshot: expect.any(Uint8Array), updates: [] });

    open.title('i3', 'Audit log');
    open.leave();
    await open.stored();
    const { snapshot, updates } = await documents.read(productId);
    expect(updates).toEqual([]);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, snapshot!);
    expect(reloaded.getMap('initiatives').toJSON()).toEqual({ i1: 'Onboarding', i2: 'Pricing page', i3: 'Audit log' });
  });

  it('leaves relayed changes to their node, and merges in what other nodes stored without appending it again', async () => {
    const productId = await shared();
    const open = openDocument(extension(), productId);
    await open.loaded();
    open.title('i1', 'From a member of another node', { source: 'redis' });
    await open.stored();
    expect((await documents.read(productId)).updates).toEqual([]);

    // Another node appended a change this one never heard of (Redis dropped it): the next store merges it in.
    const otherNode = sqliteDocumentLog(store.sql);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(open.document));
    const before = Y.encodeStateVector(other);
    other.getMap('initiatives').set('i2', 'Written on the other node');
    await otherNode.append(productId, Y.encodeStateAsUpdate(other, before));
    open.title('i3', 'Written here');
    await open.stored();
    expect(open.document.getMap('initiatives').toJSON()).toEqual({ i1: 'From a member of another node', i2: 'Written on the other node', i3: 'Written here' });
    open.title('i3', 'Written here, then renamed');
    await open.stored();
    // The other node's row and this node's two: what was merged in is not appended a second time.
    expect((await documents.read(productId)).updates).toHaveLength(3);
  });

  it('keeps a change whose append failed, logs it, and appends it with the next', async () => {
    const productId = await shared();
    const logged: string[] = [];
    let failures = 1;
    const open = openDocument(
      extension({}, (_level, event) => logged.push(event), {
        append: (name, update) => (failures-- > 0 ? Promise.reject(new Error('database unavailable')) : documents.append(name, update)),
      }),
      productId,
    );
    await open.loaded();
    open.title('i1', 'Onboarding');
    await open.stored();
    expect(logged).toEqual(['document-append-failed']);
    expect((await documents.read(productId)).updates).toEqual([]);
    open.title('i2', 'Pricing page');
    await open.stored();

    const again = openDocument(extension(), productId);
    await again.loaded();
    expect(again.document.getMap('initiatives').toJSON()).toEqual({ i1: 'Onboarding', i2: 'Pricing page' });
  });
});

describe('SQLite persistence (one node)', () => {
  it('keeps every product in DATA_DIR across restarts', async () => {
    const first = await startTestServer({ dataDir: folder.path });
    const owner = await apiClient(first.server.url).share();
    const writer = connect(first.server.url, owner.productId, owner.token);
    putRecord(writer.doc, 'initiatives', 'i1', { title: 'Survives a restart' });
    await writer.acknowledged();
    writer.destroy();
    await first.stop();

    const second = await startTestServer({ dataDir: folder.path });
    expect(await readBack(second.server.url, owner.productId, owner.token)).toEqual({ i1: { title: 'Survives a restart' } });
    await second.stop();
  });

  it('opens a data folder of the earlier server, whose documents table was Hocuspocus’s SQLite extension’s', async () => {
    const dataDir = tempDir();
    const file = new Database(join(dataDir.path, 'team.sqlite'));
    file.exec('CREATE TABLE "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name))');
    file.close();
    const first = await startTestServer({ dataDir: dataDir.path });
    const owner = await apiClient(first.server.url).share();
    const earlier = new Y.Doc();
    putRecord(earlier, 'initiatives', 'i1', { title: 'Stored by the earlier server' });
    await first.server.store.sql.execute('INSERT INTO documents (name, data) VALUES ($1, $2)', [owner.productId, Y.encodeStateAsUpdate(earlier)]);
    const writer = connect(first.server.url, owner.productId, owner.token);
    await until(writer.doc, (doc) => readRecord(doc, 'initiatives', 'i1') !== undefined);
    putRecord(writer.doc, 'initiatives', 'i2', { title: 'Written after the upgrade' });
    await writer.acknowledged();
    writer.destroy();
    await first.stop();

    const second = await startTestServer({ dataDir: dataDir.path });
    expect(await readBack(second.server.url, owner.productId, owner.token)).toEqual({
      i1: { title: 'Stored by the earlier server' },
      i2: { title: 'Written after the upgrade' },
    });
    await second.stop();
    dataDir.remove();
  });
});

describe('PostgreSQL persistence (a cluster)', () => {
  it('merges what another node stored instead of overwriting it, even when Redis carried nothing between them', async () => {
    const databaseUrl = inject('databaseUrl');
    const [a, b] = await Promise.all([startTestServer({ databaseUrl }), startTestServer({ databaseUrl })]);
    const owner = await apiClient(a.server.url).share();
    const onA = connect(a.server.url, owner.productId, owner.token);
    const onB = connect(b.server.url, owner.productId, owner.token);
    await Promise.all([onA.synced(), onB.synced()]);
    putRecord(onA.doc, 'initiatives', 'from-a', { title: 'Written on node A' });
    putRecord(onB.doc, 'initiatives', 'from-b', { title: 'Written on node B' });
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    onA.destroy();
    await a.stop();
    // B stores after A: it must keep A's record, and hands it to its own clients too.
    const stillOnB = connect(b.server.url, owner.productId, owner.token);
    await stillOnB.synced();
    b.server.hocuspocus.flushPendingStores();
    await until(stillOnB.doc, (doc) => readRecord(doc, 'initiatives', 'from-a') !== undefined);
    stillOnB.destroy();
    onB.destroy();
    await b.stop();

    const c = await startTestServer({ databaseUrl });
    expect(await readBack(c.server.url, owner.productId, owner.token)).toEqual({
      'from-a': { title: 'Written on node A' },
      'from-b': { title: 'Written on node B' },
    });
    await c.stop();
  });
});
