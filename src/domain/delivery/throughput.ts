import { addDays, isoWeek, isoWeekStart, toLocalDate } from './dates';
import type { Story } from './types';

export interface ThroughputWeek {
  /** ISO week, as 2025-W03. */
  week: string;
  /** Its Monday, YYYY-MM-DD. */
  start: string;
  /** Stories done that week, and their points. */
  stories: number;
  points: number;
}

/**
 * Continuous flow's measure instead of velocity: stories done per ISO week (Monday to Sunday, in
 * the user's local dates), for the `weeks` weeks up to and including today's, oldest first. Weeks
 * with nothing done are listed with zeros so a chart shows the gap.
 */
export function throughput(
  stories: readonly Pick<Story, 'status' | 'doneAt' | 'points' | 'deletedAt'>[],
  today: string,
  weeks = 8,
  offsetMinutes?: number,
): ThroughputWeek[] {
  const thisWeek = isoWeekStart(today);
  const rows: ThroughputWeek[] = Array.from({ length: Math.max(1, weeks) }, (_, i) => {
    const start = addDays(thisWeek, -7 * (Math.max(1, weeks) - 1 - i));
    return { week: isoWeek(start), start, stories: 0, points: 0 };
  });
  const byStart = new Map(rows.map((r) => [r.start, r]));
  for (const s of stories) {
    if (s.deletedAt !== null || s.status !== 'done' || s.doneAt === null) continue;
    const row = byStart.get(isoWeekStart(toLocalDate(s.doneAt, offsetMinutes)));
    if (!row) continue;
    row.stories += 1;
    row.points += s.points ?? 0;
  }
  return rows;
}
