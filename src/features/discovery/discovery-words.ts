import { statementText } from '../../domain/discovery/hypothesis-log';
import type { AssumptionCategory, Hypothesis, HypothesisStatus } from '../../domain/discovery/types';
import type { TFunction } from '../../i18n/i18n';

/** The words of the Lean UX statement in the UI language. */
export function statementWords(t: TFunction) {
  return {
    weBelieve: t('discovery.statement.weBelieve'),
    for: t('discovery.statement.for'),
    willAchieve: t('discovery.statement.willAchieve'),
    weWillKnow: t('discovery.statement.weWillKnow'),
  };
}

/** A hypothesis as one sentence: "We believe that … for … will achieve …". */
export function statementOf(h: Hypothesis, t: TFunction): string {
  return statementText(h, statementWords(t));
}

export function statusLabels(t: TFunction): Record<HypothesisStatus, string> {
  return {
    draft: t('discovery.statuses.draft'),
    testing: t('discovery.statuses.testing'),
    validated: t('discovery.statuses.validated'),
    invalidated: t('discovery.statuses.invalidated'),
    inconclusive: t('discovery.statuses.inconclusive'),
  };
}

export function categoryLabels(t: TFunction): Record<AssumptionCategory, string> {
  return {
    desirability: t('discovery.categories.desirability'),
    viability: t('discovery.categories.viability'),
    feasibility: t('discovery.categories.feasibility'),
    usability: t('discovery.categories.usability'),
  };
}

/** Today as an ISO day in the user's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
