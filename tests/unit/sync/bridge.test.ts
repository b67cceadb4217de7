import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { docRecord, writeRecord } from '../../../src/sync/doc-records';
import { newClient, newDoc, newerClientWrites, Peer, settle } from './clients';
import { cardOf, expectInStep, frozenClock, later, movedToFraming, team } from './team';

frozenClock();

/** A team whose A moved the card to Framing and sent it: B has it in its inbox, not applied yet. */
async function cardMovedByA() {
  const t = await team();
  const framing = t.stage('framing');
  await t.a.client.initiatives.moveInitiative(t.card.id, framing.id, null, null);
  await t.a.push();
  await t.a.flush();
  const arrived = () => t.b.client.arriving.useArrivingCards.getState().cards;
  return { t, framing, arrived };
}

describe('merging', () => {
  it('keeps both changes when two members change different fields of one initiative', async () => {
    const t = await team();
    t.a.disconnect();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'Bulk import v2' });
    await t.b.client.initiatives.editInitiative(t.card.id, { summary: 'CSV first' });
    await settle([t.b]);
    await t.a.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Bulk import v2', summary: 'CSV first' });
    await expectInStep(t);
  });

  // Which of two concurrent values a doc keeps depends on the clients' ids: each side wins once.
  it.each([
    ['offline', 1, 2],
    ['offline', 2, 1],
    ['online, both in flight', 1, 2],
    ['online, both in flight', 2, 1],
  ])('leaves a card moved by both in one place, on both sides (%s, ids %i, %i)', async (how, idA, idB) => {
    const t = await team();
    t.a.doc.clientID = idA;
    t.b.doc.clientID = idB;
    if (how === 'offline') t.a.disconnect();
    await t.a.client.initiatives.moveInitiative(t.card.id, t.stage('framing').id, null, null);
    await t.a.push();
    await t.b.client.initiatives.moveInitiative(t.card.id, t.stage('exploring').id, null, null);
    await t.b.push();
    await t.b.flush();
    if (how === 'offline') await t.a.connect();
    await settle([t.a, t.b]);
    const moved = (await cardOf(t.a.client, t.card.id))!;
    const stage = (await t.a.client.db.stages.get(moved.stageId))!;
    expect(['framing', 'exploring']).toContain(stage.defaultKey);
    expect(moved.lane).toBe(stage.lane);
    for (const peer of [t.a, t.b]) {
      const stages = await peer.client.queries.liveStages(t.productId);
      const placed = (await Promise.all(stages.map((s) => peer.client.queries.activeInStage(s.id)))).flat().filter((c) => c.id === t.card.id);
      expect(placed).toEqual([moved]);
    }
    await expectInStep(t);
  });

  it('keeps an edit made to a card deleted elsewhere, and the deleter’s undo brings the card back with it', async () => {
    const t = await team();
    t.a.disconnect();
    await t.a.client.initiatives.deleteInitiative(t.card.id);
    later();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'Edited meanwhile' });
    await settle([t.b]);
    await t.a.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Edited meanwhile', deletedAt: expect.any(Number) });
    later();
    expect(await t.a.client.undo.undo(t.productId)).toMatchObject({ command: 'deleteInitiative', kept: 0 });
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Edited meanwhile', deletedAt: null });
    await expectInStep(t);
  });

  it('brings a card back on redo with the edit made elsewhere while its creation was undone', async () => {
    const t = await team();
    const card = await t.b.client.initiatives.createInitiative(t.stage('framing').id, { title: 'B’s card' });
    later();
    await settle([t.a, t.b]);
    t.b.disconnect();
    await t.b.client.undo.undo(t.productId);
    await t.a.client.initiatives.editInitiative(card.id, { summary: 'Written by A meanwhile' });
    await settle([t.a]);
    await t.b.connect();
    await settle([t.a, t.b]);
    expect(await cardOf(t.a.client, card.id)).toMatchObject({ summary: 'Written by A meanwhile', deletedAt: expect.any(Number) });
    later();
    expect(await t.b.client.undo.redo(t.productId)).toMatchObject({ command: 'createInitiative', kept: 0 });
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, card.id)).toMatchObject({ title: 'B’s card', summary: 'Written by A meanwhile', deletedAt: null });
    await expectInStep(t);
  });

  it('removes a transition undone on one side from the other, and an offline member does not send it back', async () => {
    const t = await team();
    const move = await movedToFraming(t, t.a);
    expect(move).toMatchObject({ kind: 'move' });
    t.b.disconnect();
    await t.a.client.undo.undo(t.productId);
    await settle([t.a]);
    expect(docRecord(t.server.doc, 'transitions', move.id)).toBeNull();
    later();
    await t.b.client.initiatives.editInitiative(t.card.id, { summary: 'Offline note' });
    await t.b.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) {
      expect(await peer.client.db.transitions.get(move.id)).toBeUndefined();
      expect(await cardOf(peer.client, t.card.id)).toMatchObject({ stageId: t.stage('opportunities').id, summary: 'Offline note' });
    }
    expect(docRecord(t.server.doc, 'transitions', move.id)).toBeNull();
    await expectInStep(t);
  });
});

