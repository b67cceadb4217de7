import { memo } from 'react';
import { statusSummary } from '../../domain/discovery/evidence';
import type { HypothesisStatus } from '../../domain/discovery/types';
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
}

function discoveryText(discovery: DiscoverySummary): string {
  const parts = statusSummary(discovery.byStatus).map(({ status, count }) => t(`board.cardStatus.${status}`, { count }));
  if (discovery.interviews > 0) parts.push(t('board.cardInterviews', { count: discovery.interviews }));
  return parts.join(' · ');
}

/** What a card shows. Pure and memoised: shared by the list and the drag overlay. */
export const InitiativeCard = memo(function InitiativeCard({ initiative, discovery }: InitiativeCardProps) {
  const summary = discovery ? discoveryText(discovery) : '';
  return (
    <>
      <span className="card__title">{initiative.title}</span>
      {summary && <span className="card__discovery">{summary}</span>}
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
