import type { StoryCount } from '../../db/delivery-queries';
import type { StrategyCardContext } from '../../db/strategy-card-queries';
import { CHIP_WEIGHT, type WeighedChip } from '../../domain/card-chips';
import { outcomeVerdict } from '../../domain/delivery/outcome';
import type { Demand } from '../../domain/feedback/demand';
import { statusSummary } from '../../domain/discovery/evidence';
import type { HypothesisStatus } from '../../domain/discovery/types';
import { scoreOf } from '../../domain/strategy/scores';
import type { Initiative } from '../../domain/types';
import { t } from '../../i18n/i18n';
import { demandText } from '../../ui/demand-text';

export interface DiscoverySummary {
  byStatus: Record<HypothesisStatus, number>;
  interviews: number;
}

/** What a card knows besides its own record, each read once per stage (see stage-column.tsx). */
export interface CardFigures {
  /** On Discovery cards: hypotheses by status and interviews. */
  discovery?: DiscoverySummary | undefined;
  /** On Delivery cards: their stories, how many are ready and done, and their sprint. */
  stories?: StoryCount | undefined;
  /** On Released cards: the recorded outcome against its target. */
  showOutcome?: boolean;
  /** On Strategy cards: the product's framework and objective titles, for the score and the objective served. */
  strategy?: StrategyCardContext | undefined;
  /** On any card customers asked for: who asks, read once per board (see board-page.tsx). */
  demand?: Demand | undefined;
}

export type ChipKind = 'score' | 'objective' | 'hypotheses' | 'status' | 'interviews' | 'stories' | 'ready' | 'sprint' | 'verdict' | 'outcome' | 'demand' | 'segment' | 'tag' | 'owner';

export interface CardChip extends WeighedChip {
  key: string;
  kind: ChipKind;
  text: string;
  /** Said before the text to screen readers, where the text alone does not say what it is. */
  label?: string;
  /** Good or bad news (the words say it too, not the colour alone), or nothing known yet. */
  tone?: 'good' | 'bad' | 'muted';
}

const { keyFigure, keyDetail, figure, sideFigure } = CHIP_WEIGHT;

const chip = (kind: ChipKind, text: string, weight: number, more: Partial<CardChip> = {}): CardChip => ({ key: kind, kind, text, weight, ...more });

function strategyChips(initiative: Initiative, strategy: StrategyCardContext, language: string): CardChip[] {
  const score = scoreOf(initiative.score, strategy.framework);
  const objective = initiative.objectiveId ? strategy.objectiveTitles.get(initiative.objectiveId) : undefined;
  const formatted = score === null ? '' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);
  const chips = [
    score === null
      ? chip('score', t('board.noScore'), keyFigure, { tone: 'muted' })
      : chip('score', t('board.cardScore', { framework: strategy.framework.toUpperCase(), score: formatted }), keyFigure),
  ];
  if (objective) chips.push(chip('objective', objective, keyDetail, { label: t('board.cardObjective') }));
  return chips;
}

function discoveryChips({ byStatus, interviews }: DiscoverySummary): CardChip[] {
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  const chips = [total === 0 ? chip('hypotheses', t('board.noHypotheses'), keyFigure, { tone: 'muted' }) : chip('hypotheses', t('board.cardHypotheses', { count: total }), keyFigure)];
  // Drafts are what the other counts leave: "3 hypotheses · 1 validated" says it.
  for (const { status, count } of statusSummary(byStatus)) {
    if (status !== 'draft') chips.push(chip('status', t(`board.cardStatus.${status}`, { count }), status === 'validated' ? keyDetail : figure, { key: status }));
  }
  if (interviews > 0) chips.push(chip('interviews', t('board.cardInterviews', { count: interviews }), sideFigure));
  return chips;
}

function outcomeChips(initiative: Initiative, language: string): CardChip[] {
  const outcome = initiative.outcome;
  const verdict = outcomeVerdict(outcome);
  if (verdict === 'pending' || !outcome) return [chip('verdict', t('board.outcomePending'), keyFigure, { tone: 'muted' })];
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return [
    chip('verdict', t(verdict === 'met' ? 'board.targetMet' : 'board.targetMissed'), keyFigure, { tone: verdict === 'met' ? 'good' : 'bad' }),
    chip('outcome', t('board.outcomeFigure', { actual: number.format(outcome.actual!), target: number.format(outcome.target!) }), keyDetail),
  ];
}

function storyChips(stories: StoryCount, released: boolean): CardChip[] {
  // On Released cards the outcome is the key figure; the stories and the sprint say how it got there.
  const main = released ? figure : keyFigure;
  if (stories.total === 0) return [chip('stories', t('board.noStories'), main, { tone: 'muted' })];
  const chips = [chip('stories', t('board.cardStoriesDone', { count: stories.total, done: stories.done }), main)];
  if (stories.sprint) chips.push(chip('sprint', stories.sprint, released ? sideFigure : keyDetail, { label: t('board.cardSprint') }));
  if (!released && stories.ready > 0 && stories.done < stories.total) chips.push(chip('ready', t('board.cardReady', { count: stories.ready }), sideFigure));
  return chips;
}

/** A card's chips in the order shown: the lane's figures, then demand, segment, tags and owner. */
export function cardChips(initiative: Initiative, { discovery, stories, showOutcome = false, strategy, demand }: CardFigures, language: string): CardChip[] {
  const chips: CardChip[] = [];
  if (strategy) chips.push(...strategyChips(initiative, strategy, language));
  if (discovery) chips.push(...discoveryChips(discovery));
  if (showOutcome) chips.push(...outcomeChips(initiative, language));
  if (stories) chips.push(...storyChips(stories, showOutcome));
  if (demand && demand.customers > 0) chips.push(chip('demand', demandText(demand), sideFigure, { label: t('board.cardDemand') }));
  if (initiative.segment) chips.push(chip('segment', initiative.segment, CHIP_WEIGHT.segment));
  for (const tag of initiative.tags.slice(0, 3)) chips.push(chip('tag', tag, CHIP_WEIGHT.tag, { key: `tag:${tag}` }));
  if (initiative.owner) chips.push(chip('owner', initiative.owner, CHIP_WEIGHT.owner));
  return chips;
}
