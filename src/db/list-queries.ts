import type { ListRow } from '../domain/list-view';
import { scoreOf, scoringOf } from '../domain/strategy/scores';
import type { Stage } from '../domain/types';
import { db } from './db';
import { demandOfProduct } from './feedback-queries';
import { liveStages } from './queries';

function countBy(records: readonly { initiativeId: string; deletedAt: number | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) if (r.deletedAt === null) counts.set(r.initiativeId, (counts.get(r.initiativeId) ?? 0) + 1);
  return counts;
}

/**
 * The product's active initiatives as the list view's rows. Each related table is read once by
 * product and counted in memory, so 10,000 rows cost a handful of queries, not one per row.
 */
export async function listRows(productId: string, stageName: (stage: Stage) => string): Promise<ListRow[]> {
  const [product, stages, initiatives, objectives, hypotheses, stories, demand] = await Promise.all([
    db.products.get(productId),
    liveStages(productId),
    db.initiatives.where('[productId+status]').equals([productId, 'active']).toArray(),
    db.objectives.where('productId').equals(productId).toArray(),
    db.hypotheses.where('productId').equals(productId).toArray(),
    db.stories.where('productId').equals(productId).toArray(),
    demandOfProduct(productId),
  ]);
  if (!product) return [];
  const framework = scoringOf(product);
  const stageById = new Map(stages.map((s, order) => [s.id, { name: stageName(s), order }]));
  const objectiveTitles = new Map(objectives.filter((o) => o.deletedAt === null).map((o) => [o.id, o.title]));
  const hypothesisCounts = countBy(hypotheses);
  const storyCounts = countBy(stories);
  return initiatives
    .filter((i) => i.deletedAt === null)
    .map((i) => {
      const stage = stageById.get(i.stageId);
      return {
        id: i.id,
        productId: i.productId,
        title: i.title,
        summary: i.summary,
        lane: i.lane,
        stageId: i.stageId,
        stage: stage?.name ?? '',
        stageOrder: stage?.order ?? stageById.size,
        owner: i.owner,
        score: scoreOf(i.score, framework),
        objective: (i.objectiveId && objectiveTitles.get(i.objectiveId)) || '',
        segment: i.segment,
        tags: i.tags,
        hypotheses: hypothesisCounts.get(i.id) ?? 0,
        stories: storyCounts.get(i.id) ?? 0,
        demand: demand.get(i.id) ?? null,
        updatedAt: i.updatedAt,
      };
    });
}
