/**
 * Dates as the UI language writes them, in one place. Two kinds of date reach the screen: a
 * calendar day typed or computed as text (YYYY-MM-DD: a sprint's start, an interview, a deadline),
 * which is the same day wherever the reader is; and a moment (milliseconds: when a card closed,
 * when a run started), shown in the reader's time zone.
 */

// Formatters are costly to build and a list formats many dates with the same few.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    formatters.set(key, format);
  }
  return format;
}

/** The day's midnight in UTC, or null when the text is not a day of the calendar. */
function utcDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC takes years below 100 as 19xx; and 2026-02-30 must not become 2 March.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A calendar day (YYYY-MM-DD): "Mar 9, 2026", "March 9, 2026", or "Monday, March 9, 2026"; the text itself when it is not a day. */
export function dayText(iso: string, language: string, style: 'medium' | 'long' | 'full' = 'medium'): string {
  const date = utcDay(iso);
  return date ? formatter(language, { dateStyle: style, timeZone: 'UTC' }).format(date) : iso;
}

/** A calendar day short enough for a chart's axis: its weekday and day for the days of a sprint ("9 Mon", "lun. 9"), its month and day for weeks ("Mar 9"). */
export function axisDayText(iso: string, language: string, unit: 'day' | 'week'): string {
  const date = utcDay(iso);
  const options: Intl.DateTimeFormatOptions = unit === 'day' ? { weekday: 'short', day: 'numeric' } : { month: 'short', day: 'numeric' };
  return date ? formatter(language, { ...options, timeZone: 'UTC' }).format(date) : iso;
}

/** The first and last days of a span, such as a sprint: "Mar 9, 2026 – Mar 20, 2026". */
export function dayRangeText(start: string, end: string, language: string): string {
  return `${dayText(start, language)} – ${dayText(end, language)}`;
}

/** The day of a moment where the reader is: "Mar 9, 2026" or "March 9, 2026". */
export function dateText(ms: number, language: string, style: 'medium' | 'long' = 'medium'): string {
  return formatter(language, { dateStyle: style }).format(ms);
}

/** A moment's day and time where the reader is: "Mar 9, 2026, 2:05 PM". */
export function dateTimeText(ms: number, language: string, style: 'medium' | 'long' = 'medium'): string {
  return formatter(language, { dateStyle: style, timeStyle: 'short' }).format(ms);
}