describe('remote changes', () => {
  it('enter neither the local undo history nor the outbox', async () => {
    const t = await team();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'Renamed' });
    await settle([t.a, t.b]);
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ title: 'Renamed' });
    expect(await t.b.client.db.activity.count()).toBe(0);
    expect(await t.b.client.db.syncOutbox.count()).toBe(0);
    expect(await t.b.client.undo.undo(t.productId)).toBeNull();
  });

  it('are waited for by settled() from the moment they arrive', async () => {
    const t = await team();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'Renamed' });
    await t.a.push();
    await t.a.flush();
    for (const update of t.b.inbox.splice(0)) Y.applyUpdate(t.b.doc, update, 'server');
    await t.b.bridge.settled();
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ title: 'Renamed' });
  });

  // Which of two concurrent values a doc keeps depends on the clients' ids: each side wins once.
  it.each([
    [1, 2],
    [2, 1],
  ])('overwrite a local change already sent when the doc keeps the teammate’s (ids %i, %i)', async (idA, idB) => {
    const t = await team();
    t.a.doc.clientID = idA;
    t.b.doc.clientID = idB;
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'From A' });
    await t.a.push();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'From B' });
    await t.b.push();
    await t.b.flush();
    // A receives B's concurrent change before the server acknowledges its own.
    await t.a.receive();
    await settle([t.a, t.b]);
    const title = docRecord(t.server.doc, 'initiatives', t.card.id)!.title;
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title });
    await expectInStep(t);
  });

  it('hand a moved card to the board as received, before it is stored, and it is forgotten once stored', async () => {
    const { t, framing, arrived } = await cardMovedByA();
    for (const update of t.b.inbox.splice(0)) Y.applyUpdate(t.b.doc, update, 'server');
    // Shown now, while Dexie still holds the card where it was.
    expect(arrived().get(t.card.id)).toMatchObject({ card: { stageId: framing.id, lane: framing.lane }, landed: false });
    expect(await cardOf(t.b.client, t.card.id)).not.toMatchObject({ stageId: framing.id });
    await t.b.bridge.settled();
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ stageId: framing.id });
    await vi.waitFor(() => expect(arrived().size).toBe(0), { timeout: 5_000 });
  });

  it('held, are neither shown nor stored until released, then as one pull (the stored document, applied a piece at a time)', async () => {
    const { t, framing, arrived } = await cardMovedByA();
    const release = t.b.bridge.hold();
    for (const update of t.b.inbox.splice(0)) Y.applyUpdate(t.b.doc, update, 'server');
    await t.b.bridge.settled();
    expect(arrived().get(t.card.id)).not.toMatchObject({ card: { stageId: framing.id } });
    expect(await cardOf(t.b.client, t.card.id)).not.toMatchObject({ stageId: framing.id });
    release();
    expect(arrived().get(t.card.id)).toMatchObject({ card: { stageId: framing.id }, landed: false });
    await t.b.bridge.settled();
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ stageId: framing.id });
  });

  it('are not handed to the board when there are too many to show before storing them (a long time offline)', async () => {
    const t = await team();
    const handed: number[] = [];
    t.b.client.arriving.useArrivingCards.subscribe((state) => handed.push(state.cards.size));
    t.a.disconnect();
    for (let i = 0; i < 60; i++) await t.a.client.initiatives.createInitiative(t.stage('framing').id, { title: `Card ${i}` });
    await t.a.connect();
    await settle([t.a, t.b]);
    expect(await t.b.client.db.initiatives.count()).toBe(61);
    expect(handed).toEqual([]);
  });

  it('do not overwrite a local change not sent yet, which then wins', async () => {
    const t = await team();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'From A' });
    await t.a.push();
    await t.a.flush();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'From B, later' });
    await t.b.receive();
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ title: 'From B, later' });
    await settle([t.a, t.b]);
    expect(await cardOf(t.a.client, t.card.id)).toMatchObject({ title: 'From B, later' });
    await expectInStep(t);
  });
});

