import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import WsSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Joined } from '../../../server/test-support/api-client';
import { spawnNode, type NodeProcess } from '../../../server/test-support/node-process';
import { newClient, type Client } from './clients';

/**
 * src/sync/connection.ts as the app runs it, against a real team server node (SQLite, loopback):
 * two browsers, each its own IndexedDB and its own module graph, in one page whose address is the
 * node's (the connection reaches the server where the page came from, as in production).
 */

declare const jsdom: { reconfigure(options: { url: string }): void };

type Connection = typeof import('../../../src/sync/connection');

/** A browser: its db modules, and the connection module bound to the same db. */
async function browser(): Promise<Client & { connection: Connection }> {
  const client = await newClient();
  // newClient left its module graph in place: this import binds to that browser's db.
  const connection = await import('../../../src/sync/connection');
  return { ...client, connection };
}

/** Waits for what a person would see: `check` holding, polled, for at most 15 s. */
async function eventually(check: () => Promise<boolean>, what: string) {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Browser A with a product of one card, shared by its owner and syncing. */
async function ownerSharing(name: string, cardTitle: string) {
  const api = apiClient(node.url);
  const a = await browser();
  const product = await a.products.createProduct(name);
  const [stage] = await a.queries.liveStages(product.id);
  const card = await a.initiatives.createInitiative(stage!.id, { title: cardTitle });
  const owner = await api.share(product.id, 'Camille');
  await a.shares.startSharing({ ...owner, member: { ...owner.member, role: 'owner' } });
  const syncA = a.connection.startSync((await a.db.shares.get(product.id))!);
  return { api, a, product, card, owner, syncA };
}

/** Browser B, invited with `role` by the owner of `owner.productId`, joined and syncing. */
async function teammateJoining(owner: Joined, role: 'editor' | 'viewer', name: string) {
  const api = apiClient(node.url);
  const b = await browser();
  const joined = await api.join(owner.productId, await api.invite(owner.token, owner.productId, role), name);
  await b.shares.joinShared({ ...joined, member: { ...joined.member, role } });
  const syncB = b.connection.startSync((await b.db.shares.get(owner.productId))!);
  return { b, joined, syncB };
}

let node: NodeProcess;
let dataDir: string;
let nodeWebSocket: typeof WebSocket;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'plb-connection-'));
  // The node serves an app build too; this page never loads it.
  mkdirSync(join(dataDir, 'dist'));
  writeFileSync(join(dataDir, 'dist', 'index.html'), '<!doctype html><title>Product lifecycle board</title>');
  node = await spawnNode({ DIST_DIR: join(dataDir, 'dist'), DATA_DIR: join(dataDir, 'data') });
  jsdom.reconfigure({ url: `${node.url}/` });
  // Node's own WebSocket makes its events with the page's Event class here, and then refuses them:
  // the `ws` package, as Hocuspocus's documentation has the provider use it in Node.
  nodeWebSocket = globalThis.WebSocket;
  globalThis.WebSocket = WsSocket as unknown as typeof WebSocket;
});

