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

// 21/Nov/26 9:05 AM, 21/nov./2026 09:05, 21/Nov/26
const JIRA = /^(\d{1,2})\/([^/\s\d]+)\/(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;
// 2026-11-21 09:05, 2026-11-21T09:05:00.000+0100
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date as a Jira CSV export writes it ("21/Nov/26 9:05 AM" by default: day, month abbreviation,
 * two-digit year, 12-hour clock; other formats and languages per the site's settings), read in the
 * local time zone as Jira wrote it. Null when it cannot be read.
 */
export function parseJiraDate(input: string): number | null {
  const text = input.trim();
  const jira = JIRA.exec(text);
  if (jira) {
    const [, day, monthName, yearText, hourText, minute, second, meridiem] = jira;
    const month = monthOf(monthName!);
    if (month === undefined) return null;
    const year = yearText!.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    let hours = Number(hourText ?? 0);
    if (meridiem) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (/^p/i.test(meridiem) ? 12 : 0);
    }
    return localTime(year, month, Number(day), hours, Number(minute ?? 0), Number(second ?? 0));
  }
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, year, month, day, hours, minutes, seconds, zone] = iso;
  const local = localTime(Number(year), Number(month) - 1, Number(day), Number(hours ?? 0), Number(minutes ?? 0), Number(seconds ?? 0));
  if (local === null || !zone) return local;
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds ?? 0)) - offset * 60_000;
}
