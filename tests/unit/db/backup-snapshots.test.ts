import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../src/db/backup-export';
import { importBackup } from '../../../src/db/backup-import';
import { readTables } from '../../../src/db/backup-tables';
import { db } from '../../../src/db/db';
import { createInitiative, editInitiative } from '../../../src/db/initiative-commands';
import { deleteProduct } from '../../../src/db/product-commands';
import { liveSnapshots, restoreSnapshot, takeAutoSnapshot } from '../../../src/db/snapshot-store';
import { revertCommand, undo } from '../../../src/db/undo';
import type { BackupTables } from '../../../src/domain/backup/format';
import { DATA_TABLES } from '../../../src/domain/tables';
import { ranksBetween } from '../../../src/domain/ranking';
import type { Initiative, Transition } from '../../../src/domain/types';
import { fillDatabase } from './backup-helpers';
import { advance, freshDb, makeProduct, must } from './helpers';

const MINUTES_15 = 15 * 60_000;

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('automatic snapshots', () => {
  it('are taken once something changed, at most every 15 minutes, and only when the activity log moved', async () => {
    const p = await makeProduct('Shop');
    const first = must(await takeAutoSnapshot(MINUTES_15), 'first snapshot');
    expect(first).toMatchObject({ reason: 'auto', products: ['Shop'] });
    expect(first.counts.stages).toBe(7);

    const card = await createInitiative(p.stage('framing').id, { title: 'Gift cards' });
    advance(MINUTES_15 - 1);
    expect(await takeAutoSnapshot(MINUTES_15)).toBeNull();
    advance(1);
    const second = must(await takeAutoSnapshot(MINUTES_15), 'second snapshot');
    expect(second.counts.initiatives).toBe(1);

    advance(MINUTES_15);
    expect(await takeAutoSnapshot(MINUTES_15)).toBeNull();

    // A coalesced edit keeps its activity entry's id but moves its time: still a change.
    await editInitiative(card.id, { title: 'Gift cards v2' });
    advance(MINUTES_15);
    await editInitiative(card.id, { title: 'Gift cards v3' });
    advance(MINUTES_15);
    expect(await takeAutoSnapshot(MINUTES_15)).not.toBeNull();
    expect((await liveSnapshots()).map((s) => s.reason)).toEqual(['auto', 'auto', 'auto']);
  });

  it('take nothing in an untouched database', async () => {
    expect(await takeAutoSnapshot(MINUTES_15)).toBeNull();
    expect(await db.snapshots.count()).toBe(0);
  });

  it('are pruned as they are taken: the last ten and one per older day', async () => {
    const p = await makeProduct('Shop');
    for (let i = 0; i < 14; i++) {
      await createInitiative(p.stage('framing').id, { title: `Card ${i}` });
      advance(i % 4 === 3 ? 24 * 60 * 60_000 : MINUTES_15);
      await takeAutoSnapshot(MINUTES_15);
    }
    const kept = await liveSnapshots();
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(kept.length).toBeLessThan(14);
    expect((await db.snapshotData.orderBy('snapshotId').uniqueKeys()).sort()).toEqual(kept.map((snapshot) => snapshot.id).sort());
  });
});

/** The tables as a user sees them: records that `then` did not have and that are now tombstones left out. */
function asSeen(tables: BackupTables, then: BackupTables): BackupTables {
  const seen = {} as Record<string, unknown[]>;
  for (const table of DATA_TABLES) {
    const had = new Set(then[table].map((r) => r.id));
    seen[table] = tables[table].filter((r) => had.has(r.id) || !('deletedAt' in r && r.deletedAt !== null));
  }
  return seen as unknown as BackupTables;
}

