import { addDays, toLocalDate } from '../../domain/delivery/dates';
import { ranksBetween } from '../../domain/ranking';
import { quarterOf } from '../../domain/strategy/periods';
import type { Objective, Period, ProductStrategy } from '../../domain/strategy/types';
import type { Initiative } from '../../domain/types';
import { newId } from '../command';
import type { SampleContent } from './content';
import type { SampleObjective } from './strategy-content';

const DAY = 86_400_000;

/**
 * How two key results came to their current value (the last reading is it): days ago and value,
 * the oldest first, so the sample's strategy page has trends to unfold. The same in every language.
 */
const SAMPLE_READINGS: Record<string, readonly (readonly [daysAgo: number, value: number])[]> = {
  invites: [
    [38, 49],
    [24, 52],
    [10, 55],
  ],
  refunds: [
    [33, 31],
    [19, 22],
    [5, 17],
  ],
};

export interface StrategyRecords {
  objectives: Objective[];
}

/** A sample period, placed around the day the sample is made. */
function periodOf(sample: SampleObjective['period'], now: number): Period {
  const today = toLocalDate(now);
  if ('startDaysAgo' in sample) {
    const start = toLocalDate(now - sample.startDaysAgo * DAY);
    return { kind: 'custom', start, end: addDays(start, sample.lengthDays - 1) };
  }
  const { year, quarter } = quarterOf(today);
  const index = year * 4 + (quarter - 1) + sample.quarterOffset;
  return { kind: 'quarter', year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}

/**
 * The sample product's Strategy: the fields to set on the product, its objectives with key
 * results, and the link and score to set on each initiative concerned (by initiative id).
 */
export function sampleStrategyRecords(
  content: SampleContent,
  productId: string,
  initiativeIds: ReadonlyMap<string, string>,
  now: number,
): StrategyRecords & { product: ProductStrategy; initiatives: Map<string, Partial<Initiative>> } {
  const { strategy } = content;
  const ranks = ranksBetween(null, null, strategy.objectives.length);
  const objectives: Objective[] = [];
  const ids = new Map<string, { id: string; keyResults: Map<string, string> }>();
  strategy.objectives.forEach((sample, i) => {
    const krIds = new Map(sample.keyResults.map((kr) => [kr.key, newId()]));
    const objective: Objective = {
      id: newId(),
      productId,
      title: sample.title,
      period: periodOf(sample.period, now),
      keyResults: sample.keyResults.map(({ key, metric, baseline, target, current }) => {
        const readings = SAMPLE_READINGS[key];
        const history = readings?.map(([daysAgo, value]) => ({ at: now - daysAgo * DAY, value }));
        return { id: krIds.get(key)!, metric, baseline, target, current, ...(history && { history }) };
      }),
      rank: ranks[i]!,
      createdAt: now - 45 * DAY,
      updatedAt: now - 2 * DAY,
      deletedAt: null,
    };
    objectives.push(objective);
    ids.set(sample.key, { id: objective.id, keyResults: krIds });
  });

  const initiativeOf = (key: string) => {
    const id = initiativeIds.get(key);
    if (!id) throw new Error(`sample strategy: no initiative ${key}`);
    return id;
  };
  const initiatives = new Map<string, Partial<Initiative>>();
  for (const link of strategy.links) {
    const objective = ids.get(link.objective);
    if (!objective) throw new Error(`sample strategy: no objective ${link.objective}`);
    const keyResultId = link.keyResult ? objective.keyResults.get(link.keyResult) : null;
    if (keyResultId === undefined) throw new Error(`sample strategy: no key result ${link.keyResult}`);
    initiatives.set(initiativeOf(link.initiative), { objectiveId: objective.id, keyResultId });
  }
  for (const { initiative, rice } of strategy.scores) {
    const id = initiativeOf(initiative);
    initiatives.set(id, { ...initiatives.get(id), score: { rice } });
  }

  const product: ProductStrategy = {
    vision: strategy.vision,
    segments: strategy.segments,
    valueProposition: strategy.valueProposition,
    competitors: strategy.competitors.map((c) => ({ id: newId(), ...c })),
    northStar: strategy.northStar,
    scoring: 'rice',
  };
  return { objectives, product, initiatives };
}
