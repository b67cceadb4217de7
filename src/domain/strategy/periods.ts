import { isIsoDate, type FieldErrors } from '../limits';
import type { Period } from './types';

/** Years an objective may be set for: wide enough for any plan, narrow enough to catch a typo. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

/** The quarter a calendar date (YYYY-MM-DD) falls in. */
export function quarterOf(date: string): Extract<Period, { kind: 'quarter' }> {
  const month = Number(date.slice(5, 7));
  return { kind: 'quarter', year: Number(date.slice(0, 4)), quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The first and last dates of a period, both included. */
export function periodRange(period: Period): { start: string; end: string } {
  if (period.kind === 'custom') return { start: period.start, end: period.end };
  const first = (period.quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(period.year, last, 0)).getUTCDate();
  return { start: `${period.year}-${pad(first)}-01`, end: `${period.year}-${pad(last)}-${pad(lastDay)}` };
}

/** The same key for the same period, to group objectives. */
export function periodKey(period: Period): string {
  return period.kind === 'quarter' ? `${period.year}-Q${period.quarter}` : `${period.start}/${period.end}`;
}

/** Periods in time order: by first day, then the shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  return ra.start < rb.start ? -1 : ra.start > rb.start ? 1 : ra.end < rb.end ? -1 : ra.end > rb.end ? 1 : 0;
}

/** A period's errors by field (year, quarter, start, end), as i18n keys; empty when valid. */
export function periodErrors(value: unknown): FieldErrors {
  if (!value || typeof value !== 'object') return { period: 'errors.valueInvalid' };
  const period = value as Record<string, unknown>;
  const errors: FieldErrors = {};
  if (period.kind === 'quarter') {
    const { year, quarter } = period;
    if (!(typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX)) errors.year = 'errors.yearInvalid';
    if (!(quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4)) errors.quarter = 'errors.valueInvalid';
  } else if (period.kind === 'custom') {
    if (!isIsoDate(period.start)) errors.start = 'errors.dateInvalid';
    if (!isIsoDate(period.end)) errors.end = 'errors.dateInvalid';
    else if (isIsoDate(period.start) && period.end < period.start) errors.end = 'errors.periodEndBeforeStart';
  } else {
    errors.period = 'errors.valueInvalid';
  }
  return errors;
}

/** The period reduced to its own fields, as it is stored. */
export function cleanPeriod(period: Period): Period {
  return period.kind === 'quarter' ? { kind: 'quarter', year: period.year, quarter: period.quarter } : { kind: 'custom', start: period.start, end: period.end };
}
