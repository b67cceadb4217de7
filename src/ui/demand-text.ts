import type { Demand } from '../domain/feedback/demand';
import { t } from '../i18n/i18n';

/** Demand in a few words, as a card and the list say it: "3 accounts · 1 strategic", or "2 customers" when none is an account. */
export function demandText(demand: Pick<Demand, 'accounts' | 'strategic' | 'customers'>): string {
  if (demand.accounts === 0) return t('board.cardDemandCustomers', { count: demand.customers });
  const accounts = t('board.cardDemandAccounts', { count: demand.accounts });
  return demand.strategic > 0 ? `${accounts} · ${t('board.cardDemandStrategic', { count: demand.strategic })}` : accounts;
}

/** A yearly revenue in the product's currency, which the app does not name: a whole number, grouped as the UI language groups. */
export function revenueText(amount: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(amount);
}
