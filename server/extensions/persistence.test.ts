import { afterAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from '../test-support/api-client.ts';
import { startTestServer } from '../test-support/server.ts';
import { connect, putRecord, readRecord, until } from '../test-support/sync-client.ts';
import { tempDir } from '../test-support/temp-dir.ts';

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
