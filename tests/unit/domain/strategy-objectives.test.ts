import { describe, expect, it } from 'vitest';
import { validateObjective, validateStrategy, strategyFieldsOf } from '../../../src/domain/strategy/fields';
import { keyResultProgress, objectiveProgress, validateKeyResult } from '../../../src/domain/strategy/key-results';
import { comparePeriods, periodErrors, periodKey, periodRange, quarterOf } from '../../../src/domain/strategy/periods';

const kr = (baseline: number | null, target: number | null, current: number | null) => ({ id: crypto.randomUUID(), metric: 'm', baseline, target, current });

describe('key result progress', () => {
  it('is (current − baseline) ÷ (target − baseline), in %', () => {
    // (55 − 48) ÷ (70 − 48) = 7 ÷ 22 = 31.8 %
    expect(keyResultProgress(kr(48, 70, 55))).toBeCloseTo(31.818, 3);
    expect(keyResultProgress(kr(0, 200, 50))).toBe(25);
    expect(keyResultProgress(kr(20, 50, 50))).toBe(100);
  });

  it('reads a target below the baseline as a metric to bring down', () => {
    // From 40 refunds a month down to 10, now 17: (17 − 40) ÷ (10 − 40) = 23 ÷ 30 = 76.7 %
    expect(keyResultProgress(kr(40, 10, 17))).toBeCloseTo(76.667, 3);
    expect(keyResultProgress(kr(6, 0, 2))).toBeCloseTo(66.667, 3);
  });

  it('is clamped to 0–100 % when the metric went the wrong way or beyond the target', () => {
    expect(keyResultProgress(kr(48, 70, 40))).toBe(0);
    expect(keyResultProgress(kr(48, 70, 90))).toBe(100);
    expect(keyResultProgress(kr(40, 10, 45))).toBe(0);
    expect(keyResultProgress(kr(40, 10, 5))).toBe(100);
  });

  it('with the target on the baseline, is reached only when the current value is on it', () => {
    expect(keyResultProgress(kr(5, 5, 5))).toBe(100);
    expect(keyResultProgress(kr(5, 5, 6))).toBe(0);
    expect(keyResultProgress(kr(5, 5, 4))).toBe(0);
  });

  it('is unknown while a value is', () => {
    expect(keyResultProgress(kr(null, 70, 55))).toBeNull();
    expect(keyResultProgress(kr(48, null, 55))).toBeNull();
    expect(keyResultProgress(kr(48, 70, null))).toBeNull();
  });

  it('averages into the objective’s progress, over the key results that are measurable', () => {
    expect(objectiveProgress([kr(0, 100, 20), kr(40, 10, 10), kr(null, 1, 1)])).toBe(60);
    expect(objectiveProgress([kr(null, 1, 1)])).toBeNull();
    expect(objectiveProgress([])).toBeNull();
  });

  it('validates a key result: the metric is required, values are numbers or unknown', () => {
    expect(validateKeyResult({ metric: '  Churn (%) ' }, true)).toEqual({ values: { metric: 'Churn (%)', baseline: null, target: null, current: null }, errors: {} });
    expect(validateKeyResult({ metric: ' ', target: Number.NaN, current: Infinity }, true).errors).toEqual({
      metric: 'errors.keyResultMetricRequired',
      target: 'errors.numberInvalid',
      current: 'errors.numberInvalid',
    });
    expect(validateKeyResult({ current: 3 })).toEqual({ values: { current: 3 }, errors: {} });
  });
});

