import { DEFAULT_STAGES } from '../domain/lanes';
import { ranksBetween } from '../domain/ranking';
import type { DefaultStageKey, Product, Stage } from '../domain/types';
import { LANES } from '../domain/types';
import { emptyRecords, PRODUCT_TABLES, type ProductTable, type TableRecords } from '../domain/tables';
import { newId } from './command';
import type { SampleContent } from './sample/content';
import { sampleDiscoveryRecords } from './sample/discovery-records';
import { sampleDeliveryRecords } from './sample/delivery-records';
import { sampleFeedbackRecords } from './sample/feedback-records';
import { sampleStrategyRecords } from './sample/strategy-records';

/** A product with the records of every table that belongs to a product. */
export type ProductRecords = { product: Product } & TableRecords<ProductTable>;

const DAY = 86_400_000;

/** A product's records holding only those given: every other table empty. */
export function recordsOf(given: Pick<ProductRecords, 'product' | 'stages'> & Partial<ProductRecords>): ProductRecords {
  return { ...emptyRecords(PRODUCT_TABLES), ...given };
}

/** A new product with the default stages of every lane. */
export function newProductRecords(name: string, now: number, isSample = false): ProductRecords {
  const product: Product = { id: newId(), name, isSample, createdAt: now, updatedAt: now, deletedAt: null };
  const stages = LANES.flatMap((lane) => {
    const keys = DEFAULT_STAGES[lane];
    const ranks = ranksBetween(null, null, keys.length);
    return keys.map((key, i): Stage => ({
      id: newId(),
      productId: product.id,
      lane,
      name: '',
      defaultKey: key,
      rank: ranks[i]!,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }));
  });
  return recordsOf({ product, stages });
}

/**
 * The sample product: realistic initiatives in every lane, each with the history of how it got
 * there, the discovery behind them (hypotheses, experiments, interviews, evidence), their
 * delivery (sprints, stories, ritual runs, action items, outcomes), and the strategy they serve
 * (vision, objectives with key results, links and scores), and the customer feedback asking for
 * them (accounts, notes, links, evidence).
 */
export function sampleProductRecords(content: SampleContent, now: number): ProductRecords {
  const records = newProductRecords(content.productName, now, true);
  const stageByKey = new Map(records.stages.map((s) => [s.defaultKey as DefaultStageKey, s]));
  // One soft WIP limit, exceeded, so the board shows what one looks like: Discovery tests one idea at a time.
  stageByKey.get('testing')!.wipLimit = 1;
  const byStage = new Map<string, number>();
  for (const item of content.initiatives) byStage.set(item.path.at(-1)![0], (byStage.get(item.path.at(-1)![0]) ?? 0) + 1);
  const ranks = new Map([...byStage].map(([key, n]) => [key, ranksBetween(null, null, n)]));
  const idByKey = new Map<string, string>();

  for (const item of content.initiatives) {
    const id = newId();
    if (item.key) idByKey.set(item.key, id);
    const [lastKey] = item.path.at(-1)!;
    const stage = stageByKey.get(lastKey)!;
    const createdAt = now - item.path[0]![1] * DAY;
    const updatedAt = item.closed ? now - item.closed.daysAgo * DAY : now - item.path.at(-1)![1] * DAY;
    records.initiatives.push({
      id,
      productId: records.product.id,
      stageId: stage.id,
      lane: stage.lane,
      rank: ranks.get(lastKey)!.shift()!,
      title: item.title,
      summary: item.summary,
      problem: item.problem,
      owner: item.owner,
      tags: item.tags,
      segment: item.segment,
      status: item.closed?.status ?? 'active',
      closeReason: item.closed?.reason ?? '',
      closedAt: item.closed ? updatedAt : null,
      createdAt,
      updatedAt,
      deletedAt: null,
    });
    let from: Stage | null = null;
    for (const [key, daysAgo] of item.path) {
      const to = stageByKey.get(key)!;
      records.transitions.push({
        id: newId(),
        productId: records.product.id,
        initiativeId: id,
        at: now - daysAgo * DAY,
        kind: from ? 'move' : 'create',
        fromStageId: from?.id ?? null,
        fromLane: from?.lane ?? null,
        toStageId: to.id,
        toLane: to.lane,
        status: 'active',
        reason: '',
      });
      from = to;
    }
    if (item.closed && from) {
      records.transitions.push({
        id: newId(),
        productId: records.product.id,
        initiativeId: id,
        at: updatedAt,
        kind: 'close',
        fromStageId: from.id,
        fromLane: from.lane,
        toStageId: null,
        toLane: null,
        status: item.closed.status,
        reason: item.closed.reason,
      });
    }
  }
  Object.assign(records, sampleDiscoveryRecords(content, records.product.id, idByKey, now));
  const { outcomes, ...delivery } = sampleDeliveryRecords(content, records.product.id, idByKey, now);
  Object.assign(records, delivery);
  for (const initiative of records.initiatives) {
    const outcome = outcomes.get(initiative.id);
    if (outcome) Object.assign(initiative, { outcome, updatedAt: Math.max(initiative.updatedAt, outcome.recordedAt) });
  }
  const strategy = sampleStrategyRecords(content, records.product.id, idByKey, now);
  Object.assign(records.product, strategy.product);
  records.objectives = strategy.objectives;
  for (const initiative of records.initiatives) Object.assign(initiative, strategy.initiatives.get(initiative.id));
  const hypothesisIds = new Map(content.hypotheses.map((h, i) => [h.key, records.hypotheses[i]!.id]));
  const { evidence, ...feedback } = sampleFeedbackRecords(content.feedback, records.product.id, idByKey, hypothesisIds, now);
  Object.assign(records, feedback);
  records.evidence.push(...evidence);
  return records;
}
