import type { DragMoveEvent } from '@dnd-kit/core';
import type { ColumnEntry } from './column-registry';

/** The drop slot under a viewport y in a column: 0 is above the first card, n below the last. */
export function slotAtY(column: ColumnEntry, clientY: number): number {
  const rect = column.scrollEl.getBoundingClientRect();
  const offset = clientY - rect.top + column.scrollEl.scrollTop;
  const count = column.cards.length;
  if (count === 0 || offset <= 0) return 0;
  const item = column.virtualizer.getVirtualItemForOffset(offset);
  if (!item) return count;
  if (offset > item.end) return count;
  return offset < item.start + item.size / 2 ? item.index : item.index + 1;
}

/** The offset of a slot inside the column's scrolled content. */
export function slotOffset(column: ColumnEntry, slot: number): number {
  const measurements = column.virtualizer.measurementsCache;
  if (slot < measurements.length) return measurements[slot]!.start;
  return measurements.at(-1)?.end ?? 0;
}

/** Where the pointer (mouse or finger) is during a drag, in the viewport; null for a keyboard drag. */
export function pointerOf(event: DragMoveEvent): { x: number; y: number } | null {
  const start = event.activatorEvent;
  if (start instanceof MouseEvent) return { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y };
  if (typeof TouchEvent !== 'undefined' && start instanceof TouchEvent && start.touches[0]) {
    return { x: start.touches[0].clientX + event.delta.x, y: start.touches[0].clientY + event.delta.y };
  }
  return null;
}
