import type { TFunction } from '../../i18n/i18n';

const DAY_MS = 86_400_000;

/** A duration in days, to one decimal, as the UI language writes it: "12.5 days", « 12,5 jours ». */
export function daysLabel(ms: number, t: TFunction, language: string): string {
  const days = Math.round((ms / DAY_MS) * 10) / 10;
  return t('metrics.days', { count: days, days: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(days) });
}

/** A share from 0 to 1 as a whole percentage. */
export function percentLabel(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function countLabel(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
