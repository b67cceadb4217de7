import { describe, expect, it } from 'vitest';
import {
  defaultReviewPeriod,
  inSpan,
  isOngoing,
  parseReviewPeriod,
  recentMonths,
  recentQuarters,
  reviewPeriodKey,
  reviewSpan,
} from '../../../src/domain/review/period';
import { sprint } from './review-fixtures';

describe('a review period in the URL', () => {
  it.each(['2026-11', '2026-01', '2026-Q4', '2025-Q1', 'sprint:s-12'])('reads back what it writes: %s', (key) => {
    expect(reviewPeriodKey(parseReviewPeriod(key)!)).toBe(key);
  });

  it('reads a month, a quarter and a sprint', () => {
    expect(parseReviewPeriod('2026-11')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(parseReviewPeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(parseReviewPeriod('sprint:abc')).toEqual({ kind: 'sprint', sprintId: 'abc' });
  });

  it.each([null, '', '2026-13', '2026-00', '2026-Q5', '2026-11-01', 'sprint:', 'november'])('names no period with %s', (text) => {
    expect(parseReviewPeriod(text)).toBeNull();
  });
});

describe('the periods offered', () => {
  it('opens on the last complete month, across a new year too', () => {
    expect(defaultReviewPeriod('2026-12-02')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(defaultReviewPeriod('2026-01-31')).toEqual({ kind: 'month', year: 2025, month: 12 });
  });

  it('lists the months and quarters up to today’s, the current one first', () => {
    expect(recentMonths('2026-02-10', 3).map(reviewPeriodKey)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentQuarters('2026-02-10', 3).map(reviewPeriodKey)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });
});

describe('the dates a period covers', () => {
  const sprints = [sprint('s1', 'Sprint 1', '2026-11-16', '2026-11-29')];

  it('covers a whole month, 29 February in a leap year', () => {
    expect(reviewSpan({ kind: 'month', year: 2028, month: 2 }, [])).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(reviewSpan({ kind: 'month', year: 2026, month: 12 }, [])).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('covers a calendar quarter, and a sprint’s own dates', () => {
    expect(reviewSpan({ kind: 'quarter', year: 2026, quarter: 4 }, [])).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(reviewSpan({ kind: 'sprint', sprintId: 's1' }, sprints)).toEqual({ start: '2026-11-16', end: '2026-11-29' });
  });

  it('covers nothing for a sprint it does not know', () => {
    expect(reviewSpan({ kind: 'sprint', sprintId: 'gone' }, sprints)).toBeNull();
  });

  it('includes both ends, and says whether the period is still running', () => {
    const span = { start: '2026-11-01', end: '2026-11-30' };
    expect(['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01'].map((d) => inSpan(d, span))).toEqual([false, true, true, false]);
    expect(isOngoing(span, '2026-11-30')).toBe(true);
    expect(isOngoing(span, '2026-12-01')).toBe(false);
  });
});
