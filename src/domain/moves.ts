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
