import type { Initiative, Stage } from './types';

export type MoveRefusal = 'closed' | 'otherProduct' | 'stageDeleted';

/** Which moves the board allows. Later rules (the Delivery gate) build on this. */
export function checkMove(initiative: Pick<Initiative, 'status' | 'productId'>, to: Pick<Stage, 'productId' | 'deletedAt'>): MoveRefusal | null {
  if (initiative.status !== 'active') return 'closed';
  if (to.productId !== initiative.productId) return 'otherProduct';
  if (to.deletedAt !== null) return 'stageDeleted';
  return null;
}

/**
 * Drop slots are counted in the list as displayed, which still shows the dragged card; indexes
 * are counted in the list without it. Dropping just above or below the card itself is a no-op,
 * so both of those slots map to the card's own index.
 */
export function slotToIndex(slot: number, activeIndex: number | null): number {
  return activeIndex !== null && slot > activeIndex ? slot - 1 : slot;
}

/** Where to draw the drop line for an index in the list without the dragged card. */
export function indexToSlot(index: number, activeIndex: number | null): number {
  return activeIndex !== null && index >= activeIndex ? index + 1 : index;
}

export interface PendingMove<T> {
  card: T;
  fromStageId: string;
  fromRank: string;
  toStageId: string;
  /** Position in the target stage's shown list, without the card. */
  index: number;
}

/**
 * What a stage shows while a drop is being written: the card already at its new place. Once the
 * stage's own data has the move, the data wins, so nothing flickers back or shows twice.
 */
export function applyPendingMove<T extends { id: string; stageId: string; rank: string }>(
  cards: readonly T[],
  move: PendingMove<T> | null,
  stageId: string,
): readonly T[] {
  if (!move || (move.toStageId !== stageId && move.fromStageId !== stageId)) return cards;
  if (pendingMoveLanded(cards, move, stageId)) return cards;
  const rest = cards.filter((c) => c.id !== move.card.id);
  if (move.toStageId !== stageId) return rest;
  const at = Math.max(0, Math.min(move.index, rest.length));
  return [...rest.slice(0, at), { ...move.card, stageId }, ...rest.slice(at)];
}

/** Whether a stage's data already shows the move (so the pending one can be dropped). */
export function pendingMoveLanded<T extends { id: string; stageId: string; rank: string }>(
  cards: readonly T[],
  move: PendingMove<T>,
  stageId: string,
): boolean {
  const stored = cards.find((c) => c.id === move.card.id);
  if (move.toStageId === stageId) return !!stored && (stored.stageId !== move.fromStageId || stored.rank !== move.fromRank);
  return !stored;
}
