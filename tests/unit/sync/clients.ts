import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import * as Y from 'yjs';
import type { Role } from '../../../src/db/share-types';
import { SYNCED_TABLES } from '../../../src/db/sync-outbox';
import { tableMap, plainRecord } from '../../../src/sync/doc-records';
import type { DataTable } from '../../../src/domain/tables';

/** Every module a test client drives, loaded anew: its own `db`, so its own IndexedDB. */
async function loadModules() {
  const [db, command, undo, shares, bridge, syncOutbox, products, initiatives, hypotheses, experiments, interviews, stories, sprints, rituals, actionItems, objectives, stages, queries, savedViews, strategy, accounts, feedback, feedbackLinks, backupExport, backupImport, arriving] =
    await Promise.all([
      import('../../../src/db/db'),
      import('../../../src/db/command'),
      import('../../../src/db/undo'),
      import('../../../src/db/share-commands'),
      import('../../../src/sync/bridge'),
      import('../../../src/db/sync-outbox'),
      import('../../../src/db/product-commands'),
      import('../../../src/db/initiative-commands'),
      import('../../../src/db/hypothesis-commands'),
      import('../../../src/db/experiment-commands'),
      import('../../../src/db/interview-commands'),
      import('../../../src/db/story-commands'),
      import('../../../src/db/sprint-commands'),
      import('../../../src/db/ritual-commands'),
      import('../../../src/db/action-item-commands'),
      import('../../../src/db/objective-commands'),
      import('../../../src/db/stage-commands'),
      import('../../../src/db/queries'),
      import('../../../src/db/saved-view-commands'),
      import('../../../src/db/strategy-commands'),
      import('../../../src/db/account-commands'),
      import('../../../src/db/feedback-commands'),
      import('../../../src/db/feedback-link-commands'),
      import('../../../src/db/backup-export'),
      import('../../../src/db/backup-import'),
      import('../../../src/sync/arriving-cards'),
    ]);
  return { db: db.db, anyDataTable: db.anyDataTable, command, undo, shares, bridge, syncOutbox, products, initiatives, hypotheses, experiments, interviews, stories, sprints, rituals, actionItems, objectives, stages, queries, savedViews, strategy, accounts, feedback, feedbackLinks, backupExport, backupImport, arriving };
}

/** One browser: the app's db modules over an IndexedDB of its own. */
export type Client = Awaited<ReturnType<typeof loadModules>>;

/**
 * Dexie takes its IndexedDB factory when a database is constructed, and every db module uses the
 * one `db` that db.ts constructs: a fresh module graph under a fresh factory is another browser.
 */
export async function newClient(): Promise<Client> {
  const original = Dexie.dependencies.indexedDB;
  Dexie.dependencies.indexedDB = new IDBFactory();
  try {
    vi.resetModules();
    const client = await loadModules();
    await client.db.open();
    return client;
  } finally {
    Dexie.dependencies.indexedDB = original;
  }
}

const FROM_SERVER = 'server';

/** Y client ids given in order, so that a seeded run replays exactly (tests that set their own use small ones). */
let nextClientId = 1_000;
export const resetClientIds = () => (nextClientId = 1_000);

export function newDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = nextClientId++;
  return doc;
}

/** The collaboration server: one doc, relaying each update to the other connected peers. */
export class Server {
  readonly doc = new Y.Doc();
  readonly peers = new Set<Peer>();

  receive(from: Peer | null, update: Uint8Array) {
    Y.applyUpdate(this.doc, update, from);
    for (const peer of this.peers) if (peer !== from && peer.online) peer.inbox.push(update);
  }
}

/** A newer version of the app, connected for a moment, writes a field this one does not know into a record. */
export function newerClientWrites(server: Server, table: DataTable, key: string, field: string, value: unknown) {
  const newer = newDoc();
  Y.applyUpdate(newer, Y.encodeStateAsUpdate(server.doc));
  tableMap(newer, table).get(key)!.set(field, value);
  server.receive(null, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(server.doc)));
}

/**
 * One tab's connection to the server, as src/sync/connection.ts runs it: a doc and its bridge;
 * messages both ways wait in queues until the test delivers them, and are lost on disconnection
 * (the doc keeps them: the next connection's sync exchange sends them again).
 */
export class Peer {
  doc!: Y.Doc;
  bridge!: InstanceType<Client['bridge']['Bridge']>;
  online = false;
  /** Server to peer, not delivered yet. */
  inbox: Uint8Array[] = [];
  /** Peer to server, not delivered yet. */
  outbox: Uint8Array[] = [];
  /** The last outbox entry pushed into the doc, acknowledged once the server has the doc's updates. */
  private sent: number | null = null;
  private pushedOutbox = '';
  private stopObserving: () => void = () => undefined;

