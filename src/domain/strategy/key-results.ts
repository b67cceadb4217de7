import { SHORT_MAX, type FieldErrors } from '../limits';
import type { KeyResult, KeyResultReading } from './types';

/** Enough for any objective (OKR practice keeps it to 2–5); a bound keeps a pasted list out. */
export const KEY_RESULTS_MAX = 10;

/** The readings a key result keeps: enough for years of monthly measures, bounded so one record stays small. */
export const KEY_RESULT_HISTORY_MAX = 100;
/** A reading from the same initiative within this time corrects the last one (a typo fixed, a value typed in steps). */
export const READING_CORRECTION_MS = 10 * 60 * 1000;

export type KeyResultFields = Omit<KeyResult, 'id' | 'history'>;

/**
 * How far a key result has come from its baseline to its target, in % from 0 to 100:
 * (current − baseline) ÷ (target − baseline), clamped. A target below the baseline is a metric to
 * bring down, and the same formula reads it right. When the target equals the baseline there is
 * no distance to cover: 100 % if the current value is on it, 0 % otherwise. Null while a value is
 * unknown.
 */
export function keyResultProgress(kr: Pick<KeyResult, 'baseline' | 'target' | 'current'>): number | null {
  const { baseline, target, current } = kr;
  if (baseline === null || target === null || current === null) return null;
  if (target === baseline) return current === target ? 100 : 0;
  const ratio = (current - baseline) / (target - baseline);
  return Math.min(100, Math.max(0, ratio * 100));
}

/**
 * The key result measured at a new value: its current value, and the reading added to its history
 * (the oldest dropped past the bound). A reading from the same source (the same initiative's
 * outcome, or a hand edit) moments after the last replaces it rather than piling up the steps of
 * one measure.
 */
export function withReading(kr: KeyResult, reading: KeyResultReading): KeyResult {
  const history = kr.history ?? [];
  const last = history.at(-1);
  const corrects = last !== undefined && last.initiativeId === reading.initiativeId && reading.at - last.at < READING_CORRECTION_MS;
  const next = [...(corrects ? history.slice(0, -1) : history), reading].slice(-KEY_RESULT_HISTORY_MAX);
  return { ...kr, current: reading.value, history: next };
}

/** An objective's progress: the mean of its key results' known progress; null when none is known. */
export function objectiveProgress(keyResults: readonly KeyResult[]): number | null {
  const known = keyResults.map(keyResultProgress).filter((p): p is number => p !== null);
  return known.length === 0 ? null : known.reduce((sum, p) => sum + p, 0) / known.length;
}

const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * Checks a key result's fields (all of them with `complete`, else those present) and returns
 * them cleaned: the metric is required and trimmed, values are numbers or unknown (null).
 */
export function validateKeyResult(input: Partial<Record<keyof KeyResultFields, unknown>>, complete = false): { values: Partial<KeyResultFields>; errors: FieldErrors } {
  const values: Partial<KeyResultFields> = {};
  const errors: FieldErrors = {};
  if (complete || 'metric' in input) {
    const metric = input.metric;
    if (typeof metric !== 'string' || metric.trim() === '') errors.metric = 'errors.keyResultMetricRequired';
    else if (metric.trim().length > SHORT_MAX) errors.metric = 'errors.titleTooLong';
    else values.metric = metric.trim();
  }
  for (const key of ['baseline', 'target', 'current'] as const) {
    if (!complete && !(key in input)) continue;
    const value = input[key] ?? null;
    if (!isNumberOrNull(value)) errors[key] = 'errors.numberInvalid';
    else values[key] = value;
  }
  return { values, errors };
}
