import { memo } from 'react';
import type { StoryCount } from '../../db/delivery-queries';
import type { StrategyCardContext } from '../../db/strategy-card-queries';
import { outcomeVerdict } from '../../domain/delivery/outcome';
import { statusSummary } from '../../domain/discovery/evidence';
import type { HypothesisStatus } from '../../domain/discovery/types';
import { scoreOf } from '../../domain/strategy/scores';
import type { Initiative } from '../../domain/types';
import { t } from '../../i18n/i18n';

export interface DiscoverySummary {
  byStatus: Record<HypothesisStatus, number>;
  interviews: number;
}

interface InitiativeCardProps {
  initiative: Initiative;
  /** On Discovery cards: hypotheses by status and interviews. */
  discovery?: DiscoverySummary | undefined;
  /** On Delivery cards: their stories, how many are ready and done. */
  stories?: StoryCount | undefined;
  /** On Released cards: say whether the recorded outcome met its target. */
  showOutcome?: boolean;
  /** On Strategy cards: the product's framework and objective titles, to show the score and the objective served. */
  strategy?: StrategyCardContext | undefined;
  /** The UI language, for numbers; a new language re-renders the card. */
  language?: string;
}

function discoveryText(discovery: DiscoverySummary): string {
  const parts = statusSummary(discovery.byStatus).map(({ status, count }) => t(`board.cardStatus.${status}`, { count }));
  if (discovery.interviews > 0) parts.push(t('board.cardInterviews', { count: discovery.interviews }));
  return parts.join(' · ');
}

function deliveryText(initiative: Initiative, stories: StoryCount | undefined, showOutcome: boolean): string {
  const parts: string[] = [];
  // The verdict first: a long line is cut at its end.
  const verdict = showOutcome ? outcomeVerdict(initiative.outcome) : 'pending';
  if (verdict !== 'pending') parts.push(t(verdict === 'met' ? 'board.targetMet' : 'board.targetMissed'));
  if (stories && stories.total > 0) {
    parts.push(t('board.cardStories', { count: stories.total }));
    if (stories.ready > 0) parts.push(t('board.cardReady', { count: stories.ready }));
    if (stories.done > 0) parts.push(t('board.cardDone', { count: stories.done }));
  }
  return parts.join(' · ');
}

/** The score in the product's framework and the objective served, both read from the card's own record. */
function StrategyLine({ initiative, strategy, language }: { initiative: Initiative; strategy: StrategyCardContext; language: string }) {
  const score = scoreOf(initiative.score, strategy.framework);
  const objective = initiative.objectiveId ? strategy.objectiveTitles.get(initiative.objectiveId) : undefined;
  if (score === null && !objective) return null;
  const formatted = score === null ? '' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);
  return (
    <span className="card__strategy">
      {score !== null && <span className="card__score">{t('board.cardScore', { framework: strategy.framework.toUpperCase(), score: formatted })}</span>}
      {objective && (
        <span className="card__objective" title={objective}>
          <span className="visually-hidden">{t('board.cardObjective')} </span>
          {objective}
        </span>
      )}
    </span>
  );
}

/** What a card shows. Pure and memoised: shared by the list and the drag overlay. */
export const InitiativeCard = memo(function InitiativeCard({ initiative, discovery, stories, showOutcome = false, strategy, language = 'en' }: InitiativeCardProps) {
  const summary = discovery ? discoveryText(discovery) : '';
  const delivery = deliveryText(initiative, stories, showOutcome);
  return (
    <>
      <span className="card__title">{initiative.title}</span>
      {summary && <span className="card__discovery">{summary}</span>}
      {delivery && <span className="card__delivery">{delivery}</span>}
      {strategy && <StrategyLine initiative={initiative} strategy={strategy} language={language} />}
      {(initiative.owner || initiative.segment || initiative.tags.length > 0) && (
        <span className="card__meta">
          {initiative.segment && <span className="card__segment">{initiative.segment}</span>}
          {initiative.tags.slice(0, 3).map((tag) => (
            <span key={tag} className="card__tag">
              {tag}
            </span>
          ))}
          {initiative.owner && <span className="card__owner">{initiative.owner}</span>}
        </span>
      )}
    </>
  );
});
