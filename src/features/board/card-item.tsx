import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Initiative } from '../../domain/types';
import { useDragStore } from './drag-store';
import { InitiativeCard } from './initiative-card';

interface CardItemProps {
  initiative: Initiative;
  onOpen: (initiative: Initiative) => void;
  onMoveTo: (initiative: Initiative) => void;
}

/** One card on the board: draggable by pointer, touch and keyboard, opened by click or Enter. */
export const CardItem = memo(function CardItem({ initiative, onOpen, onMoveTo }: CardItemProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: initiative.id, data: { stageId: initiative.stageId } });
  const focusId = useDragStore((s) => (s.focusId === initiative.id ? s.focusId : null));
  const ref = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focusId && ref.current) {
      ref.current.focus({ preventScroll: false });
      useDragStore.getState().focusRequested(null);
    }
  }, [focusId]);

  // Opening goes through a callback: a location hook here would re-render every card on each URL change.
  const open = () => onOpen(initiative);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !event.defaultPrevented) open();
  };

  return (
    <div className={`card${isDragging ? ' card--placeholder' : ''}`} data-card-id={initiative.id}>
      <div
        ref={(node) => {
          ref.current = node;
          setNodeRef(node);
        }}
        className="card__handle"
        {...attributes}
        {...listeners}
        role="button"
        tabIndex={0}
        aria-roledescription={t('dnd.roleDescription')}
        onKeyDown={onKeyDown}
        onClick={open}
      >
        <InitiativeCard initiative={initiative} />
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
