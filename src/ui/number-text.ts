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
