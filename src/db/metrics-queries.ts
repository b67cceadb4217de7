import Dexie from 'dexie';
import type { Initiative, Stage, Transition } from '../domain/types';
import { db } from './db';
import { liveStages } from './queries';

export interface FlowRecords {
  /** Live stages in board order. */
  stages: Stage[];
  /** Every initiative of the product, on the board or closed (not deleted). */
  initiatives: Initiative[];
  /** The product's lane history, oldest first. */
  transitions: Transition[];
}

/** What the metrics view computes from: one read of the product's stages, initiatives and transitions, through their indexes. */
export async function flowRecords(productId: string): Promise<FlowRecords> {
  const [stages, initiatives, transitions] = await Promise.all([
    liveStages(productId),
    db.initiatives.where('[productId+status]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray(),
    db.transitions.where('[productId+at]').between([productId, Dexie.minKey], [productId, Dexie.maxKey]).toArray(),
  ]);
  return { stages, initiatives: initiatives.filter((i) => i.deletedAt === null), transitions };
}
