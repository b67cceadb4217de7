import type { Virtualizer } from '@tanstack/react-virtual';
import type { Initiative, Lane } from '../../domain/types';

export interface ColumnEntry {
  stageId: string;
  lane: Lane;
  name: string;
  /** The cards shown (after the filter), which drops are counted in. */
  cards: readonly Initiative[];
  /** Every active card of the stage. */
  allCards: readonly Initiative[];
  scrollEl: HTMLElement;
  virtualizer: Virtualizer<HTMLElement, Element>;
}

/**
 * The mounted stage columns, in board order, for the drag handlers: they need each column's
 * cards and geometry without every column re-rendering on every pointer move.
 */
const columns = new Map<string, ColumnEntry>();
let order: string[] = [];

export const columnRegistry = {
  set(entry: ColumnEntry) {
    columns.set(entry.stageId, entry);
  },
  remove(stageId: string) {
    columns.delete(stageId);
  },
  setOrder(stageIds: string[]) {
    order = stageIds;
  },
  get(stageId: string) {
    return columns.get(stageId);
  },
  eachCard(visit: (card: Initiative) => void) {
    for (const column of columns.values()) column.allCards.forEach(visit);
  },
  /** The column `step` places away in board order (across lanes), if any. */
  neighbour(stageId: string, step: -1 | 1) {
    const id = order[order.indexOf(stageId) + step];
    return id ? columns.get(id) : undefined;
  },
};
