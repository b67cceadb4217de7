import { periodRange } from '../../domain/strategy/periods';
import type { Period, RiceImpact, ScoringFramework } from '../../domain/strategy/types';
import type { TFunction } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';

/** A period as the UI language writes it: "Q3 2025", or "1 Jul 2025 – 30 Sep 2025". */
export function periodLabel(period: Period, t: TFunction, language: string): string {
  if (period.kind === 'quarter') return t('strategy.periods.quarter', { quarter: period.quarter, year: period.year });
  const { start, end } = periodRange(period);
  return t('strategy.periods.custom', { start: dayText(start, language), end: dayText(end, language) });
}

/** A score, to one decimal at most. */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);
}

/** A progress from 0 to 100, as a whole percentage. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

export const frameworkName = (framework: ScoringFramework) => (framework === 'rice' ? 'RICE' : 'ICE');

export function impactLabels(t: TFunction): Record<RiceImpact, string> {
  return {
    3: t('strategy.rice.impacts.massive'),
    2: t('strategy.rice.impacts.high'),
    1: t('strategy.rice.impacts.medium'),
    0.5: t('strategy.rice.impacts.low'),
    0.25: t('strategy.rice.impacts.minimal'),
  };
}