describe('undo with a teammate', () => {
  it('keeps the teammate’s later value of the same field and says so', async () => {
    const t = await team();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'Mine' });
    later();
    await settle([t.a, t.b]);
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'Theirs' });
    later();
    await settle([t.a, t.b]);
    expect(await t.a.client.undo.undo(t.productId)).toMatchObject({ command: 'editInitiative', kept: 1 });
    expect(await t.a.client.db.syncOutbox.count()).toBe(0);
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Theirs' });
  });
});

describe('the outbox', () => {
  it('keeps what was pushed until the server acknowledges it', async () => {
    const t = await team();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'Pending' });
    const entries = await t.b.client.db.syncOutbox.toArray();
    expect(entries).toEqual([expect.objectContaining({ table: 'initiatives', key: t.card.id, fields: expect.arrayContaining(['title', 'updatedAt']) })]);
    const last = await t.b.bridge.push();
    expect(last).toBe(entries[0]!.id);
    expect(await t.b.client.db.syncOutbox.count()).toBe(1);
    await t.b.client.initiatives.editInitiative(t.card.id, { summary: 'After the push' });
    await t.b.bridge.acknowledge(last!);
    expect((await t.b.client.db.syncOutbox.toArray()).map((e) => e.fields)).toEqual([expect.arrayContaining(['summary'])]);
  });
});

describe('fields this version does not know', () => {
  it('are kept in Dexie and in the doc when this client edits another field', async () => {
    const t = await team();
    newerClientWrites(t.server, 'initiatives', t.card.id, 'effort', { size: 'L' });
    await settle([t.a, t.b]);
    expect(await cardOf(t.b.client, t.card.id)).toMatchObject({ effort: { size: 'L' } });
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'Older client edit' });
    await t.b.client.initiatives.moveInitiative(t.card.id, t.stage('framing').id, null, null);
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Older client edit', effort: { size: 'L' } });
    expect(docRecord(t.server.doc, 'initiatives', t.card.id)).toMatchObject({ effort: { size: 'L' } });
    await expectInStep(t);
  });

  it('reach a record this client wrote whole and has not sent yet', async () => {
    const t = await team();
    const move = await movedToFraming(t, t.b);
    t.b.disconnect();
    // Undone and redone offline: the transition is queued whole.
    await t.b.client.undo.undo(t.productId);
    await t.b.client.undo.redo(t.productId);
    newerClientWrites(t.server, 'transitions', move.id, 'note', 'from a newer client');
    await t.b.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await peer.client.db.transitions.get(move.id)).toMatchObject({ note: 'from a newer client' });
    await expectInStep(t);
  });
});

describe('restoring a backup in a shared product', () => {
  it('reaches the teammates as one change like any other, which the restorer’s undo takes back everywhere', async () => {
    const t = await team();
    const backup = await t.a.client.backupExport.exportBackup(t.productId);
    later();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'Renamed since' });
    const added = await t.b.client.initiatives.createInitiative(t.stage('framing').id, { title: 'Added since' });
    later();
    await settle([t.a, t.b]);

    const result = await t.a.client.backupImport.importBackup(backup, 'replace');
    if (!result.ok || result.entryId === null) throw new Error('the backup was not restored');
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) {
      expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Bulk import' });
      // What the backup did not have is a tombstone on both sides, restorable, not gone.
      expect((await cardOf(peer.client, added.id))?.deletedAt).not.toBeNull();
    }
    await expectInStep(t);

    // Its notice's Undo.
    later();
    await t.a.client.undo.revertCommand(result.entryId);
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) {
      expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'Renamed since' });
      expect(await cardOf(peer.client, added.id)).toMatchObject({ title: 'Added since', deletedAt: null });
    }
    await expectInStep(t);
  });
});

