import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useLayoutEffect, useSyncExternalStore } from 'react';
import { dragNodes, type DragListeners } from './drag-nodes';

/** Makes one mounted card handle a dnd-kit draggable, and hands its listeners to the card. */
// Memoised: a scroll mounts and unmounts cards, and the proxies of the others need not render again.
const CardProxy = memo(function CardProxy({ id, stageId, node }: { id: string; stageId: string; node: HTMLElement }) {
  const { setNodeRef, listeners } = useDraggable({ id, data: { stageId } });
  useLayoutEffect(() => setNodeRef(node), [setNodeRef, node]);
  useLayoutEffect(() => {
    const bound = (listeners ?? {}) as DragListeners;
    dragNodes.listen(id, bound);
    return () => dragNodes.unlisten(id, bound);
  }, [id, listeners]);
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
  return (
    <>
      {[...dragNodes.cards()].map(([id, { stageId, node }]) => (
        <CardProxy key={id} id={id} stageId={stageId} node={node} />
      ))}
      {[...dragNodes.stages()].map(([id, node]) => (
        <StageProxy key={id} id={id} node={node} />
      ))}
    </>
  );
}
