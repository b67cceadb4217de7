import { keyResultProgress, objectiveProgress } from '../strategy/key-results';
import { comparePeriods, periodRange } from '../strategy/periods';
import type { KeyResult, Objective } from '../strategy/types';
import type { DateSpan } from './period';

export interface ObjectiveProgress {
  objective: Objective;
  /** 0 to 100, null while no key result's progress is known. */
  progress: number | null;
  keyResults: { keyResult: KeyResult; progress: number | null }[];
}

/**
 * The objectives whose period overlaps the review's, earliest period first, then in their own
 * order, each with its progress and its key results'. Progress is what the key results say now:
 * they keep their current value, not a value per date.
 */
export function objectivesProgress(objectives: readonly Objective[], span: DateSpan): ObjectiveProgress[] {
  return objectives
    .filter((o) => {
      const range = periodRange(o.period);
      return range.start <= span.end && range.end >= span.start;
    })
    .sort((a, b) => comparePeriods(a.period, b.period) || (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((objective) => ({
      objective,
      progress: objectiveProgress(objective.keyResults),
      keyResults: objective.keyResults.map((keyResult) => ({ keyResult, progress: keyResultProgress(keyResult) })),
    }));
}
