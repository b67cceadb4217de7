import { Fragment, memo } from 'react';
import { chipsShown, type CardDensity } from '../../domain/card-chips';
import type { Initiative } from '../../domain/types';
import { cardChips, type CardFigures } from './card-chips';

interface InitiativeCardProps extends CardFigures {
  initiative: Initiative;
  density: CardDensity;
  /** The UI language, for numbers; a new language re-renders the card. */
  language?: string;
}

/**
 * What a card shows: its title, whole up to four lines (two when compact), then its chips, which
 * wrap rather than cut a word. Pure and memoised: shared by the list and the drag overlay.
 */
export const InitiativeCard = memo(function InitiativeCard({ initiative, density, language = 'en', ...figures }: InitiativeCardProps) {
  const chips = chipsShown(cardChips(initiative, figures, language), density);
  return (
    <>
      <span className="card__title" title={initiative.title}>
        {initiative.title}
      </span>{' '}
      {chips.length > 0 && (
        <span className="card__chips">
          {chips.map((chip) => (
            <Fragment key={chip.key}>
              {/* Keeps the words apart in the card's accessible name; the flex layout ignores it. */}
              {' '}
              <span className={`chip card__${chip.kind}${chip.tone ? ` chip--${chip.tone}` : ''}`}>
                {chip.label && <span className="visually-hidden">{chip.label} </span>}
                {chip.text}
              </span>
            </Fragment>
          ))}
        </span>
      )}
    </>
  );
});
