import { describe, expect, it } from 'vitest';
import { addDays, datesFrom, daysBetween, isoWeek, isoWeekStart, toLocalDate } from '../../../src/domain/delivery/dates';

describe('local dates', () => {
  it('puts a moment on the calendar date it has in the given time zone', () => {
    const lateUtc = Date.UTC(2025, 0, 14, 23, 30); // 23:30 UTC on the 14th
    expect(toLocalDate(lateUtc, 0)).toBe('2025-01-14');
    expect(toLocalDate(lateUtc, -60)).toBe('2025-01-15'); // Paris in winter: 00:30 on the 15th
    expect(toLocalDate(Date.UTC(2025, 0, 15, 3, 0), 300)).toBe('2025-01-14'); // New York: 22:00 on the 14th
  });

  it('counts days across a month end and a daylight-saving change', () => {
    expect(addDays('2025-01-30', 3)).toBe('2025-02-02');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-03-28', '2025-04-02')).toBe(5); // Europe changes clocks on 30 March
    expect(daysBetween('2025-01-10', '2025-01-08')).toBe(-2);
    expect(datesFrom('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(datesFrom('2025-01-02', '2025-01-01')).toEqual([]);
  });

  it('names ISO weeks: Monday first, week 1 holds the first Thursday', () => {
    expect(isoWeekStart('2025-01-15')).toBe('2025-01-13'); // a Wednesday
    expect(isoWeekStart('2025-01-19')).toBe('2025-01-13'); // a Sunday
    expect(isoWeekStart('2025-01-13')).toBe('2025-01-13');
    expect(isoWeek('2025-01-15')).toBe('2025-W03');
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // Monday of the week holding 2 January 2025
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});