afterAll(async () => {
  globalThis.WebSocket = nodeWebSocket;
  await node?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the connection to the team server', () => {
  it('uploads a shared product, brings it to a teammate, carries edits both ways and offline ones on reconnection, and stops on revocation', async () => {
    const { api, a, product, card, owner, syncA } = await ownerSharing('Team', 'Bulk import');

    // The owner's upload: once the server has it all, the outbox is empty.
    await eventually(async () => (await a.db.syncOutbox.count()) === 0, "the owner's outbox emptied");

    const { b, joined, syncB } = await teammateJoining(owner, 'editor', 'Hugo');
    try {
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Bulk import', 'the card reached B');

      // Live, both ways.
      await a.initiatives.editInitiative(card.id, { title: 'Bulk import from CSV' });
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Bulk import from CSV', "A's edit reached B");
      await b.initiatives.editInitiative(card.id, { problem: 'Teams retype their backlog.' });
      await eventually(async () => (await a.db.initiatives.get(card.id))?.problem === 'Teams retype their backlog.', "B's edit reached A");
      // Nothing of B's came back to B's outbox as a change of its own.
      await eventually(async () => (await b.db.syncOutbox.count()) === 0, "B's outbox emptied");

      // Offline (the browser says so): the change waits in the outbox, then goes when online again.
      window.dispatchEvent(new Event('offline'));
      await a.initiatives.editInitiative(card.id, { title: 'Written on a train' });
      expect(await a.db.syncOutbox.count()).toBeGreaterThan(0);
      window.dispatchEvent(new Event('online'));
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Written on a train', 'the offline edit reached B');
      await eventually(async () => (await a.db.syncOutbox.count()) === 0, "A's outbox emptied after reconnection");

      // Offline for a moment only: back online before the socket had finished closing.
      window.dispatchEvent(new Event('offline'));
      window.dispatchEvent(new Event('online'));
      await a.initiatives.editInitiative(card.id, { title: 'Written after a blip' });
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Written after a blip', 'the edit after a moment offline reached B');

      // Revoked: B is turned away, its copy stays readable and says why.
      const revoked = await api.call('DELETE', `/api/products/${product.id}/members/${joined.member.id}`, { token: owner.token });
      expect(revoked.status).toBe(204);
      await eventually(async () => (await b.db.shares.get(product.id))?.state === 'revoked', 'B was turned away');
      expect((await b.db.shares.get(product.id))?.refusal).toBe('revoked');
      expect((await b.db.initiatives.get(card.id))?.title).toBe('Written after a blip');
      // A goes on syncing.
      await a.initiatives.editInitiative(card.id, { title: 'After Hugo left' });
      await eventually(async () => (await a.db.syncOutbox.count()) === 0, 'the server took A’s edit after the revocation');
      expect((await b.db.initiatives.get(card.id))?.title).toBe('Written after a blip');
    } finally {
      syncA.stop();
      syncB.stop();
    }
  });

  it('never takes a record here back to an older state on a reopen, though the stored document is a moment behind', async () => {
    const { a, product, card, owner, syncA } = await ownerSharing('Renewals', 'Renewal reminders');
    await eventually(async () => (await a.db.syncOutbox.count()) === 0, "the owner's outbox emptied");
    const { b, syncB } = await teammateJoining(owner, 'editor', 'Hugo');
    const realFetch = globalThis.fetch;
    let again: { stop(): void } | null = null;
    try {
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Renewal reminders', 'the card reached B');
      // The document as the server stores it before B's delete: a node appends a change a moment
      // after relaying it, and A reloads within that moment.
      let stored = new ArrayBuffer(0);
      const storedNow = async () => (stored = await (await realFetch(`${node.url}/api/products/${product.id}/document?pieces=packed`, { headers: { authorization: `Bearer ${owner.token}` } })).arrayBuffer());
      await eventually(async () => new TextDecoder().decode(await storedNow()).includes(card.id), 'the server stored the card');
      await b.initiatives.deleteInitiative(card.id);
      await eventually(async () => (await a.db.initiatives.get(card.id))?.deletedAt != null, "B's delete reached A");

      syncA.stop();
      const alive: unknown[] = [];
      a.db.initiatives.hook('updating', (changes: { deletedAt?: unknown }, key: unknown) => {
        if (key === card.id && 'deletedAt' in changes && changes.deletedAt === null) alive.push(changes);
      });
      globalThis.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input).includes('/document') ? Promise.resolve(new Response(stored.slice(0), { headers: { 'Content-Type': 'application/octet-stream' } })) : realFetch(input, init);
      again = a.connection.startSync((await a.db.shares.get(product.id))!);

      // A is back: B's next card reaches it, so the download and the socket's first sync are stored.
      const [stage] = await b.queries.liveStages(product.id);
      const next = await b.initiatives.createInitiative(stage!.id, { title: 'Seat-based pricing' });
      await eventually(async () => (await a.db.initiatives.get(next.id)) !== undefined, "B's next card reached A");
      expect(alive).toEqual([]);
      expect((await a.db.initiatives.get(card.id))?.deletedAt).not.toBeNull();
    } finally {
      globalThis.fetch = realFetch;
      again?.stop();
      syncA.stop();
      syncB.stop();
    }
  });

  it('brings a joining teammate the document as stored before any WebSocket, and turns a revoked member away there already', async () => {
    const { api, a, product, card, owner, syncA } = await ownerSharing('Stored', 'Churn survey');
    // Long enough for the server to store the edit gzip-compressed, and send it so.
    const notes = (what: string) => Array.from({ length: 150 }, (_, i) => `${what} ${i}: churn after the second invoice.`).join('\n');
    await a.initiatives.editInitiative(card.id, { summary: notes('Call'), problem: notes('Interview') });
    const packedFlags = async () => {
      const response = await fetch(`${node.url}/api/products/${product.id}/document?pieces=packed`, { headers: { authorization: `Bearer ${owner.token}` } });
      const decoder = decoding.createDecoder(new Uint8Array(await response.arrayBuffer()));
      return Array.from({ length: decoding.readVarUint(decoder) }, () => [decoding.readVarUint(decoder), decoding.readVarUint8Array(decoder)][0]);
    };
    await eventually(async () => (await packedFlags()).includes(1), 'the server stored the long edit gzip-compressed');
    syncA.stop();

    // B's WebSockets never open: all B gets, it gets from the download.
    const sockets = globalThis.WebSocket;
    globalThis.WebSocket = class extends WsSocket {
      constructor() {
        super('ws://127.0.0.1:9/');
        this.on('error', () => undefined);
      }
    } as unknown as typeof WebSocket;
    const { b, joined, syncB } = await teammateJoining(owner, 'viewer', 'Noah');
    try {
      await eventually(async () => (await b.db.initiatives.get(card.id))?.title === 'Churn survey', 'the card reached B');
      expect(await b.db.initiatives.get(card.id)).toMatchObject({ summary: notes('Call'), problem: notes('Interview') });
      syncB.stop();
      expect(await api.call('DELETE', `/api/products/${product.id}/members/${joined.member.id}`, { token: owner.token })).toMatchObject({ status: 204 });
      const again = b.connection.startSync((await b.db.shares.get(product.id))!);
      await eventually(async () => (await b.db.shares.get(product.id))?.state === 'revoked', 'B was turned away by the download');
      again.stop();
      expect((await b.db.initiatives.get(card.id))?.title).toBe('Churn survey');
    } finally {
      syncB.stop();
      globalThis.WebSocket = sockets;
    }
  });
});
