import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { dragNodes, type DragListeners } from './drag-nodes';
import { replayPress } from './press-replay';

/** Makes the pressed card's handle a dnd-kit draggable, hands its listeners to the card, and gives it the press. */
const CardProxy = memo(function CardProxy({ id, stageId, node }: { id: string; stageId: string; node: HTMLElement }) {
  const { setNodeRef, listeners } = useDraggable({ id, data: { stageId } });
  useLayoutEffect(() => setNodeRef(node), [setNodeRef, node]);
  useLayoutEffect(() => {
    const bound = (listeners ?? {}) as DragListeners;
    dragNodes.listen(id, bound);
    return () => dragNodes.unlisten(id, bound);
  }, [id, listeners]);
  // After dnd-kit's own effects, which run after this child's: its sensors are set up by then.
  useEffect(() => queueMicrotask(replayPress), [node]);
  return null;
});

function StageProxy({ id, node }: { id: string; node: HTMLElement }) {
  const { setNodeRef } = useDroppable({ id });
  useLayoutEffect(() => setNodeRef(node), [setNodeRef, node]);
  return null;
}

/**
 * The board's cards and stages as dnd-kit knows them. They render nothing: the board drew the
 * cards before dnd-kit loaded, and keeps them as they are (no remount, no lost focus or scroll).
 */
export function DragProxies() {
  useSyncExternalStore(dragNodes.subscribe, dragNodes.version);
  const armed = dragNodes.armed();
  const card = armed === null ? undefined : dragNodes.cards().get(armed);
  return (
    <>
      {armed !== null && card && <CardProxy key={armed} id={armed} stageId={card.stageId} node={card.node} />}
      {[...dragNodes.stages()].map(([id, node]) => (
        <StageProxy key={id} id={id} node={node} />
      ))}
    </>
  );
}
