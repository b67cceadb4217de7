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
