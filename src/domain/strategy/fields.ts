import { LONG_MAX, SHORT_MAX, type FieldErrors } from '../limits';
import { cleanPeriod, periodErrors } from './periods';
import type { Competitor, NorthStar, Objective, Period, ProductStrategy } from './types';

/** Enough for the main competitors; a bound keeps a pasted list out of the product record. */
export const COMPETITORS_MAX = 20;

/** What a user writes of the strategy; the framework and the matrix's thresholds have their own commands. */
export type StrategyFields = Required<Omit<ProductStrategy, 'scoring' | 'matrixThresholds'>>;
export type ObjectiveFields = Pick<Objective, 'title' | 'period'>;

export const EMPTY_NORTH_STAR: NorthStar = { metric: '', current: null, target: null };

/** A product's strategy with every field, the absent ones empty. */
export function strategyFieldsOf(product: ProductStrategy): StrategyFields {
  return {
    vision: product.vision ?? '',
    segments: product.segments ?? '',
    valueProposition: product.valueProposition ?? '',
    competitors: product.competitors ?? [],
    northStar: product.northStar ?? EMPTY_NORTH_STAR,
  };
}

const isNumberOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

function textError(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return 'errors.valueInvalid';
  return value.length > max ? (max === SHORT_MAX ? 'errors.titleTooLong' : 'errors.longTextTooLong') : undefined;
}

/**
 * Competitors, each checked on its own: errors are keyed `competitor:<id>` so the form shows them
 * on the right row. A row just added may be blank; a note needs the name of whom it is about.
 */
function competitorsCheck(value: unknown): { values?: Competitor[]; errors: FieldErrors } {
  if (!Array.isArray(value) || value.length > COMPETITORS_MAX) return { errors: { competitors: 'errors.competitorsInvalid' } };
  const errors: FieldErrors = {};
  const ids = new Set<string>();
  const values: Competitor[] = [];
  for (const item of value as unknown[]) {
    const { id, name, note } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || ids.has(id)) return { errors: { competitors: 'errors.competitorsInvalid' } };
    ids.add(id);
    const error = textError(name, SHORT_MAX) ?? textError(note, LONG_MAX);
    if (error) errors[`competitor:${id}`] = error;
    else if ((name as string).trim() === '' && (note as string).trim() !== '') errors[`competitor:${id}`] = 'errors.competitorNameRequired';
    else values.push({ id, name: (name as string).trim(), note: note as string });
  }
  return { values, errors };
}

function northStarCheck(value: unknown): { value?: NorthStar; errors: FieldErrors } {
  const { metric, current, target } = (value ?? {}) as Record<string, unknown>;
  const errors: FieldErrors = {};
  const metricError = textError(metric, SHORT_MAX);
  if (metricError) errors.northStarMetric = metricError;
  if (!isNumberOrNull(current ?? null)) errors.northStarCurrent = 'errors.numberInvalid';
  if (!isNumberOrNull(target ?? null)) errors.northStarTarget = 'errors.numberInvalid';
  if (Object.keys(errors).length > 0) return { errors };
  return { value: { metric: (metric as string).trim(), current: (current ?? null) as number | null, target: (target ?? null) as number | null }, errors };
}

/** Checks the strategy fields present in `input` and returns them cleaned; errors by field (i18n keys). */
export function validateStrategy(input: Partial<Record<keyof StrategyFields, unknown>>): { values: Partial<StrategyFields>; errors: FieldErrors } {
  const values: Partial<StrategyFields> = {};
  let errors: FieldErrors = {};
  for (const key of ['vision', 'segments', 'valueProposition'] as const) {
    if (!(key in input)) continue;
    const error = textError(input[key], LONG_MAX);
    if (error) errors[key] = error;
    else values[key] = input[key] as string;
  }
  if ('competitors' in input) {
    const checked = competitorsCheck(input.competitors);
    errors = { ...errors, ...checked.errors };
    if (checked.values) values.competitors = checked.values;
  }
  if ('northStar' in input) {
    const checked = northStarCheck(input.northStar);
    errors = { ...errors, ...checked.errors };
    if (checked.value) values.northStar = checked.value;
  }
  return { values, errors };
}

/** Checks an objective's title and period (all of them with `complete`, else those present). */
export function validateObjective(input: Partial<Record<keyof ObjectiveFields, unknown>>, complete = false): { values: Partial<ObjectiveFields>; errors: FieldErrors } {
  const values: Partial<ObjectiveFields> = {};
  let errors: FieldErrors = {};
  if (complete || 'title' in input) {
    const title = input.title;
    if (typeof title !== 'string' || title.trim() === '') errors.title = 'errors.objectiveTitleRequired';
    else if (title.trim().length > SHORT_MAX) errors.title = 'errors.titleTooLong';
    else values.title = title.trim();
  }
  if (complete || 'period' in input) {
    const periodErrs = periodErrors(input.period);
    if (Object.keys(periodErrs).length > 0) errors = { ...errors, ...periodErrs };
    else values.period = cleanPeriod(input.period as Period);
  }
  return { values, errors };
}
