import { describe, expect, it } from 'vitest';
import { burndownSeries } from '../../../src/domain/delivery/burndown';
import { throughput } from '../../../src/domain/delivery/throughput';
import type { SprintResult, Story } from '../../../src/domain/delivery/types';

type B = Pick<Story, 'sprintId' | 'points' | 'status' | 'doneAt' | 'deletedAt'>;
const at = (day: number, hour: number, minute = 0) => Date.UTC(2025, 0, day, hour, minute);
const story = (points: number | null, status: Story['status'], doneAt: number | null = null, sprintId: string | null = 's1', deletedAt: number | null = null): B => ({ points, status, doneAt, sprintId, deletedAt });

const sprint = { id: 's1', startDate: '2025-01-06', endDate: '2025-01-19', result: null };
const stories = [
  story(5, 'done', at(7, 10)),
  story(3, 'done', at(8, 23, 30)), // 00:30 on the 9th in Paris
  story(8, 'inProgress'),
  story(2, 'todo'),
  story(5, 'done', at(7, 10), 's1', 1), // deleted
  story(13, 'done', at(7, 10), 's2'), // another sprint
];

describe('the burndown', () => {
  it('has one point per day: points left at the end of each day until today, and the ideal line', () => {
    const series = burndownSeries(sprint, stories, '2025-01-10', -60);
    expect(series).toHaveLength(14);
    expect(series.map((p) => p.date).slice(0, 3)).toEqual(['2025-01-06', '2025-01-07', '2025-01-08']);
    expect(series.map((p) => p.remaining)).toEqual([18, 13, 13, 10, 10, null, null, null, null, null, null, null, null, null]);
    // From 18 on the first day to 0 on the last, in 13 equal steps.
    expect(series[0]!.ideal).toBe(18);
    expect(series[1]!.ideal).toBe(16.62);
    expect(series[6]!.ideal).toBe(9.69);
    expect(series[13]!.ideal).toBe(0);
  });

  it('reads done times in the given time zone', () => {
    expect(burndownSeries(sprint, stories, '2025-01-10', 0).map((p) => p.remaining).slice(0, 5)).toEqual([18, 13, 10, 10, 10]);
  });

  it('counts a story done before the start from the first day, and forgets one reopened', () => {
    const series = burndownSeries(sprint, [story(4, 'done', at(3, 9)), story(6, 'inProgress', null), story(2, 'todo', at(7, 9))], '2025-01-19', 0);
    expect(series[0]!.remaining).toBe(8);
    expect(series[13]!.remaining).toBe(8);
  });

  it('takes a closed sprint’s scope from its recorded figures', () => {
    const closed = { ...sprint, result: { plannedPoints: 20 } as SprintResult };
    const series = burndownSeries(closed, stories.slice(0, 2), '2025-02-01', -60);
    expect(series[0]).toEqual({ date: '2025-01-06', remaining: 20, ideal: 20 });
    expect(series[13]).toEqual({ date: '2025-01-19', remaining: 12, ideal: 0 });
  });
});

describe('throughput', () => {
  it('counts stories and points done per ISO week, oldest first, zeros included', () => {
    const done = [
      story(3, 'done', at(13, 9)),
      story(2, 'done', at(12, 23, 30)), // the 13th in Paris
      story(5, 'done', at(8, 9)),
      story(8, 'done', Date.UTC(2024, 11, 20, 9)), // before the window
      story(1, 'todo', null),
      story(1, 'done', at(14, 9), null, 5), // deleted
    ];
    expect(throughput(done, '2025-01-15', 3, -60)).toEqual([
      { week: '2025-W01', start: '2024-12-30', stories: 0, points: 0 },
      { week: '2025-W02', start: '2025-01-06', stories: 1, points: 5 },
      { week: '2025-W03', start: '2025-01-13', stories: 2, points: 5 },
    ]);
  });
});
