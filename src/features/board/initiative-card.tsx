import { memo } from 'react';
import type { Initiative } from '../../domain/types';

interface InitiativeCardProps {
  initiative: Initiative;
}

/** What a card shows. Pure and memoised: shared by the list and the drag overlay. */
export const InitiativeCard = memo(function InitiativeCard({ initiative }: InitiativeCardProps) {
  return (
    <>
      <span className="card__title">{initiative.title}</span>
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
