import { normalize } from '../filter';

/** Month abbreviations as Jira writes them in English, French, German and Spanish, accents removed. */
const MONTHS = new Map<string, number>(
  [
    ['jan', 'janv', 'ene'],
    ['feb', 'fev', 'fevr'],
    ['mar', 'mars', 'mrz', 'maer'],
    ['apr', 'avr', 'abr'],
    ['may', 'mai'],
    ['jun', 'juin'],
    ['jul', 'juil'],
    ['aug', 'aout', 'ago'],
    ['sep', 'sept'],
    ['oct', 'okt'],
    ['nov'],
    ['dec', 'dez', 'dic'],
  ].flatMap((names, month) => names.map((name) => [name, month] as const)),
);

function monthOf(token: string): number | undefined {
  const name = normalize(token).replace(/\.$/, '');
  return MONTHS.get(name) ?? MONTHS.get(name.slice(0, 4)) ?? MONTHS.get(name.slice(0, 3));
}

/** A local time, or null when a part is out of range (31 February, 25 o'clock). */
function localTime(year: number, month: number, day: number, hours: number, minutes: number, seconds: number): number | null {
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month, day, hours, minutes, seconds);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** Hours on a 24-hour clock from the file's, or null when a 12-hour clock is out of range. */
function hoursOf(hourText: string | undefined, meridiem: string | undefined): number | null {
  const hours = Number(hourText ?? 0);
  if (!meridiem) return hours;
  if (hours < 1 || hours > 12) return null;
  return (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
}

const yearOf = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

// 21/Nov/26 9:05 AM, 21/nov./2026 09:05, 21/Nov/26
const JIRA = /^(\d{1,2})\/([^/\s\d]+)\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
// 21/11/2026 09:05, 11/21/26 9:05 AM, 21.11.2026: the file saved again by a spreadsheet, in its own format.
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
// 2026-11-21 09:05, 2026-11-21T09:05:00.000+0100
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Which comes first in a numeric date: the day, as most of the world writes it, or the month, as the United States do. */
export type DayOrder = 'dmy' | 'mdy';

/** The order of the numeric dates of a file: month first only when some date can be read no other way. */
export function dayOrderOf(values: readonly string[]): DayOrder {
  let monthFirst = false;
  for (const value of values) {
    const numeric = NUMERIC.exec(value.trim());
    if (!numeric) continue;
    if (Number(numeric[1]) > 12) return 'dmy';
    if (Number(numeric[2]) > 12) monthFirst = true;
  }
  return monthFirst ? 'mdy' : 'dmy';
}

/**
 * A date as a Jira CSV export writes it ("21/Nov/26 9:05 AM" by default: day, month abbreviation,
 * two-digit year, 12-hour clock; other formats and languages per the site's settings; numeric
 * dates when a spreadsheet saved the file again, in `order`), read in the local time zone as Jira
 * wrote it. Null when it cannot be read.
 */
export function parseJiraDate(input: string, order: DayOrder = 'dmy'): number | null {
  const text = input.trim();
  const jira = JIRA.exec(text);
  if (jira) {
    const [, day, monthName, yearText, hourText, minute, second, meridiem] = jira;
    const month = monthOf(monthName!);
    const hours = hoursOf(hourText, meridiem);
    if (month === undefined || hours === null) return null;
    return localTime(yearOf(yearText!), month, Number(day), hours, Number(minute ?? 0), Number(second ?? 0));
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first, second, yearText, hourText, minute, secondText, meridiem] = numeric;
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    const hours = hoursOf(hourText, meridiem);
    if (hours === null) return null;
    return localTime(yearOf(yearText!), Number(month) - 1, Number(day), hours, Number(minute ?? 0), Number(secondText ?? 0));
  }
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, year, month, day, hours, minutes, seconds, zone] = iso;
  const local = localTime(Number(year), Number(month) - 1, Number(day), Number(hours ?? 0), Number(minutes ?? 0), Number(seconds ?? 0));
  if (local === null || !zone) return local;
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds ?? 0)) - offset * 60_000;
}
