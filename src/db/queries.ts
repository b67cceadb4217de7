import Dexie from 'dexie';
import { compareRankThenId, orderStages } from '../domain/lanes';
import type { Initiative, Product, Stage, Transition } from '../domain/types';
import { db } from './db';

/** Reads shared by commands and views. Each returns live (not deleted) records in display order. */

export async function liveProducts(): Promise<Product[]> {
  const products = await db.products.orderBy('createdAt').toArray();
  return products.filter((p) => p.deletedAt === null);
}

export async function liveStages(productId: string): Promise<Stage[]> {
  const stages = await db.stages.where('productId').equals(productId).toArray();
  return orderStages(stages.filter((s) => s.deletedAt === null));
}

/**
 * The active cards of a stage, in board order. The [stageId+status+rank] range lets IndexedDB
 * answer with one getAll, already sorted by rank, instead of a cursor stepping through a filter.
 */
export async function activeInStage(stageId: string): Promise<Initiative[]> {
  const cards = await db.initiatives
    .where('[stageId+status+rank]')
    .between([stageId, 'active', Dexie.minKey], [stageId, 'active', Dexie.maxKey])
    .toArray();
  // Equal ranks (concurrent inserts) are broken by id; tombstones are dropped here, not by a cursor.
  return cards.filter((i) => i.deletedAt === null).sort(compareRankThenId);
}

export async function closedInitiatives(productId: string): Promise<Initiative[]> {
  const closed = await db.initiatives
    .where('[productId+status]')
    .anyOf([productId, 'shipped'], [productId, 'parked'], [productId, 'killed'])
    .filter((i) => i.deletedAt === null)
    .toArray();
  return closed.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
}

export async function activeCountsByStage(productId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.initiatives
    .where('[productId+status]')
    .equals([productId, 'active'])
    .each((i) => {
      if (i.deletedAt === null) counts.set(i.stageId, (counts.get(i.stageId) ?? 0) + 1);
    });
  return counts;
}

export function transitionsOf(initiativeId: string): Promise<Transition[]> {
  return db.transitions.where('initiativeId').equals(initiativeId).sortBy('at');
}

export async function liveInitiative(id: string): Promise<Initiative | null> {
  const initiative = await db.initiatives.get(id);
  return initiative && initiative.deletedAt === null ? initiative : null;
}
