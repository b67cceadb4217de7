import type { Account } from '../../domain/feedback/types';
import type { TFunction } from '../../i18n/i18n';
import { parseNumber } from '../../ui/number-text';

/** A yearly revenue as the lists show it: grouped digits in the UI language, no currency (the product's own). */
export function revenueText(revenue: number | null, language: string, t: TFunction): string {
  return revenue === null ? t('accounts.noRevenue') : new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(revenue);
}

export function segmentText(segment: Account['segment'], t: TFunction): string {
  return t(`accounts.form.segments.${segment || 'none'}`);
}

/**
 * An amount as typed: in English a comma groups thousands ("12,000" is twelve thousand, not
 * twelve); in French it is the decimal comma, and spaces group thousands.
 */
export function parseAmount(text: string, language: string): number | null {
  return parseNumber(language === 'en' ? text.replace(/,/g, '') : text);
}
