import { learningsOf } from '../domain/discovery/learnings';
import type { Hypothesis } from '../domain/discovery/types';
import { compareRankThenId, orderStages } from '../domain/lanes';
import { strategyFieldsOf, type StrategyFields } from '../domain/strategy/fields';
import { comparePeriods } from '../domain/strategy/periods';
import { scoringOf } from '../domain/strategy/scores';
import type { KeyResult, Objective, ScoringFramework } from '../domain/strategy/types';
import type { Initiative, Stage } from '../domain/types';
import { db } from './db';

/**
 * Strategy reads, for useLiveQuery. Each returns live (not deleted) records in display order, and
 * does all its Dexie reads before any other await (a live query tracks only what it read before).
 */

const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);

export interface Strategy extends StrategyFields {
  productName: string;
  scoring: ScoringFramework;
}

/** The product's strategy, every field present (empty when not written), or null once the product is gone. */
export async function strategyOf(productId: string): Promise<Strategy | null> {
  const product = await db.products.get(productId);
  if (!product || product.deletedAt !== null) return null;
  return { ...strategyFieldsOf(product), productName: product.name, scoring: scoringOf(product) };
}

const byPeriodThenRank = (a: Objective, b: Objective) => comparePeriods(a.period, b.period) || compareRankThenId(a, b);

/** The product's objectives, by period (the earliest first), then in their order. */
export async function objectiveList(productId: string): Promise<Objective[]> {
  return live(await db.objectives.where('productId').equals(productId).toArray()).sort(byPeriodThenRank);
}

export interface LinkedKeyResult {
  objective: Objective;
  keyResult: KeyResult;
}

/** The key result an initiative serves, with its objective; null when it names none, or one deleted or removed since. */
export async function linkedKeyResult(initiative: Pick<Initiative, 'objectiveId' | 'keyResultId'>): Promise<LinkedKeyResult | null> {
  if (!initiative.objectiveId || !initiative.keyResultId) return null;
  const objective = await db.objectives.get(initiative.objectiveId);
  const keyResult = objective?.deletedAt === null ? objective.keyResults.find((kr) => kr.id === initiative.keyResultId) : undefined;
  return objective && keyResult ? { objective, keyResult } : null;
}

export interface ObjectiveInitiative {
  initiative: Initiative;
  /** Where it sits on the board; undefined for a closed initiative whose stage was removed. */
  stage: Stage | undefined;
  /** What its decided hypotheses taught, so the objective shows what was learned, closed or not. */
  learnings: Hypothesis[];
}

export interface ObjectiveRow {
  objective: Objective;
  /** Those on the board first, in board order (lane, stage, rank), then the closed ones, the latest first. */
  initiatives: ObjectiveInitiative[];
}

/** The product's objectives, each with the initiatives that serve it, in every lane and closed too. */
export function objectives(productId: string): Promise<ObjectiveRow[]> {
  return db.transaction('r', [db.objectives, db.initiatives, db.stages, db.hypotheses], async () => {
    const list = await objectiveList(productId);
    const linked = live(await db.initiatives.where('objectiveId').anyOf(list.map((o) => o.id)).toArray()).filter((i) => i.productId === productId);
    const hypotheses = await db.hypotheses.where('initiativeId').anyOf(linked.map((i) => i.id)).toArray();
    const stages = orderStages(live(await db.stages.where('productId').equals(productId).toArray()));
    const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
    const position = (i: Initiative) => (i.status === 'active' ? (stageIndex.get(i.stageId) ?? stages.length) : stages.length + 1);
    const order = (a: Initiative, b: Initiative) => position(a) - position(b) || (a.status === 'active' ? compareRankThenId(a, b) : (b.closedAt ?? 0) - (a.closedAt ?? 0));
    return list.map((objective) => ({
      objective,
      initiatives: linked
        .filter((i) => i.objectiveId === objective.id)
        .sort(order)
        .map((initiative) => ({
          initiative,
          stage: stages.find((s) => s.id === initiative.stageId),
          learnings: learningsOf(hypotheses.filter((h) => h.initiativeId === initiative.id)),
        })),
    }));
  });
}

/** The objective an initiative serves and the key result it names, or null when it serves none (or it was deleted). */
export async function objectiveOf(initiativeId: string): Promise<{ objective: Objective; keyResult: KeyResult | null } | null> {
  const initiative = await db.initiatives.get(initiativeId);
  if (!initiative?.objectiveId) return null;
  const objective = await db.objectives.get(initiative.objectiveId);
  if (!objective || objective.deletedAt !== null) return null;
  return { objective, keyResult: objective.keyResults.find((kr) => kr.id === initiative.keyResultId) ?? null };
}
