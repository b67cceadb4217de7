import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from '../protocol.ts';
import { apiClient } from '../test-support/api-client.ts';
import { openRaw, rawMessage } from '../test-support/raw-socket.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { connect, putRecord, readRecord, until } from '../test-support/sync-client.ts';

const DAY = 86_400_000;
let clock = Date.now();
let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  node = await startTestServer({ tokenIdleDays: 30 }, () => clock);
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

describe('AuthExtension', () => {
  it('opens the product to its members: an editor writes, the others see it', async () => {
    const { productId, owner, member } = await api.team('editor');
    const ownerClient = connect(node.server.url, productId, owner.token);
    const editorClient = connect(node.server.url, productId, member.token);
    expect(await editorClient.authenticated()).toBe('read-write');
    await ownerClient.synced();
    putRecord(editorClient.doc, 'initiatives', 'i1', { title: 'Faster checkout' });
    await until(ownerClient.doc, (doc) => readRecord(doc, 'initiatives', 'i1')?.title === 'Faster checkout');
    ownerClient.destroy();
    editorClient.destroy();
  });

  it('opens viewers read-only: their changes reach nobody', async () => {
    const { productId, owner, member } = await api.team('viewer');
    const viewer = connect(node.server.url, productId, member.token);
    const ownerClient = connect(node.server.url, productId, owner.token);
    expect(await viewer.authenticated()).toBe('readonly');
    await Promise.all([viewer.synced(), ownerClient.synced()]);
    putRecord(viewer.doc, 'initiatives', 'sneaky', { title: 'Viewer wrote this' });
    putRecord(ownerClient.doc, 'initiatives', 'i1', { title: 'Owner wrote this' });
    await until(viewer.doc, (doc) => readRecord(doc, 'initiatives', 'i1') !== undefined);
    await ownerClient.acknowledged();
    const onServer = node.server.hocuspocus.documents.get(productId)!;
    expect(readRecord(onServer, 'initiatives', 'sneaky')).toBeUndefined();
    expect(readRecord(ownerClient.doc, 'initiatives', 'sneaky')).toBeUndefined();
    expect(node.logs.some((entry) => entry.event === 'viewer-write-refused' && entry.fields.member === member.member.id)).toBe(true);
    viewer.destroy();
    ownerClient.destroy();
  });

  it('refuses an unknown token before sending anything of the document', async () => {
    const { productId, owner } = await api.team();
    const writer = connect(node.server.url, productId, owner.token);
    putRecord(writer.doc, 'initiatives', 'secret', { title: 'Confidential roadmap' });
    await writer.acknowledged();

    const other = await api.share();
    const socket = await openRaw(node.server.url);
    socket.send(rawMessage.auth(productId, 'not-a-token'));
    socket.send(rawMessage.syncStep1(productId));
    const refusal = await socket.next((message) => message.documentName === productId);
    expect(refusal).toMatchObject({ type: MessageType.Auth, authType: 1, text: 'unknown-token' });
    // Then a product this socket may open: by the time its sync answers, anything the refused one got would have arrived.
    socket.send(rawMessage.auth(other.productId, other.token));
    socket.send(rawMessage.syncStep1(other.productId));
    await socket.next((message) => message.documentName === other.productId && message.type === MessageType.Sync);
    expect(socket.received.filter((message) => message.documentName === productId)).toEqual([refusal]);
    expect(node.logs).toContainEqual(expect.objectContaining({ event: 'authentication-refused', fields: expect.objectContaining({ reason: 'unknown-token', product: productId }) }));
    socket.close();
    writer.destroy();
  });

  it.each([
    ['a token for another product', 'wrong-product'],
    ['a forged secret', 'unknown-token'],
  ])('refuses %s', async (_case, reason) => {
    const first = await api.share();
    const second = await api.share();
    const token = reason === 'wrong-product' ? second.token : `${first.token.split('.')[0]}.${'A'.repeat(43)}`;
    const client = connect(node.server.url, first.productId, token);
    await expect(client.authenticated()).rejects.toThrow(reason);
    expect(node.server.hocuspocus.documents.has(first.productId)).toBe(false);
    client.destroy();
  });

  it('refuses a revoked token, and one unused for longer than TOKEN_IDLE_DAYS', async () => {
    const { productId, owner, member } = await api.team('editor');
    await api.call('DELETE', `/api/products/${productId}/members/${member.member.id}`, { token: owner.token });
    const revoked = connect(node.server.url, productId, member.token);
    await expect(revoked.authenticated()).rejects.toThrow('revoked');
    revoked.destroy();

    clock += 31 * DAY;
    try {
      const idle = connect(node.server.url, productId, owner.token);
      await expect(idle.authenticated()).rejects.toThrow('expired-token');
      idle.destroy();
    } finally {
      clock -= 31 * DAY;
    }
  });

  it('closes a socket after three refused attempts on it', async () => {
    const { productId } = await api.share();
    const socket = await openRaw(node.server.url);
    for (const name of [productId, `${productId}-b`, `${productId}-c`]) socket.send(rawMessage.auth(name, 'bad'));
    expect(await socket.closed).toEqual({ code: 4429, reason: 'too-many-refusals' });
  });
});