describe('periods', () => {
  it('finds the quarter of a date, and the dates of a quarter', () => {
    expect(quarterOf('2025-01-15')).toEqual({ kind: 'quarter', year: 2025, quarter: 1 });
    expect(quarterOf('2025-12-31')).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(periodRange({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodRange({ kind: 'quarter', year: 2025, quarter: 2 })).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(periodRange({ kind: 'custom', start: '2025-02-10', end: '2025-08-09' })).toEqual({ start: '2025-02-10', end: '2025-08-09' });
  });

  it('orders periods by first day, then the shorter first, and keys them for grouping', () => {
    const q1 = { kind: 'quarter', year: 2025, quarter: 1 } as const;
    const half = { kind: 'custom', start: '2025-01-01', end: '2025-06-30' } as const;
    const q2 = { kind: 'quarter', year: 2025, quarter: 2 } as const;
    expect([q2, half, q1].sort(comparePeriods)).toEqual([q1, half, q2]);
    expect(periodKey(q1)).toBe('2025-Q1');
    expect(periodKey(half)).toBe('2025-01-01/2025-06-30');
  });

  it('refuses a year out of range, a quarter other than 1–4, bad dates and an end before the start', () => {
    expect(periodErrors({ kind: 'quarter', year: 2025, quarter: 4 })).toEqual({});
    expect(periodErrors({ kind: 'quarter', year: 25, quarter: 5 })).toEqual({ year: 'errors.yearInvalid', quarter: 'errors.valueInvalid' });
    expect(periodErrors({ kind: 'custom', start: '2025-02-30', end: '2025-03-01' })).toEqual({ start: 'errors.dateInvalid' });
    expect(periodErrors({ kind: 'custom', start: '2025-03-02', end: '2025-03-01' })).toEqual({ end: 'errors.periodEndBeforeStart' });
    expect(periodErrors({ kind: 'custom', start: '2025-03-01', end: '2025-03-01' })).toEqual({});
    expect(periodErrors({ kind: 'year' })).toEqual({ period: 'errors.valueInvalid' });
  });
});

describe('objective and strategy fields', () => {
  it('checks an objective’s title and period, and stores only their fields', () => {
    const period = { kind: 'quarter', year: 2025, quarter: 3, extra: true } as never;
    expect(validateObjective({ title: ' Grow ', period }, true)).toEqual({ values: { title: 'Grow', period: { kind: 'quarter', year: 2025, quarter: 3 } }, errors: {} });
    expect(validateObjective({ title: '' }, true).errors).toEqual({ title: 'errors.objectiveTitleRequired', period: 'errors.valueInvalid' });
  });

  it('reads absent strategy fields as empty', () => {
    expect(strategyFieldsOf({})).toEqual({ vision: '', segments: '', valueProposition: '', competitors: [], northStar: { metric: '', current: null, target: null } });
  });

  it('checks competitors row by row: a blank row is fine, a note needs a name', () => {
    const { values, errors } = validateStrategy({
      competitors: [
        { id: 'a', name: ' Trello ', note: 'Free to start' },
        { id: 'b', name: '', note: '' },
        { id: 'c', name: ' ', note: 'Cheaper' },
      ],
    });
    expect(errors).toEqual({ 'competitor:c': 'errors.competitorNameRequired' });
    expect(values.competitors).toEqual([
      { id: 'a', name: 'Trello', note: 'Free to start' },
      { id: 'b', name: '', note: '' },
    ]);
    expect(validateStrategy({ competitors: [{ id: 'a', name: 'x', note: '' }, { id: 'a', name: 'y', note: '' }] }).errors).toEqual({ competitors: 'errors.competitorsInvalid' });
  });

  it('checks the north star and the texts', () => {
    expect(validateStrategy({ northStar: { metric: ' Weekly active teams ', current: 1240, target: null }, vision: 'Go' })).toEqual({
      values: { northStar: { metric: 'Weekly active teams', current: 1240, target: null }, vision: 'Go' },
      errors: {},
    });
    expect(validateStrategy({ northStar: { metric: 'x', current: Number.NaN, target: 1 }, segments: 'x'.repeat(2001) }).errors).toEqual({
      northStarCurrent: 'errors.numberInvalid',
      segments: 'errors.longTextTooLong',
    });
  });
});
