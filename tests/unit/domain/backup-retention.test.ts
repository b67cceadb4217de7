import { describe, expect, it } from 'vitest';
import { snapshotsToPrune } from '../../../src/domain/backup/retention';

/** A local time on a day of November 2026 (retention counts days in the user's time zone). */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('snapshotsToPrune', () => {
  it('keeps the last ten and the last of each older day: 14 snapshots over 4 days', () => {
    const snapshots = [
      { id: 'd1-09', at: at(18, 9) },
      { id: 'd1-12', at: at(18, 12) },
      { id: 'd1-17', at: at(18, 17) },
      { id: 'd2-10', at: at(19, 10) },
      { id: 'd2-15', at: at(19, 15) },
      { id: 'd3-09', at: at(20, 9) },
      { id: 'd3-11', at: at(20, 11) },
      { id: 'd3-14', at: at(20, 14) },
      { id: 'd3-16', at: at(20, 16) },
      { id: 'd4-08', at: at(21, 8) },
      { id: 'd4-09', at: at(21, 9) },
      { id: 'd4-10', at: at(21, 10) },
      { id: 'd4-11', at: at(21, 11) },
      { id: 'd4-12', at: at(21, 12) },
    ];
    // The last ten: d4 (5), d3 (4) and d2-15. Older: d2-10 (its day already has d2-15), and d1,
    // whose last, d1-17, stays.
    const shuffled = [...snapshots.filter((_, i) => i % 2 === 1), ...snapshots.filter((_, i) => i % 2 === 0)];
    expect(snapshotsToPrune(shuffled).sort()).toEqual(['d1-09', 'd1-12', 'd2-10']);
  });

  it('keeps everything up to ten', () => {
    const snapshots = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, at: at(21, 8, i) }));
    expect(snapshotsToPrune(snapshots)).toEqual([]);
  });

  it('keeps one a day for older days', () => {
    const recent = Array.from({ length: 10 }, (_, i) => ({ id: `recent${i}`, at: at(30, 8, i) }));
    const older = Array.from({ length: 20 }, (_, i) => [
      { id: `morning${i + 1}`, at: at(i + 1, 8) },
      { id: `evening${i + 1}`, at: at(i + 1, 20) },
    ]).flat();
    expect(snapshotsToPrune([...recent, ...older]).sort()).toEqual(older.filter((s) => s.id.startsWith('morning')).map((s) => s.id).sort());
  });

  it('keeps the older days for a month at most: of 40 older days, the 30 most recent', () => {
    const recent = Array.from({ length: 10 }, (_, i) => ({ id: `recent${i}`, at: new Date(2026, 11, 31, 8, i).getTime() }));
    const older = Array.from({ length: 40 }, (_, i) => ({ id: `day${i + 1}`, at: new Date(2026, 10, 1 + i, 12).getTime() }));
    // Days 11 to 40 (the 30 nearest) stay; days 1 to 10 go.
    expect(snapshotsToPrune([...recent, ...older]).sort()).toEqual(older.slice(0, 10).map((s) => s.id).sort());
  });
});
