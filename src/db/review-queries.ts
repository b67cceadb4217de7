import type { ReviewRecords } from '../domain/review/review';
import { db } from './db';
import { flowRecords } from './metrics-queries';

const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);

/**
 * What a product review computes from, in one read transaction so its parts agree with each
 * other: the board's stages, initiatives and history, the discovery records, the objectives, the
 * sprints, the ritual runs and their action items. Every read is by the product's index.
 */
export function reviewRecords(productId: string): Promise<ReviewRecords> {
  const tables = [db.stages, db.initiatives, db.transitions, db.hypotheses, db.experiments, db.interviews, db.objectives, db.sprints, db.ritualRuns, db.actionItems];
  return db.transaction('r', tables, async () => {
    const [flow, hypotheses, interviews, objectives, sprints, ritualRuns, actionItems] = await Promise.all([
      flowRecords(productId),
      db.hypotheses.where('productId').equals(productId).toArray(),
      db.interviews.where('productId').equals(productId).toArray(),
      db.objectives.where('productId').equals(productId).toArray(),
      db.sprints.where('productId').equals(productId).toArray(),
      db.ritualRuns.where('productId').equals(productId).toArray(),
      db.actionItems.where('productId').equals(productId).toArray(),
    ]);
    // Experiments are indexed by initiative, not by product: read those of the product's initiatives.
    const experiments = await db.experiments.where('initiativeId').anyOf(flow.initiatives.map((i) => i.id)).toArray();
    return {
      ...flow,
      hypotheses: live(hypotheses),
      experiments: live(experiments),
      interviews: live(interviews),
      objectives: live(objectives),
      sprints: live(sprints),
      ritualRuns: live(ritualRuns),
      actionItems: live(actionItems),
    };
  });
}
