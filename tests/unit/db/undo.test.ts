import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { closeInitiative, createInitiative, deleteInitiative, editInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { createProduct, deleteProduct, renameProduct } from '../../../src/db/product-commands';
import { activeInStage, liveInitiative, liveProducts, liveStages, transitionsOf } from '../../../src/db/queries';
import { redo, undo } from '../../../src/db/undo';
import type { Initiative } from '../../../src/domain/types';
import { advance, freshDb, makeProduct, must, snapshot, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct('P');
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

async function titlesIn(stageId: string) {
  return (await activeInStage(stageId)).map((c) => c.title);
}

async function cards(...names: string[]) {
  const stageId = p.stage('opportunities').id;
  const made: Initiative[] = [];
  for (const title of names) {
    made.push(await createInitiative(stageId, { title }));
    advance(10_000);
  }
  return { stageId, made };
}

describe('undo and redo', () => {
  it('undoes a delete, bringing the card back where it was', async () => {
    const { stageId, made } = await cards('A', 'B', 'C');
    const b = made[1]!;
    await deleteInitiative(b.id);
    expect(await titlesIn(stageId)).toEqual(['A', 'C']);

    const undone = await undo(p.productId);
    expect(undone).toMatchObject({ command: 'deleteInitiative', label: 'B' });
    expect(await titlesIn(stageId)).toEqual(['A', 'B', 'C']);
    expect(await db.initiatives.get(b.id)).toEqual(b);
  });

  it('redoes the delete after undoing it', async () => {
    const { stageId, made } = await cards('A', 'B');
    await deleteInitiative(made[0]!.id);
    await undo(p.productId);
    const redone = await redo(p.productId);
    expect(redone).toMatchObject({ command: 'deleteInitiative' });
    expect(await titlesIn(stageId)).toEqual(['B']);
    expect(await liveInitiative(made[0]!.id)).toBeNull();
    // Once redone, there is nothing more to redo, and it can be undone again.
    expect(await redo(p.productId)).toBeNull();
    expect((await undo(p.productId))?.command).toBe('deleteInitiative');
    expect(await titlesIn(stageId)).toEqual(['A', 'B']);
  });

  it('undoes a move: stage, lane and rank come back, the move transition goes', async () => {
    const { stageId, made } = await cards('A', 'B', 'C');
    const a = made[0]!;
    const ready = p.stage('ready');
    await moveInitiative(a.id, ready.id, null, null, { gateReason: 'not what this test is about' });
    expect(await transitionsOf(a.id)).toHaveLength(2);

    await undo(p.productId);
    const back = must(await db.initiatives.get(a.id));
    expect(back).toEqual(a);
    expect(back.stageId).toBe(stageId);
    expect(back.lane).toBe('strategy');
    expect(back.rank).toBe(a.rank);
    expect(await titlesIn(stageId)).toEqual(['A', 'B', 'C']);
    expect(await titlesIn(ready.id)).toEqual([]);
    expect((await transitionsOf(a.id)).map((t) => t.kind)).toEqual(['create']);
  });

  it('undoes a reorder inside a stage', async () => {
    const { stageId, made } = await cards('A', 'B', 'C');
    await moveInitiative(made[2]!.id, stageId, null, made[0]!.id);
    expect(await titlesIn(stageId)).toEqual(['C', 'A', 'B']);
    await undo(p.productId);
    expect(await titlesIn(stageId)).toEqual(['A', 'B', 'C']);
  });

  it('undoes a create: the card becomes a tombstone (restorable, and what a teammate’s copy needs), its transition goes', async () => {
    const before = await snapshot();
    const card = await createInitiative(p.stage('ready').id, { title: 'X' });
    await undo(p.productId);
    expect(await db.initiatives.get(card.id)).toEqual({ ...card, deletedAt: Date.now(), updatedAt: Date.now() });
    expect(await liveInitiative(card.id)).toBeNull();
    expect(await transitionsOf(card.id)).toEqual([]);
    const after = await snapshot();
    expect({ ...after, initiatives: after.initiatives.filter((i) => i.id !== card.id), activity: [] }).toEqual({ ...before, activity: [] });
    // Redo brings the card back as it was created.
    await redo(p.productId);
    expect(await db.initiatives.get(card.id)).toEqual(card);
  });

  it('keeps what changed since instead of overwriting it, and says how many records it kept', async () => {
    const card = await createInitiative(p.stage('ready').id, { title: 'X' });
    advance(10_000);
    await editInitiative(card.id, { title: 'Y' });
    // A write the log does not know of (another tab's, a teammate's) changes the card afterwards.
    const elsewhere = { ...must(await db.initiatives.get(card.id)), title: 'Z, typed elsewhere' };
    await db.initiatives.put(elsewhere);
    expect(await undo(p.productId)).toMatchObject({ command: 'editInitiative', kept: 1 });
    expect(await db.initiatives.get(card.id)).toEqual(elsewhere);
  });

  it('undoes a close, putting the card back on the board', async () => {
    const { stageId, made } = await cards('A', 'B');
    await closeInitiative(made[0]!.id, 'killed', 'no');
    await undo(p.productId);
    expect(await db.initiatives.get(made[0]!.id)).toEqual(made[0]);
    expect(await titlesIn(stageId)).toEqual(['A', 'B']);
    expect((await transitionsOf(made[0]!.id)).map((t) => t.kind)).toEqual(['create']);
  });

  it('undoes coalesced edits in one step, back to the text before the first one', async () => {
    const { made } = await cards('A');
    await editInitiative(made[0]!.id, { title: 'A1' });
    advance(500);
    await editInitiative(made[0]!.id, { title: 'A12' });
    await undo(p.productId);
    expect(must(await db.initiatives.get(made[0]!.id)).title).toBe('A');
    await redo(p.productId);
    expect(must(await db.initiatives.get(made[0]!.id)).title).toBe('A12');
  });

  it('undoes and redoes several commands in order', async () => {
    const { made } = await cards('A');
    const id = made[0]!.id;
    await editInitiative(id, { title: 'A1' });
    advance(10_000);
    await editInitiative(id, { title: 'A2' });
    advance(10_000);
    await editInitiative(id, { title: 'A3' });
    const title = async () => must(await db.initiatives.get(id)).title;

    await undo(p.productId);
    expect(await title()).toBe('A2');
    await undo(p.productId);
    expect(await title()).toBe('A1');
    await redo(p.productId);
    expect(await title()).toBe('A2');
    await redo(p.productId);
    expect(await title()).toBe('A3');
    expect(await redo(p.productId)).toBeNull();
  });

  it('undoes createProduct: the product and its stages go', async () => {
    const q = await createProduct('Q');
    expect(await liveStages(q.id)).toHaveLength(7);
    const undone = await undo(q.id);
    expect(undone).toMatchObject({ command: 'createProduct', label: 'Q' });
    expect(must(await db.products.get(q.id)).deletedAt).not.toBeNull();
    expect(await liveStages(q.id)).toHaveLength(0);
    expect((await liveProducts()).map((x) => x.id)).toEqual([p.productId]);
    // And redo brings them back.
    await redo(q.id);
    expect(await liveStages(q.id)).toHaveLength(7);
    expect((await liveProducts()).map((x) => x.name)).toEqual(['P', 'Q']);
  });

  it('undoes deleteProduct and renameProduct', async () => {
    await renameProduct(p.productId, 'Renamed');
    advance(10_000);
    await deleteProduct(p.productId);
    expect(await liveProducts()).toEqual([]);
    await undo(p.productId);
    expect((await liveProducts()).map((x) => x.name)).toEqual(['Renamed']);
    await undo(p.productId);
    expect((await liveProducts()).map((x) => x.name)).toEqual(['P']);
  });

  it('discards the redo entry when a new command runs after an undo', async () => {
    const { stageId, made } = await cards('A', 'B');
    await deleteInitiative(made[0]!.id);
    await undo(p.productId);
    await createInitiative(stageId, { title: 'C' });
    expect(await redo(p.productId)).toBeNull();
    expect(await titlesIn(stageId)).toEqual(['A', 'B', 'C']);
    expect(await db.activity.where('[productId+state]').equals([p.productId, 'discarded']).count()).toBe(1);
  });

  it('returns null when there is nothing to undo or redo', async () => {
    const fresh = await createProduct('Fresh');
    expect(await redo(fresh.id)).toBeNull();
    expect(await undo(fresh.id)).not.toBeNull();
    expect(await undo(fresh.id)).toBeNull();
    expect(await undo('no-such-product')).toBeNull();
    expect(await redo('no-such-product')).toBeNull();
  });

  it('leaves the data alone when there is nothing to undo', async () => {
    const q = await createProduct('Q');
    await undo(q.id);
    const before = await snapshot();
    expect(await undo(q.id)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a separate history per product', async () => {
    const q = await makeProduct('Q');
    advance(10_000);
    const inP = await createInitiative(p.stage('framing').id, { title: 'in P' });
    advance(10_000);
    const inQ = await createInitiative(q.stage('framing').id, { title: 'in Q' });
    advance(10_000);

    // Undoing P removes P's latest card, not Q's more recent one.
    expect(await undo(p.productId)).toMatchObject({ command: 'createInitiative', label: 'in P' });
    expect(await liveInitiative(inP.id)).toBeNull();
    expect(await db.initiatives.get(inQ.id)).toEqual(inQ);

    // A new command in Q does not discard P's redo.
    await editInitiative(inQ.id, { title: 'in Q 2' });
    expect(await redo(p.productId)).toMatchObject({ label: 'in P' });
    expect(await db.initiatives.get(inP.id)).toEqual(inP);
  });
});
