import { useEffect, type RefObject } from 'react';
import type { Demand } from '../../domain/feedback/demand';
import { useTranslation } from '../../i18n/i18n';
import { useCanWrite } from '../../ui/use-share';
import { DRAG_INSTRUCTIONS_ID } from './drag-nodes';
import { loadDragKit, setDragEnabled, useDragKit } from './drag-press';

interface BoardDndProps {
  productId: string;
  boardRef: RefObject<HTMLElement | null>;
  /** Who asks for each initiative, so the dragged card shows what it showed in its stage. */
  demand: ReadonlyMap<string, Demand> | undefined;
}

/**
 * The board's drag and drop, beside the board rather than around it: dnd-kit loads the first
 * time the board is pointed at or focused (or a card pressed), then takes the cards as they are.
 * A first visit that only looks at the board downloads none of it.
 */
export function BoardDnd({ productId, boardRef, demand }: BoardDndProps) {
  const { t } = useTranslation();
  const canWrite = useCanWrite(productId);
  const kit = useDragKit();

  useEffect(() => setDragEnabled(canWrite), [canWrite]);
  useEffect(() => {
    const board = boardRef.current;
    if (kit || !canWrite || !board) return;
    const events = ['pointerover', 'focusin'];
    events.forEach((name) => board.addEventListener(name, loadDragKit));
    return () => events.forEach((name) => board.removeEventListener(name, loadDragKit));
  }, [kit, canWrite, boardRef]);

  const DragKit = kit?.DragKit;
  return (
    <>
      <p id={DRAG_INSTRUCTIONS_ID} hidden>
        {t('dnd.instructions')}
      </p>
      {DragKit && <DragKit productId={productId} boardRef={boardRef} demand={demand} />}
    </>
  );
}
