import { valueAndEffort } from './scores';
import type { InitiativeScore, ScoringFramework } from './types';

/**
 * The value × effort matrix: each scored initiative in one of four quadrants. The lines between
 * them sit where the product put them for its framework, or else at the median value and the
 * median effort of the scored initiatives shown, so the matrix compares initiatives with each
 * other whatever the framework's units (RICE reach can be in the thousands, ICE stays on 1–10).
 * A value or an effort equal to its line counts as high: a point on a line belongs to the upper
 * or right side, the same rule on both axes.
 */

export type Quadrant = 'quickWins' | 'bigBets' | 'fillIns' | 'moneyPit';

/** In reading order of the matrix: top left, top right, bottom left, bottom right. */
export const QUADRANTS: readonly Quadrant[] = ['quickWins', 'bigBets', 'fillIns', 'moneyPit'];

export interface Thresholds {
  value: number;
  effort: number;
}

/** Where the lines come from: the product's own thresholds, or the medians. */
export type ThresholdSource = 'product' | 'median';

/** Why thresholds cannot be saved (an i18n key per field), or null: each a finite number, 0 or more. */
export function thresholdErrors(thresholds: Thresholds): Partial<Record<keyof Thresholds, string>> | null {
  const errors: Partial<Record<keyof Thresholds, string>> = {};
  for (const key of ['value', 'effort'] as const) {
    if (!Number.isFinite(thresholds[key]) || thresholds[key] < 0) errors[key] = 'strategy.matrix.errors.threshold';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The middle of the sorted numbers, or the mean of the two middle ones; NaN for none. */
export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** High value and low effort is a quick win; high both a big bet; low both a fill-in; low value and high effort a money pit. */
export function quadrantOf(point: { value: number; effort: number }, thresholds: Thresholds): Quadrant {
  const highValue = point.value >= thresholds.value;
  const highEffort = point.effort >= thresholds.effort;
  if (highValue) return highEffort ? 'bigBets' : 'quickWins';
  return highEffort ? 'moneyPit' : 'fillIns';
}

/**
 * Where a number sits along an axis, in % from the low end. Each half of the axis is scaled on its
 * own (from the smallest number to the median, and from the median to the largest), so the four
 * quadrants are the same size however skewed the numbers are. A margin keeps points off the edges
 * and off the median line: below the median is 5–45 %, from the median up 55–95 %; when every
 * number from the median up is the same, they sit in the middle of their half.
 */
export function axisPosition(n: number, range: { min: number; median: number; max: number }): number {
  const { min, median: mid, max } = range;
  if (n >= mid) return max === mid ? 75 : 55 + (40 * (n - mid)) / (max - mid);
  // Below the median, the smallest number is below it too: the span is never empty.
  return 5 + (40 * (n - min)) / (mid - min);
}

export interface MatrixPoint<T> {
  item: T;
  value: number;
  effort: number;
  quadrant: Quadrant;
  /** Effort from the left and value from the bottom, in % of the matrix. */
  x: number;
  y: number;
}

export interface Matrix<T> {
  /** Null while nothing is scored. */
  thresholds: Thresholds | null;
  source: ThresholdSource;
  /** By quadrant (in QUADRANTS order), then the most valuable first, then the least effort, then as given. */
  points: MatrixPoint<T>[];
  /** The items without a complete score, as given. */
  unscored: T[];
}

const bounds = (numbers: readonly number[]) => ({ min: Math.min(...numbers), median: median(numbers), max: Math.max(...numbers) });

/**
 * Places the items that have a complete score in the framework, against the product's thresholds
 * when it has set them, the medians otherwise; pure, the items in the order given.
 */
export function buildMatrix<T extends { score?: InitiativeScore | undefined }>(items: readonly T[], framework: ScoringFramework, own: Thresholds | null = null): Matrix<T> {
  const scored: { item: T; index: number; value: number; effort: number }[] = [];
  const unscored: T[] = [];
  items.forEach((item, index) => {
    const ve = valueAndEffort(item.score, framework);
    if (ve) scored.push({ item, index, ...ve });
    else unscored.push(item);
  });
  const source: ThresholdSource = own ? 'product' : 'median';
  if (scored.length === 0) return { thresholds: null, source, points: [], unscored };

  // A product's line outside the scores' span still splits the axis: the span reaches it.
  const axis = (numbers: number[], line: number | undefined) => {
    const b = bounds(numbers);
    return line === undefined ? b : { min: Math.min(b.min, line), median: line, max: Math.max(b.max, line) };
  };
  const values = axis(scored.map((s) => s.value), own?.value);
  const efforts = axis(scored.map((s) => s.effort), own?.effort);
  const thresholds = { value: values.median, effort: efforts.median };
  const points = scored.map((s) => ({
    ...s,
    quadrant: quadrantOf(s, thresholds),
    x: axisPosition(s.effort, efforts),
    y: axisPosition(s.value, values),
  }));
  points.sort((a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant) || b.value - a.value || a.effort - b.effort || a.index - b.index);
  return { thresholds, source, points: points.map(({ item, value, effort, quadrant, x, y }) => ({ item, value, effort, quadrant, x, y })), unscored };
}
