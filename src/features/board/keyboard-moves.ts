import { indexToSlot } from '../../domain/moves';
import { columnRegistry, type ColumnEntry } from './column-registry';
import { useDragStore, type DropTarget } from './drag-store';
import { slotOffset } from './geometry';

/** How many cards a stage would hold with the dragged card in it. */
export function sizeWith(column: ColumnEntry, origin: DropTarget | null): number {
  return origin?.stageId === column.stageId ? column.cards.length : column.cards.length + 1;
}

/** How far PageUp and PageDown move a held card. */
const PAGE = 10;

const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

function nextTarget(code: string, target: DropTarget, origin: DropTarget | null): DropTarget | null {
  const column = columnRegistry.get(target.stageId);
  if (!column) return null;
  const last = sizeWith(column, origin) - 1;
  const to = (index: number) => {
    const clamped = Math.max(0, Math.min(last, index));
    return clamped === target.index ? null : { ...target, index: clamped };
  };
  switch (code) {
    case 'ArrowUp':
      return to(target.index - 1);
    case 'ArrowDown':
      return to(target.index + 1);
    case 'PageUp':
      return to(target.index - PAGE);
    case 'PageDown':
      return to(target.index + PAGE);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
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
 * The keyboard sensor asks where the card goes on each key. The answer comes from our own
 * target (stage and index), not from measuring every card, so off-screen positions work too.
 */
export function keyboardCoordinates(event: KeyboardEvent): { x: number; y: number } | undefined {
  const { target, origin, targetChanged } = useDragStore.getState();
  if (!target) return undefined;
  const next = nextTarget(event.code, target, origin);
  if (!next) {
    if (MOVE_KEYS.has(event.code)) event.preventDefault();
    return undefined;
  }
  event.preventDefault();
  targetChanged(next);
  return revealTarget(next, origin);
}
