import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../test-support/api-client.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { connect, putRecord, readRecord, until } from '../test-support/sync-client.ts';

const LIMIT = 64 * 1024;
let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  node = await startTestServer({ maxDocBytes: LIMIT });
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

const serverDoc = (productId: string) => node.server.hocuspocus.documents.get(productId)!;

describe('DocumentLimitExtension', () => {
  it('refuses the update that would take a product past MAX_DOC_BYTES, with a clear reason, and keeps what came before', async () => {
    const { productId, owner, member } = await api.team('editor');
    const writer = connect(node.server.url, productId, owner.token);
    const reader = connect(node.server.url, productId, member.token);
    await reader.synced();
    putRecord(writer.doc, 'interviews', 'first', { notes: 'a'.repeat(LIMIT / 2) });
    await until(reader.doc, (doc) => readRecord(doc, 'interviews', 'first') !== undefined);

    putRecord(writer.doc, 'interviews', 'second', { notes: 'b'.repeat(LIMIT / 2) });
    await writer.closedWith('document-too-large');
    expect(readRecord(serverDoc(productId), 'interviews', 'second')).toBeUndefined();
    expect(readRecord(serverDoc(productId), 'interviews', 'first')?.notes).toHaveLength(LIMIT / 2);
    expect(Y.encodeStateAsUpdate(serverDoc(productId)).byteLength).toBeLessThanOrEqual(LIMIT);
    expect(node.logs).toContainEqual(expect.objectContaining({ event: 'update-refused', fields: expect.objectContaining({ reason: 'document-too-large', product: productId }) }));

    // The other member keeps working under the limit.
    putRecord(reader.doc, 'interviews', 'first', { quote: 'Short' });
    await reader.acknowledged();
    expect(readRecord(serverDoc(productId), 'interviews', 'first')?.quote).toBe('Short');
    writer.destroy();
    reader.destroy();
  });

  it('counts what the document holds, not every byte ever sent: rewriting a field many times stays allowed', async () => {
    const { productId, owner } = await api.team();
    const writer = connect(node.server.url, productId, owner.token);
    await writer.synced();
    for (let round = 0; round < 12; round += 1) {
      putRecord(writer.doc, 'initiatives', 'i1', { summary: String(round).repeat(LIMIT / 8) });
      await writer.acknowledged();
    }
    expect(writer.closes).toEqual([]);
    expect(readRecord(serverDoc(productId), 'initiatives', 'i1')?.summary === '11'.repeat(LIMIT / 8)).toBe(true);
    writer.destroy();
  });
});
