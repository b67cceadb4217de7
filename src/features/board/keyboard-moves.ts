import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { indexToSlot } from '../../domain/moves';
import { columnRegistry, type ColumnEntry } from './column-registry';
import { useDragStore, type DropTarget } from './drag-store';
import { slotOffset } from './geometry';

/** How many cards a stage would hold with the dragged card in it. */
export function sizeWith(column: ColumnEntry, origin: DropTarget | null): number {
  return origin?.stageId === column.stageId ? column.cards.length : column.cards.length + 1;
}

function nextTarget(code: string, target: DropTarget, origin: DropTarget | null): DropTarget | null {
  const column = columnRegistry.get(target.stageId);
  if (!column) return null;
  const last = sizeWith(column, origin) - 1;
  switch (code) {
    case 'ArrowUp':
      return target.index > 0 ? { ...target, index: target.index - 1 } : null;
    case 'ArrowDown':
      return target.index < last ? { ...target, index: target.index + 1 } : null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const next = columnRegistry.neighbour(target.stageId, code === 'ArrowLeft' ? -1 : 1);
      if (!next) return null;
      return { stageId: next.stageId, index: Math.min(target.index, sizeWith(next, origin) - 1) };
    }
    default:
      return null;
  }
}

/** Brings a slot of a column into view and returns where the dragged card should be drawn. */
export function revealTarget(target: DropTarget, origin: DropTarget | null) {
  const column = columnRegistry.get(target.stageId);
  if (!column) return undefined;
  const activeIndex = origin?.stageId === target.stageId ? origin.index : null;
  const slot = indexToSlot(target.index, activeIndex);
  column.scrollEl.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const top = slotOffset(column, slot);
  const el = column.scrollEl;
  if (top < el.scrollTop || top + 80 > el.scrollTop + el.clientHeight) {
    el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }
  const rect = el.getBoundingClientRect();
  return { x: rect.left + 4, y: rect.top + top - el.scrollTop };
}

/**
 * dnd-kit's keyboard sensor asks where the card goes on each key. The answer comes from our own
 * target (stage and index), not from measuring every card, so off-screen positions work too.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event) => {
  const { target, origin, targetChanged } = useDragStore.getState();
  if (!target) return undefined;
  const next = nextTarget(event.code, target, origin);
  if (!next) {
    if (event.code.startsWith('Arrow')) event.preventDefault();
    return undefined;
  }
  event.preventDefault();
  targetChanged(next);
  return revealTarget(next, origin);
};
