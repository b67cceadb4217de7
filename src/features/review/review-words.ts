import type { OutcomeVerdict } from '../../domain/delivery/outcome';
import type { ActionItem, Outcome, Sprint } from '../../domain/delivery/types';
import { DECIDED_STATUSES, EXPERIMENT_METHODS, type DecidedStatus, type ExperimentMethod } from '../../domain/discovery/types';
import type { ReviewMarkdownTexts } from '../../domain/review/markdown';
import { isOngoing, type DateSpan, type ReviewPeriod } from '../../domain/review/period';
import type { KeyResult } from '../../domain/strategy/types';
import { LANES, type Lane } from '../../domain/types';
import type { TFunction } from '../../i18n/i18n';
import { dateText, dayRangeText, dayText } from '../../ui/date-text';

const capitalised = (text: string, language: string) => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** A period as the picker and the headings name it: "October 2026", "Q4 2026", "Sprint 12". */
export function periodName(period: ReviewPeriod, sprints: readonly Pick<Sprint, 'id' | 'name'>[], t: TFunction, language: string): string {
  if (period.kind === 'quarter') return t('review.quarter', { quarter: period.quarter, year: period.year });
  if (period.kind === 'sprint') return sprints.find((s) => s.id === period.sprintId)?.name ?? t('review.deletedSprint');
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(period.year, period.month - 1, 1));
  return capitalised(month, language);
}

/** "12 %", in the UI language; "not measured yet" for an unknown progress. */
export function percentText(progress: number | null, t: TFunction, language: string): string {
  if (progress === null) return t('review.objectives.notMeasured');
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(progress / 100);
}

function figure(n: number | null, t: TFunction, language: string): string {
  return n === null ? t('review.delivery.unknown') : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n);
}

/** An outcome's figures: "baseline 18 · target 25 · actual 27". */
export function outcomeFigures(outcome: Outcome, t: TFunction, language: string): string {
  const value = (n: number | null) => figure(n, t, language);
  return t('review.delivery.figures', { baseline: value(outcome.baseline), target: value(outcome.target), actual: value(outcome.actual) });
}

/** Where a key result stands: "45 → 32, target 15". */
export function keyResultFigures(kr: KeyResult, t: TFunction, language: string): string {
  const value = (n: number | null) => figure(n, t, language);
  return t('review.objectives.figures', { baseline: value(kr.baseline), current: value(kr.current), target: value(kr.target) });
}

/** When a ritual ran, and in which sprint: "Nov 13, 2026 (Sprint 11)". */
export function runWhen(at: number, sprintName: string | null, t: TFunction, language: string): string {
  const date = dateText(at, language);
  return sprintName === null ? date : t('review.rituals.runIn', { date, sprint: sprintName });
}

/** An open action item's owner and due date, as the retrospective says them: "Owner: Inès · Due Dec 8, 2026". */
export function actionFacts(item: ActionItem, today: string, t: TFunction, language: string): string {
  const owner = item.owner ? t('rituals.actions.ownerIs', { owner: item.owner }) : '';
  const overdue = item.dueDate !== null && item.dueDate < today ? ` ${t('rituals.actions.overdue')}` : '';
  const due = item.dueDate ? `${t('rituals.actions.dueOn', { date: dayText(item.dueDate, language) })}${overdue}` : '';
  return [owner, due].filter(Boolean).join(' · ');
}

const record = <K extends string>(keys: readonly K[], word: (key: K) => string) => Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

/** Everything the Markdown document says in the UI language. */
export function reviewTexts(product: string, periodLabel: string, span: DateSpan, today: string, t: TFunction, language: string): ReviewMarkdownTexts {
  return {
    title: t('review.markdownTitle', { product }),
    period: t('review.covers', { period: periodLabel, dates: dayRangeText(span.start, span.end, language) }),
    ongoing: isOngoing(span, today) ? t('review.ongoing') : null,
    headings: {
      moves: t('review.moves.title'),
      intoDiscovery: t('review.moves.intoDiscovery'),
      intoDelivery: t('review.moves.intoDelivery'),
      back: t('review.moves.back'),
      discovery: t('review.discovery.title'),
      decided: record<DecidedStatus>(DECIDED_STATUSES, (s) => t(`review.discovery.decided.${s}`)),
      experiments: t('review.discovery.experiments'),
      interviews: t('review.discovery.interviews'),
      delivery: t('review.delivery.title'),
      shipped: t('review.delivery.shipped'),
      outcomes: t('review.delivery.outcomes'),
      stopped: t('review.delivery.stopped'),
      objectives: t('review.objectives.title'),
      rituals: t('review.rituals.title'),
      held: t('review.rituals.held'),
      openActions: t('review.rituals.openActions'),
    },
    empty: {
      moves: t('review.moves.empty'),
      discovery: t('review.discovery.empty'),
      delivery: t('review.delivery.empty'),
      objectives: t('review.objectives.empty'),
      rituals: t('review.rituals.empty'),
      openActions: t('review.rituals.noActions'),
    },
    objectivesNote: t('review.objectives.asOf'),
    lane: record<Lane>(LANES, (l) => t(`lanes.${l}`)),
    learning: t('review.discovery.learning'),
    method: record<ExperimentMethod>(EXPERIMENT_METHODS, (m) => t(`discovery.methods.${m}`)),
    decision: record<DecidedStatus>(DECIDED_STATUSES, (s) => t(`discovery.statuses.${s}`)),
    interviewCount: (count) => t('review.discovery.interviewCount', { count }),
    ritual: (kind, count) => t('review.rituals.runs', { kind: t(`rituals.kinds.${kind}`), count }),
    runWhen: (at, sprintName) => runWhen(at, sprintName, t, language),
    killed: t('initiative.status.killed'),
    parked: t('initiative.status.parked'),
    verdict: record<OutcomeVerdict>(['met', 'notMet', 'pending'], (v) => t(`outcome.verdict.${v}`)),
    outcomeFigures: (outcome) => outcomeFigures(outcome, t, language),
    keyResultFigures: (kr) => keyResultFigures(kr, t, language),
    progress: (progress) => percentText(progress, t, language),
    date: (ms) => dateText(ms, language),
    day: (iso) => dayText(iso, language),
    labelled: (label, value) => t('review.labelled', { label, value }),
    actionFacts: (item) => actionFacts(item, today, t, language),
  };
}

