import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType } from '../protocol.ts';
import { apiClient } from '../test-support/api-client.ts';
import { openRaw, rawMessage, recordUpdate, type RawSocket } from '../test-support/raw-socket.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { connect, putRecord, readRecord, until } from '../test-support/sync-client.ts';
import { problemWith } from './message-guard.ts';

let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  node = await startTestServer({ maxDocBytes: 64 * 1024 });
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

/** A raw socket authenticated as the owner of a new product, which holds one record. */
async function ownerSocket() {
  const owner = await api.share();
  const writer = connect(node.server.url, owner.productId, owner.token);
  putRecord(writer.doc, 'initiatives', 'kept', { title: 'Before the attack' });
  await writer.acknowledged();
  const socket = await openRaw(node.server.url);
  socket.send(rawMessage.auth(owner.productId, owner.token));
  socket.send(rawMessage.syncStep1(owner.productId));
  await socket.next((message) => message.documentName === owner.productId && message.type === MessageType.Sync);
  return { owner, writer, socket };
}

const closeReason = (socket: RawSocket, productId: string) =>
  socket.next((message) => message.documentName === productId && message.type === MessageType.Close).then((message) => message.text);

const serverDoc = (productId: string) => node.server.hocuspocus.documents.get(productId)!;

describe('MessageGuardExtension', () => {
  it('refuses a damaged update whole, where Yjs alone would apply its first half', async () => {
    const { owner, writer, socket } = await ownerSocket();
    const update = recordUpdate('initiatives', 'half', 'title', 'Half-applied');
    socket.send(rawMessage.update(owner.productId, update.slice(0, -1)));
    expect(await closeReason(socket, owner.productId)).toBe('malformed-message');
    expect(readRecord(serverDoc(owner.productId), 'initiatives', 'half')).toBeUndefined();
    expect(readRecord(serverDoc(owner.productId), 'initiatives', 'kept')).toEqual({ title: 'Before the attack' });
    expect(node.logs).toContainEqual(expect.objectContaining({ event: 'message-refused', fields: expect.objectContaining({ reason: 'undecodable update' }) }));
    socket.close();
    writer.destroy();
  });

  it('refuses message types no client sends', async () => {
    const { owner, writer, socket } = await ownerSocket();
    socket.send(new Uint8Array([...rawMessage.syncStep1(owner.productId).slice(0, owner.productId.length + 1), MessageType.BroadcastStateless, 1, 65]));
    expect(await closeReason(socket, owner.productId)).toBe('malformed-message');
    socket.close();
    writer.destroy();
  });

  it('applies nothing addressed to a product the socket did not authenticate for', async () => {
    const { owner, writer, socket } = await ownerSocket();
    const other = await api.share();
    const otherClient = connect(node.server.url, other.productId, other.token);
    await otherClient.synced();
    socket.send(rawMessage.update(other.productId, recordUpdate('initiatives', 'planted', 'title', 'Not yours')));
    socket.send(rawMessage.auth(other.productId, owner.token));
    const refusal = await socket.next((message) => message.documentName === other.productId);
    expect(refusal).toMatchObject({ type: MessageType.Auth, authType: 1, text: 'wrong-product' });
    putRecord(otherClient.doc, 'initiatives', 'own', { title: 'Mine' });
    await otherClient.acknowledged();
    expect(readRecord(serverDoc(other.productId), 'initiatives', 'planted')).toBeUndefined();
    expect(readRecord(otherClient.doc, 'initiatives', 'planted')).toBeUndefined();
    socket.close();
    writer.destroy();
    otherClient.destroy();
  });

  it('closes a socket that sends text, one that sends undecodable bytes, and one past the size limit', async () => {
    const text = await openRaw(node.server.url);
    text.send('{"hello":"server"}');
    expect(await text.closed).toEqual({ code: 1003, reason: 'binary-only' });

    const garbage = await openRaw(node.server.url);
    garbage.send(new Uint8Array([0xff, 0xff, 0xff]));
    expect((await garbage.closed).code).toBe(4401);

    const huge = await openRaw(node.server.url);
    huge.send(new Uint8Array(node.config.maxDocBytes + 1024 * 1024 + 1));
    expect((await huge.closed).code).toBe(1009);
  });

  it('refuses a path other than /sync before any WebSocket opens', async () => {
    await expect(openRaw(node.server.url, '/ws')).rejects.toThrow('404');
  });

  it('keeps the process serving after all of it', async () => {
    const { productId, owner, member } = await api.team('editor');
    const a = connect(node.server.url, productId, owner.token);
    const b = connect(node.server.url, productId, member.token);
    await b.synced();
    putRecord(a.doc, 'initiatives', 'after', { title: 'Still here' });
    await until(b.doc, (doc) => readRecord(doc, 'initiatives', 'after') !== undefined);
    a.destroy();
    b.destroy();
  });
});

describe('problemWith', () => {
  const envelope = (bytes: number[]) => new Uint8Array([1, 112, ...bytes]);

  it('accepts what a provider sends', () => {
    const doc = new Y.Doc();
    putRecord(doc, 'initiatives', 'i1', { title: 'Checkout' });
    expect(problemWith(rawMessage.syncStep1('p', doc))).toBeNull();
    expect(problemWith(rawMessage.update('p', Y.encodeStateAsUpdate(doc)))).toBeNull();
    expect(problemWith(rawMessage.auth('p', 'token'))).toBeNull();
  });

  it('never passes a message that Yjs then fails to apply', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.constantFrom(0, 1, 2), (payload, step) => {
        const message = envelope([MessageType.Sync, step, payload.length, ...payload]);
        if (problemWith(message) !== null || step === 0) return;
        expect(() => Y.applyUpdate(new Y.Doc(), payload)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an awareness update larger than presence needs', () => {
    const payload = new Uint8Array(64 * 1024 + 1);
    const length = [];
    for (let n = payload.length; ; n >>>= 7) {
      if (n < 0x80) {
        length.push(n);
        break;
      }
      length.push((n & 0x7f) | 0x80);
    }
    expect(problemWith(new Uint8Array([...envelope([MessageType.Awareness, ...length]), ...payload]))).toBe('awareness too large');
  });
});
