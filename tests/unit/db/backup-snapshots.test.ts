import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../src/db/backup-export';
import { importBackup } from '../../../src/db/backup-import';
import { readTables } from '../../../src/db/backup-tables';
import { db } from '../../../src/db/db';
import { createInitiative, editInitiative } from '../../../src/db/initiative-commands';
import { deleteProduct } from '../../../src/db/product-commands';
import { liveSnapshots, restoreSnapshot, takeAutoSnapshot } from '../../../src/db/snapshot-store';
import { undo } from '../../../src/db/undo';
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

describe('restoring a snapshot', () => {
  it('puts every table back as it was, after keeping the current state for an undo', async () => {
    await fillDatabase();
    const then = await readTables();
    const snapshot = must(await takeAutoSnapshot(MINUTES_15), 'snapshot');
    const product = then.products[0]!;
    await deleteProduct(product.id);
    await createInitiative(then.stages.find((s) => s.productId === then.products[1]!.id)!.id, { title: 'Added after' });
    const changed = await readTables();

    const before = await restoreSnapshot(snapshot.id);
    expect(await readTables()).toEqual(then);
    expect(before.reason).toBe('beforeRestore');
    // The header's undo can no longer bring back what the restore replaced.
    expect(await db.activity.count()).toBe(0);
    expect(await undo(product.id)).toBeNull();

    // The restore is undone the same way: restoring the snapshot it took.
    await restoreSnapshot(before.id);
    expect(await readTables()).toEqual(changed);
  });

  it('refuses a snapshot that is gone, changing nothing', async () => {
    await fillDatabase();
    const then = await readTables();
    await expect(restoreSnapshot('gone')).rejects.toMatchObject({ code: 'notFound' });
    expect(await readTables()).toEqual(then);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('undoing an import', () => {
  it('restores the snapshot taken before it', async () => {
    const { fr } = await fillDatabase();
    const file = await exportBackup(fr.id);
    await deleteProduct(fr.id);
    const then = await readTables();

    const result = await importBackup(file, 'replace');
    if (!result.ok) throw new Error('refused');
    expect(result.before.reason).toBe('beforeImport');
    expect(must(await db.products.get(fr.id)).deletedAt).toBeNull();

    await restoreSnapshot(result.before.id);
    expect(await readTables()).toEqual(then);
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
