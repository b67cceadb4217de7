import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { t } from '../../i18n/i18n';
import type { Initiative } from '../../domain/types';
import type { CardDensity } from '../../domain/card-chips';
import type { Peer } from '../../sync/status';
import { SHORTCUT_ITEM } from '../../ui/shortcuts-store';
import { DRAG_INSTRUCTIONS_ID, dragNodes } from './drag-nodes';
import { pressCard } from './drag-press';
import { useDragStore } from './drag-store';
import type { CardFigures } from './card-chips';
import { InitiativeCard } from './initiative-card';

interface CardItemProps extends CardFigures {
  initiative: Initiative;
  density: CardDensity;
  /** The UI language: labels come from the global t, and a new language must re-render the card. */
  language: string;
  /** Set on the one card that should take focus when it renders (after a keyboard drop). */
  takeFocus: boolean;
  /** This card is being dragged: its place shows where it came from. */
  dragging: boolean;
  onOpen: (initiative: Initiative) => void;
  onMoveTo: (initiative: Initiative) => void;
  /** A teammate who has this card open or is dragging it. */
  peer?: Peer | undefined;
}

/** One card on the board: draggable by pointer, touch and keyboard, opened by click or Enter. */
// Cards mount by the dozen on every filter keystroke and scroll: they subscribe to nothing themselves.
export const CardItem = memo(function CardItem({ initiative, density, language, takeFocus, dragging, discovery, stories, showOutcome, strategy, demand, onOpen, onMoveTo, peer }: CardItemProps) {
  const ref = useRef<HTMLDivElement | null>(null);
  const { id, stageId } = initiative;
  const handleRef = useCallback(
    (node: HTMLDivElement) => {
      ref.current = node;
      dragNodes.setCard(id, stageId, node);
      return () => {
        ref.current = null;
        dragNodes.removeCard(id, node);
      };
    },
    [id, stageId],
  );

  useEffect(() => {
    if (takeFocus && ref.current) {
      ref.current.focus({ preventScroll: false });
      useDragStore.getState().focusRequested(null);
    }
  }, [takeFocus]);

  // Opening goes through a callback: a location hook here would re-render every card on each URL change.
  const open = () => onOpen(initiative);
  const press = (event: SyntheticEvent<HTMLDivElement>) => pressCard(id, event);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    press(event);
    if (event.key === 'Enter' && !event.defaultPrevented) open();
  };

  return (
    <div className={`card card--${density}${dragging ? ' card--placeholder' : ''}${peer ? ' card--peer' : ''}`} style={peer ? { ['--peer-color' as string]: peer.color } : undefined}>
      {peer && (
        <span className="card__peer">{t(peer.dragging === initiative.id ? 'board.peerMoving' : 'board.peerViewing', { name: peer.name })}</span>
      )}
      <div
        ref={handleRef}
        className="card__handle"
        role="button"
        tabIndex={0}
        {...{ [SHORTCUT_ITEM]: '' }}
        aria-roledescription={t('dnd.roleDescription')}
        aria-describedby={DRAG_INSTRUCTIONS_ID}
        aria-disabled={false}
        aria-pressed={dragging || undefined}
        onMouseDown={press}
        onTouchStart={press}
        onKeyDown={onKeyDown}
        onClick={open}
      >
        <InitiativeCard initiative={initiative} density={density} discovery={discovery} stories={stories} showOutcome={showOutcome} strategy={strategy} demand={demand} language={language} />
      </div>
      <button
        type="button"
        className="card__move icon-button"
        aria-label={t('board.moveCard', { title: initiative.title })}
        title={t('board.moveTo')}
        onClick={() => onMoveTo(initiative)}
      >
        <span aria-hidden="true">⇄</span>
      </button>
    </div>
  );
});