describe('restoring a snapshot', () => {
  it('puts every table back as it was, as one change that Undo reverses, keeping the history', async () => {
    await fillDatabase();
    const then = await readTables();
    const snapshot = must(await takeAutoSnapshot(MINUTES_15), 'snapshot');
    const product = then.products[0]!;
    await deleteProduct(product.id);
    const added = await createInitiative(then.stages.find((s) => s.productId === then.products[1]!.id)!.id, { title: 'Added after' });
    const changed = await readTables();
    const history = await db.activity.count();

    const { before } = await restoreSnapshot(snapshot.id);
    expect(asSeen(await readTables(), then)).toEqual(then);
    expect(before.reason).toBe('beforeRestore');
    // What the restore removed is a tombstone, not gone: restorable, and what a teammate's copy needs.
    expect(must(await db.initiatives.get(added.id)).deletedAt).not.toBeNull();
    expect(await db.activity.count()).toBe(history + 1);

    const undone = must(await undo(''), 'undone restore');
    expect(undone).toMatchObject({ command: 'restoreSnapshot', kept: 0 });
    expect(await readTables()).toEqual(changed);
    // The history before the restore is still there: the product's deletion is undone next.
    expect(await undo(product.id)).toMatchObject({ command: 'deleteProduct' });
    expect(must(await db.products.get(product.id)).deletedAt).toBeNull();
  });

  it('refuses a snapshot that is gone, changing nothing', async () => {
    await fillDatabase();
    const then = await readTables();
    await expect(restoreSnapshot('gone')).rejects.toMatchObject({ code: 'notFound' });
    expect(await readTables()).toEqual(then);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('undoing a backup import', () => {
  it('reverses that import only: what changed since is kept and said, the history stays', async () => {
    const { fr } = await fillDatabase();
    const file = await exportBackup(fr.id);
    const [x, y] = (await db.initiatives.where('productId').equals(fr.id).toArray()).filter((i) => i.deletedAt === null);
    await editInitiative(must(x).id, { title: 'X changed here' });
    await editInitiative(must(y).id, { title: 'Y changed here' });
    const history = await db.activity.count();

    const imported = await importBackup(file, 'replace');
    if (!imported.ok) throw new Error('refused');
    expect(imported.before.reason).toBe('beforeImport');
    expect(must(await db.initiatives.get(must(x).id)).title).toBe(must(x).title);
    expect(await db.activity.count()).toBe(history + 1);

    // Later work: an edit of a card the import wrote, and a card added after it.
    advance(60_000);
    await editInitiative(must(x).id, { title: 'X edited after the import' });
    const later = await createInitiative(must(y).stageId, { title: 'Added after the import' });

    const { kept } = await revertCommand(must(imported.entryId, 'entry'));
    expect(kept).toBe(1);
    expect(must(await db.initiatives.get(must(x).id)).title).toBe('X edited after the import');
    expect(must(await db.initiatives.get(must(y).id)).title).toBe('Y changed here');
    expect(must(await db.initiatives.get(later.id)).deletedAt).toBeNull();
    // It cannot be reverted twice, and the header's Undo brings the import back.
    await expect(revertCommand(must(imported.entryId))).rejects.toMatchObject({ code: 'alreadyUndone' });
    expect(await undo(fr.id)).toMatchObject({ command: 'revertImport' });
    expect(must(await db.initiatives.get(must(y).id)).title).toBe(must(y).title);
  });

  it("is a change of the backup's product: that product's Undo reverses it, another product's does not", async () => {
    const { fr, en } = await fillDatabase();
    const file = await exportBackup(fr.id);
    const [x] = (await db.initiatives.where('productId').equals(fr.id).toArray()).filter((i) => i.deletedAt === null);
    advance(60_000);
    await editInitiative(must(x).id, { title: 'X changed here' });
    advance(60_000);
    const imported = await importBackup(file, 'replace');
    if (!imported.ok) throw new Error('refused');
    expect(must(await db.initiatives.get(must(x).id)).title).toBe(must(x).title);

    expect((await undo(en.id))?.command).not.toBe('replaceFromBackup');
    expect(await undo(fr.id)).toMatchObject({ command: 'replaceFromBackup', label: fr.name });
    expect(must(await db.initiatives.get(must(x).id)).title).toBe('X changed here');
  });

  it('keeps a product the import revived when cards were added to it since', async () => {
    const { fr } = await fillDatabase();
    const file = await exportBackup(fr.id);
    await deleteProduct(fr.id);
    const imported = await importBackup(file, 'replace');
    if (!imported.ok) throw new Error('refused');
    const stage = must((await db.stages.where('productId').equals(fr.id).toArray())[0]);
    advance(60_000);
    await createInitiative(stage.id, { title: 'Added to the revived product' });

    const { kept } = await revertCommand(must(imported.entryId, 'entry'));
    expect(kept).toBe(1);
    expect(must(await db.products.get(fr.id)).deletedAt).toBeNull();
  });
});

describe('a snapshot at 5,000 cards', () => {
  it('is taken in one pass; its time is reported', async () => {
    const p = await makeProduct('Big');
    const stage = p.stage('exploring');
    const ranks = ranksBetween(null, null, 5000);
    const now = Date.now();
    const initiatives: Initiative[] = ranks.map((rank, i) => ({
      id: crypto.randomUUID(),
      productId: p.productId,
      stageId: stage.id,
      lane: 'discovery',
      rank,
      title: `Initiative number ${i} with a realistic title`,
      summary: 'Let customers do it themselves in under a minute, and remember the last choice.',
      problem: 'Support gets a dozen tickets a week about this and answers them by hand.',
      owner: 'Camille',
      tags: ['growth', 'checkout'],
      segment: 'B2B',
      status: 'active',
      closeReason: '',
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }));
    const transitions: Transition[] = initiatives.map((i) => ({
      id: crypto.randomUUID(),
      productId: p.productId,
      initiativeId: i.id,
      at: now,
      kind: 'create',
      fromStageId: null,
      toStageId: stage.id,
      fromLane: null,
      toLane: 'discovery',
      status: 'active',
      reason: '',
    }));
    await db.transaction('rw', db.initiatives, db.transitions, async () => {
      await db.initiatives.bulkPut(initiatives);
      await db.transitions.bulkPut(transitions);
    });

    const started = performance.now();
    const snapshot = must(await takeAutoSnapshot(MINUTES_15), 'snapshot');
    const ms = performance.now() - started;
    console.info(`one snapshot of 5,000 cards and their history (fake-indexeddb in Node): ${ms.toFixed(0)} ms`);
    expect(snapshot.counts.initiatives).toBe(5000);
    expect(ms).toBeLessThan(20_000);
  });
});
