import type { Sprint } from '../delivery/types';
import { periodRange } from '../strategy/periods';

/** The span a product review covers: a calendar month, a calendar quarter, or a sprint. */
export type ReviewPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'sprint'; sprintId: string };

/** Calendar dates (YYYY-MM-DD), both included. */
export interface DateSpan {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period as the URL writes it: 2026-11, 2026-Q4, sprint:<id>. */
export function reviewPeriodKey(period: ReviewPeriod): string {
  if (period.kind === 'month') return `${period.year}-${pad(period.month)}`;
  if (period.kind === 'quarter') return `${period.year}-Q${period.quarter}`;
  return `sprint:${period.sprintId}`;
}

/** The period a URL names, or null when the text names none. */
export function parseReviewPeriod(text: string | null): ReviewPeriod | null {
  if (!text) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 };
  const sprint = /^sprint:(.+)$/.exec(text);
  return sprint ? { kind: 'sprint', sprintId: sprint[1]! } : null;
}

function monthOf(date: string): Extract<ReviewPeriod, { kind: 'month' }> {
  return { kind: 'month', year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The month `n` months after the given one (before, when negative). */
function shiftMonth(period: Extract<ReviewPeriod, { kind: 'month' }>, n: number): Extract<ReviewPeriod, { kind: 'month' }> {
  const index = period.year * 12 + (period.month - 1) + n;
  return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The period a review opens on: the last complete month. A review is the report a product manager
 * takes to a monthly meeting, held early in the next month; a finished month's figures no longer
 * change once shared. The month so far is the first choice of the picker.
 */
export function defaultReviewPeriod(today: string): ReviewPeriod {
  return shiftMonth(monthOf(today), -1);
}

/** The `count` months up to today's, the current one first. */
export function recentMonths(today: string, count: number): ReviewPeriod[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(monthOf(today), -i));
}

/** The `count` quarters up to today's, the current one first. */
export function recentQuarters(today: string, count: number): ReviewPeriod[] {
  const month = monthOf(today);
  const current = month.year * 4 + Math.floor((month.month - 1) / 3);
  return Array.from({ length: count }, (_, i) => ({ kind: 'quarter', year: Math.floor((current - i) / 4), quarter: (((current - i) % 4) + 1) as 1 | 2 | 3 | 4 }));
}

/** The dates a period covers; a sprint's are its own dates, null when the sprint is unknown. */
export function reviewSpan(period: ReviewPeriod, sprints: readonly Pick<Sprint, 'id' | 'startDate' | 'endDate'>[]): DateSpan | null {
  if (period.kind === 'quarter') return periodRange(period);
  if (period.kind === 'month') {
    const lastDay = new Date(Date.UTC(period.year, period.month, 0)).getUTCDate();
    return { start: `${period.year}-${pad(period.month)}-01`, end: `${period.year}-${pad(period.month)}-${pad(lastDay)}` };
  }
  const sprint = sprints.find((s) => s.id === period.sprintId);
  return sprint ? { start: sprint.startDate, end: sprint.endDate } : null;
}

/** Whether a calendar date falls in a span. */
export function inSpan(date: string, span: DateSpan): boolean {
  return date >= span.start && date <= span.end;
}

/** Whether a span is still running today: its figures may still change. */
export function isOngoing(span: DateSpan, today: string): boolean {
  return span.end >= today;
}
