/**
 * Text limits and small checks every feature's rules share. Kept apart from the discovery field
 * rules (discovery/fields.ts), so a module that needs a limit does not load every rule with it.
 */

export const SHORT_MAX = 200;
export const LONG_MAX = 2_000;
export const STORY_MAX = 10_000;

/** Refusals field by field: each value is an i18n key. */
export type FieldErrors = Record<string, string>;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What the undo button names for a record: its first words, on one line. */
export function shortLabel(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