  constructor(
    readonly client: Client,
    readonly productId: string,
    readonly server: Server,
  ) {
    server.peers.add(this);
    this.open();
    // As the connection does: this tab's own command goes straight into the doc when nothing older waits.
    client.syncOutbox.onQueued((queued) => {
      if (!this.online) return;
      const last = this.bridge.pushQueued(queued);
      if (last !== null) this.sent = last;
    });
  }

  /** A new doc, empty, as a reloaded tab starts with. */
  open() {
    this.stopObserving();
    this.doc?.destroy();
    this.doc = newDoc();
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER && this.online) this.outbox.push(update);
    });
    this.bridge = new this.client.bridge.Bridge(this.doc, this.productId);
    this.stopObserving = this.bridge.observe();
    this.online = false;
    this.inbox = [];
    this.outbox = [];
    this.sent = null;
  }

  /** Connects: both sides send what the other lacks, then the queued local changes go out. */
  async connect() {
    this.online = true;
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.server.doc, Y.encodeStateVector(this.doc)), FROM_SERVER);
    this.server.receive(this, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.server.doc)));
    await this.bridge.settled();
    await this.push();
  }

  disconnect() {
    this.online = false;
    this.inbox = [];
    this.outbox = [];
    this.sent = null;
  }

  /** Applies what the server sent, and waits until it is in Dexie. */
  async receive() {
    const updates = this.inbox.splice(0);
    for (const update of updates) Y.applyUpdate(this.doc, update, FROM_SERVER);
    await this.bridge.settled();
    return updates.length;
  }

  /** Writes the outbox into the doc, as the connection does once connected. */
  async push() {
    if (!this.online) return;
    this.pushedOutbox = await this.outboxState();
    const last = await this.bridge.push();
    if (last !== null) this.sent = last;
  }

  /** Pushes again if the outbox changed since the last push, as the connection's outbox count does. */
  async pushIfChanged() {
    const state = await this.outboxState();
    if (state !== this.pushedOutbox && !state.startsWith('0:')) await this.push();
  }

  private async outboxState() {
    const entries = await this.client.db.syncOutbox.where('productId').equals(this.productId).primaryKeys();
    return `${entries.length}:${entries.at(-1) ?? ''}`;
  }

  /** Sends the doc's updates; once the server has all of them, the outbox entries pushed are acknowledged. */
  async flush() {
    const updates = this.outbox.splice(0);
    for (const update of updates) this.server.receive(this, update);
    if (this.sent !== null && this.online) {
      const last = this.sent;
      this.sent = null;
      await this.bridge.acknowledge(last);
    }
    return updates.length;
  }
}

/** Delivers everything both ways until nothing moves: every connected peer has every change. */
export async function settle(peers: readonly Peer[]) {
  for (let round = 0; round < 20; round++) {
    let moved = 0;
    for (const peer of peers.filter((p) => p.online)) {
      moved += await peer.receive();
      await peer.pushIfChanged();
      moved += await peer.flush();
    }
    if (moved === 0) return;
  }
  throw new Error('the peers did not settle');
}

/** A product shared by its owner (the first client) with the others, all connected and in step. */
export async function sharedProduct(roles: readonly Role[] = ['editor']) {
  const server = new Server();
  const owner = await newClient();
  const product = await owner.products.createProduct('Team');
  const productId = product.id;
  await owner.shares.startSharing({ productId, member: { id: 'm0', displayName: 'Owner', role: 'owner' }, token: 't0' });
  const peers = [new Peer(owner, productId, server)];
  for (const [i, role] of roles.entries()) {
    const client = await newClient();
    await client.shares.joinShared({ productId, member: { id: `m${i + 1}`, displayName: `Member ${i + 1}`, role }, token: `t${i + 1}` });
    peers.push(new Peer(client, productId, server));
  }
  for (const peer of peers) await peer.connect();
  await settle(peers);
  return { server, productId, peers, clients: peers.map((p) => p.client) };
}

/** The product's records in one table of a client's database, by id. */
export async function productRows(client: Client, table: DataTable, productId: string) {
  const rows = (await client.anyDataTable(table).toArray()) as unknown as Record<string, unknown>[];
  return rows.filter((r) => (table === 'products' ? r.id : r.productId) === productId).sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Every synced table of the product in a client's database. */
export async function syncedRows(client: Client, productId: string) {
  const all: Partial<Record<DataTable, Record<string, unknown>[]>> = {};
  for (const table of SYNCED_TABLES) all[table] = await productRows(client, table, productId);
  return all;
}

/** The same, as the server's doc holds it. */
export function docRows(doc: Y.Doc) {
  const all: Partial<Record<DataTable, Record<string, unknown>[]>> = {};
  for (const table of SYNCED_TABLES) {
    all[table] = [...tableMap(doc, table).values()].map(plainRecord).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return all;
}
