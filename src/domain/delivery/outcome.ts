import { LONG_MAX, SHORT_MAX, type FieldErrors } from '../limits';
import type { KeyResult } from '../strategy/types';
import type { Initiative, Stage } from '../types';
import type { Outcome, OutcomeDirection } from './types';

export type OutcomeVerdict = 'met' | 'notMet' | 'pending';
export const OUTCOME_DIRECTIONS: readonly OutcomeDirection[] = ['increase', 'decrease'];

/** What a user records; the time is the command's. */
export type OutcomeFields = Omit<Outcome, 'recordedAt'>;

/** The fields of an outcome not recorded yet: a metric to increase, nothing measured. */
export const NO_OUTCOME: OutcomeFields = { metric: '', direction: 'increase', baseline: null, target: null, actual: null, conclusion: '' };

/**
 * Whether the target was met: for a metric to increase, the actual value at or above the target;
 * to decrease, at or below it. Pending while the target or the actual value is unknown.
 */
export function outcomeVerdict(outcome: Pick<Outcome, 'direction' | 'target' | 'actual'> | null | undefined): OutcomeVerdict {
  if (!outcome || outcome.target === null || outcome.actual === null) return 'pending';
  const met = outcome.direction === 'increase' ? outcome.actual >= outcome.target : outcome.actual <= outcome.target;
  return met ? 'met' : 'notMet';
}

/** An outcome is measured after release: on a card in the Released stage (one not removed), or one closed as shipped. */
export function isReleased(initiative: Pick<Initiative, 'status'>, stage: Pick<Stage, 'defaultKey' | 'deletedAt'> | undefined): boolean {
  if (initiative.status === 'shipped') return true;
  return initiative.status === 'active' && stage?.deletedAt === null && stage.defaultKey === 'released';
}

/**
 * An outcome started from the key result the initiative serves: its metric, baseline and target,
 * better higher when the target is above the baseline. The actual value stays to measure: the key
 * result's current value predates the release, so it is no measure of it.
 */
export function outcomeFromKeyResult(kr: Pick<KeyResult, 'metric' | 'baseline' | 'target'>): OutcomeFields {
  const direction = kr.baseline !== null && kr.target !== null && kr.target < kr.baseline ? 'decrease' : 'increase';
  return { ...NO_OUTCOME, metric: kr.metric, direction, baseline: kr.baseline, target: kr.target };
}

/** Whether an outcome measures the key result: same metric, spaces and case aside; then its actual value is the key result's. */
export function measuresKeyResult(outcome: Pick<Outcome, 'metric'>, kr: Pick<KeyResult, 'metric'>): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(outcome.metric) === norm(kr.metric);
}

const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Checks every field of an outcome: the metric is required, the values are numbers or unknown (null). */
export function validateOutcome(input: Partial<Record<keyof OutcomeFields, unknown>>): { values: OutcomeFields | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const metric = input.metric;
  if (typeof metric !== 'string' || metric.trim() === '') errors.metric = 'errors.metricRequired';
  else if (metric.trim().length > SHORT_MAX) errors.metric = 'errors.titleTooLong';
  if (!(OUTCOME_DIRECTIONS as readonly unknown[]).includes(input.direction)) errors.direction = 'errors.valueInvalid';
  for (const key of ['baseline', 'target', 'actual'] as const) {
    if (!isNumberOrNull(input[key] ?? null)) errors[key] = 'errors.numberInvalid';
  }
  const conclusion = input.conclusion ?? '';
  if (typeof conclusion !== 'string') errors.conclusion = 'errors.valueInvalid';
  else if (conclusion.length > LONG_MAX) errors.conclusion = 'errors.longTextTooLong';
  if (Object.keys(errors).length > 0) return { values: null, errors };
  return {
    values: {
      metric: (metric as string).trim(),
      direction: input.direction as OutcomeDirection,
      baseline: (input.baseline ?? null) as number | null,
      target: (input.target ?? null) as number | null,
      actual: (input.actual ?? null) as number | null,
      conclusion: conclusion as string,
    },
    errors,
  };
}
