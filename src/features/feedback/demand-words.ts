import type { Demand } from '../../domain/feedback/demand';
import type { TFunction } from '../../i18n/i18n';
import { revenueText } from '../../ui/demand-text';

/** Demand in one line's parts: "4 notes", "3 accounts", "2 strategic", "120,000 yearly revenue", "1 critical ask"; the zero ones left out. */
export function demandParts(demand: Demand, t: TFunction, language: string): string[] {
  const parts = [t('demand.figures.notes', { count: demand.notes })];
  parts.push(demand.accounts > 0 ? t('demand.figures.accounts', { count: demand.accounts }) : t('demand.figures.customers', { count: demand.customers }));
  if (demand.strategic > 0) parts.push(t('demand.figures.strategic', { count: demand.strategic }));
  if (demand.revenue > 0) parts.push(t('demand.figures.revenue', { amount: revenueText(demand.revenue, language) }));
  if (demand.critical > 0) parts.push(t('demand.figures.critical', { count: demand.critical }));
  return parts;
}
