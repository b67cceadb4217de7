import { datesFrom, toLocalDate } from './dates';
import { plannedPoints } from './sprints';
import type { Sprint, Story } from './types';

export interface BurndownPoint {
  /** YYYY-MM-DD. */
  date: string;
  /** Points not done at the end of that day; null for days after today (not known yet). */
  remaining: number | null;
  /** The ideal line: straight from the planned points on the first day to 0 on the last. */
  ideal: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The burndown of a sprint: one point per calendar day (weekends included) from its start to its
 * end date. The scope is the sprint's stories as they are now (a story added mid-sprint raises
 * every day's line, a common simplification); once closed, the planned points recorded at closing
 * are the scope, since the unfinished stories have moved on. A story counts as done from the end
 * of the local day of its doneAt (see toLocalDate); one done before the start counts from day one.
 * `today` is the user's local date; `offsetMinutes` is passed through to toLocalDate for tests.
 */
export function burndownSeries(
  sprint: Pick<Sprint, 'id' | 'startDate' | 'endDate' | 'result'>,
  stories: readonly Pick<Story, 'sprintId' | 'points' | 'status' | 'doneAt' | 'deletedAt'>[],
  today: string,
  offsetMinutes?: number,
): BurndownPoint[] {
  const scope = stories.filter((s) => s.deletedAt === null && s.sprintId === sprint.id);
  const planned = sprint.result?.plannedPoints ?? plannedPoints(scope);
  const doneOn = scope
    .filter((s) => s.status === 'done' && s.doneAt !== null)
    .map((s) => ({ date: toLocalDate(s.doneAt!, offsetMinutes), points: s.points ?? 0 }));
  const dates = datesFrom(sprint.startDate, sprint.endDate);
  const last = Math.max(1, dates.length - 1);
  return dates.map((date, i) => {
    const done = doneOn.filter((d) => d.date <= date).reduce((n, d) => n + d.points, 0);
    return {
      date,
      remaining: date > today ? null : round2(Math.max(0, planned - done)),
      ideal: round2((planned * (last - i)) / last),
    };
  });
}
