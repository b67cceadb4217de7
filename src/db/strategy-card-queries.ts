import { scoringOf } from '../domain/strategy/scores';
import type { ScoringFramework } from '../domain/strategy/types';
import { db } from './db';

/* Apart from the other strategy reads, so the board's first paint loads only this. */

/** What a Strategy card needs besides its own record: the product's framework and its objectives' titles. */
export interface StrategyCardContext {
  framework: ScoringFramework;
  objectiveTitles: ReadonlyMap<string, string>;
}

/** Read once per Strategy stage, never per card. */
export async function strategyCardContext(productId: string): Promise<StrategyCardContext> {
  const [product, list] = await Promise.all([db.products.get(productId), db.objectives.where('productId').equals(productId).toArray()]);
  const live = list.filter((o) => o.deletedAt === null);
  return { framework: scoringOf(product ?? {}), objectiveTitles: new Map(live.map((o) => [o.id, o.title])) };
}
