/**
 * Calendar dates for Delivery. Sprints are calendar dates (YYYY-MM-DD, both ends included), and
 * a moment (a story's doneAt) falls on the date it has in the user's time zone: work done at
 * 00:30 in Paris counts for that Paris day, not for the UTC day before. Date arithmetic runs on
 * UTC midnights, so daylight-saving changes never make a day 23 or 25 hours long.
 */

const DAY_MS = 86_400_000;

/**
 * The local calendar date of a moment. `offsetMinutes` is what Date#getTimezoneOffset gives
 * (minutes to add to local time to get UTC: -60 in Paris in winter); it defaults to the
 * machine's offset at that moment, and tests pass one to be independent of where they run.
 */
export function toLocalDate(ms: number, offsetMinutes: number = new Date(ms).getTimezoneOffset()): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Every date from `start` to `end`, both included; empty when `end` is before `start`. */
export function datesFrom(start: string, end: string): string[] {
  const n = daysBetween(start, end);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(start, i));
}

/** The Monday that starts the ISO week of a date. */
export function isoWeekStart(date: string): string {
  const weekday = new Date(utcMidnight(date)).getUTCDay(); // 0 is Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The ISO week of a date, as 2025-W03: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const thursday = addDays(isoWeekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
