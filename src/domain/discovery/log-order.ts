import { STATUS_DISPLAY_ORDER } from './evidence';
import type { InitiativeStatus } from '../types';
import { ASSUMPTION_CATEGORIES, type AssumptionCategory, type Hypothesis, type HypothesisStatus } from './types';

/**
 * The hypothesis log's rows, filters and orders. Kept apart from the exports (hypothesis-log.ts,
 * which loads the CSV library), so queries and badges can use them without it.
 */
export interface LogRow {
  hypothesis: Hypothesis;
  initiativeTitle: string;
  /** Killed or parked initiatives keep their hypotheses in the log, marked as such. */
  initiativeStatus: InitiativeStatus;
  supports: number;
  refutes: number;
}

/** '' means any. */
export interface LogFilter {
  status: HypothesisStatus | '';
  category: AssumptionCategory | '';
  initiativeId: string;
}

export type LogSort = 'lastChange' | 'status' | 'category' | 'initiative' | 'importance';
export const LOG_SORTS: readonly LogSort[] = ['lastChange', 'status', 'category', 'initiative', 'importance'];

export const NO_LOG_FILTER: LogFilter = { status: '', category: '', initiativeId: '' };

/** When a hypothesis last changed: its last edit or status change, whichever is later. */
export function lastChangeAt(h: Pick<Hypothesis, 'statusChangedAt' | 'updatedAt'>): number {
  return Math.max(h.statusChangedAt, h.updatedAt);
}

export function filterLog(rows: readonly LogRow[], filter: LogFilter): LogRow[] {
  return rows.filter(
    ({ hypothesis: h }) =>
      (filter.status === '' || h.status === filter.status) &&
      (filter.category === '' || h.category === filter.category) &&
      (filter.initiativeId === '' || h.initiativeId === filter.initiativeId),
  );
}

type Compare = (a: LogRow, b: LogRow) => number;

const byLastChange: Compare = (a, b) => lastChangeAt(b.hypothesis) - lastChangeAt(a.hypothesis);
const byId: Compare = (a, b) => (a.hypothesis.id < b.hypothesis.id ? -1 : a.hypothesis.id > b.hypothesis.id ? 1 : 0);

const KEYS: Record<LogSort, Compare> = {
  lastChange: () => 0,
  status: (a, b) => STATUS_DISPLAY_ORDER.indexOf(a.hypothesis.status) - STATUS_DISPLAY_ORDER.indexOf(b.hypothesis.status),
  category: (a, b) => ASSUMPTION_CATEGORIES.indexOf(a.hypothesis.category) - ASSUMPTION_CATEGORIES.indexOf(b.hypothesis.category),
  initiative: (a, b) => a.initiativeTitle.localeCompare(b.initiativeTitle),
  // The riskiest first: most important, then least evidenced.
  importance: (a, b) => b.hypothesis.importance - a.hypothesis.importance || a.hypothesis.evidence - b.hypothesis.evidence,
};

/**
 * The rows in a new array, sorted by `sort`; within equal keys the most recently changed come
 * first, and ties of time are broken by id so the order never flickers. Statuses sort in display
 * order (validated, testing, draft, inconclusive, invalidated), categories in their usual order
 * (desirability, viability, feasibility, usability), initiatives by title, importance high first.
 */
export function sortLog(rows: readonly LogRow[], sort: LogSort): LogRow[] {
  const key = KEYS[sort];
  return [...rows].sort((a, b) => key(a, b) || byLastChange(a, b) || byId(a, b));
}