/** A teammate adds 2,000 cards, each with a hypothesis, and the server has them. */
async function twoThousandCards(t: Awaited<ReturnType<typeof team>>) {
  const teammate = newDoc();
  Y.applyUpdate(teammate, Y.encodeStateAsUpdate(t.server.doc));
  const card = (await cardOf(t.a.client, t.card.id))!;
  teammate.transact(() => {
    for (let i = 0; i < 2_000; i++) {
      const id = `card-${i}`;
      writeRecord(teammate, 'initiatives', id, { ...card, id, title: `Card ${i}`, rank: `b${i}` }, null);
      writeRecord(teammate, 'hypotheses', `hypothesis-${i}`, { id: `hypothesis-${i}`, productId: t.productId, initiativeId: id, statement: `We believe ${i}` }, null);
    }
  });
  t.server.receive(null, Y.encodeStateAsUpdate(teammate, Y.encodeStateVector(t.server.doc)));
}

describe('joining a large product', () => {
  it('stores the board’s cards in a transaction before the rest, so they show first', async () => {
    const t = await team();
    t.b.disconnect();
    await twoThousandCards(t);

    const written = new Map<string, Set<unknown>>();
    const order: string[] = [];
    for (const table of ['initiatives', 'hypotheses'] as const) {
      t.b.client.db[table].hook('creating', function (_key, _record, transaction) {
        written.set(table, (written.get(table) ?? new Set()).add(transaction));
        order.push(table);
      });
    }
    await t.b.connect();
    await settle([t.a, t.b]);
    expect(await t.b.client.db.initiatives.count()).toBe(2_001);
    expect(await t.b.client.db.hypotheses.count()).toBe(2_000);
    const [cards, hypotheses] = [[...written.get('initiatives')!], [...written.get('hypotheses')!]];
    expect(cards).toHaveLength(1);
    expect(hypotheses).toHaveLength(1);
    expect(cards[0]).not.toBe(hypotheses[0]);
    expect(order.lastIndexOf('initiatives')).toBeLessThan(order.indexOf('hypotheses'));
    await expectInStep(t);
  });

  it('stores a product new here without reading what is not there, but for a record changed here, which keeps its change', async () => {
    const t = await team();
    await twoThousandCards(t);
    const c = await newClient();
    await c.shares.joinShared({ productId: t.productId, member: { id: 'm9', displayName: 'Noah', role: 'editor' }, token: 't9' });
    // Stored here and changed (in the outbox) before the product arrived.
    const hypothesis = docRecord(t.server.doc, 'hypotheses', 'hypothesis-7')!;
    await c.db.transaction('rw', ['hypotheses', 'syncOutbox'], async () => {
      await c.db.hypotheses.put({ ...hypothesis, statement: 'Typed here' } as never);
      await c.db.syncOutbox.add({ productId: t.productId, table: 'hypotheses', key: 'hypothesis-7', fields: ['statement'], at: Date.now() });
    });
    // The board gets the cards as received once it has the product and its stages, before the cards are stored.
    const stored: string[] = [];
    c.db.stages.hook('creating', (_key, _record, transaction) => void stored.push(`stage ${transaction.storeNames.join(' ')}`));
    c.db.initiatives.hook('creating', (_key, _record, transaction) => void stored.push(`card ${transaction.storeNames.join(' ')}, ${c.arriving.useArrivingCards.getState().cards.size} handed`));
    const cardReads = vi.spyOn(c.db.initiatives, 'bulkGet');
    const hypothesisReads = vi.spyOn(c.db.hypotheses, 'bulkGet');

    const joining = new Peer(c, t.productId, t.server);
    await joining.connect();
    await settle([t.a, t.b, joining]);
    expect(await c.db.initiatives.count()).toBe(2_001);
    expect(await c.db.hypotheses.count()).toBe(2_000);
    expect(cardReads).not.toHaveBeenCalled();
    // Of the pull's slices of hypotheses, only the one that holds the one changed here (the push reads that one alone too).
    expect(hypothesisReads.mock.calls.map(([keys]) => keys.length)).toEqual([500, 1]);
    expect(await c.db.hypotheses.get('hypothesis-7')).toMatchObject({ statement: 'Typed here' });
    expect(docRecord(t.server.doc, 'hypotheses', 'hypothesis-7')).toMatchObject({ statement: 'Typed here' });
    expect([...new Set(stored)]).toEqual(['stage products stages syncOutbox meta', 'card initiatives syncOutbox meta, 2001 handed']);
  });
});
