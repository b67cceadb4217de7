/**
 * Numbers typed in forms and shown back in them. Empty is unknown (null); a comma is taken as a
 * decimal point (French), spaces as thousands separators; anything else that is not a number
 * stays NaN, for the command to refuse with its own message.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return Number(trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** A stored number as a form shows it: empty when unknown, in the UI language, without grouping. */
export function numberText(value: number | null, language: string): string {
  return value === null ? '' : new Intl.NumberFormat(language, { maximumFractionDigits: 20, useGrouping: false }).format(value);
}

/** The figures of a form's typed fields, read as numbers; a figure not typed stays out, so it is not written. */
export function typedNumbers<K extends string>(typed: Partial<Record<K, string>>): Partial<Record<K, number | null>> {
  const given = Object.entries<string | undefined>(typed).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return Object.fromEntries(given.map(([key, text]) => [key, parseNumber(text)])) as Partial<Record<K, number | null>>;
}
