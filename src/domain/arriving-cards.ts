import { compareRankThenId } from './lanes';
import type { Initiative } from './types';

/** What a stage needs of a card to place it. */
interface PlacedCard {
  id: string;
  stageId: string;
  rank: string;
  status: string;
  deletedAt: number | null;
  updatedAt: number;
}

/**
 * A teammate's version of a card, received and not yet read back from the local database.
 * `landed` once a stage read it back (or a newer version): from then on it only takes stale
 * copies away, and never puts the card into a stage.
 */
export interface ArrivingCard<T> {
  card: T;
  landed: boolean;
}

/**
 * What a stage shows while teammates' changes to cards are on their way into the local database:
 * each changed card at its new place, as received. What the stage read wins when it is as new (the
 * change is stored by then) or newer (changed here since), so a change arriving late never hides a
 * later one. Answers the same list when nothing applies.
 */
export function applyArriving<T extends PlacedCard>(cards: readonly T[], arriving: ReadonlyMap<string, ArrivingCard<T>>, stageId: string): readonly T[] {
  if (arriving.size === 0) return cards;
  const rest = cards.filter((card) => !isOlder(card, arriving.get(card.id)));
  const held = new Set(rest.map((card) => card.id));
  const added = [...arriving.values()].filter(({ card, landed }) => !landed && !held.has(card.id) && shownIn(card, stageId)).map(({ card }) => card);
  if (added.length === 0) return rest.length === cards.length ? cards : rest;
  return [...rest, ...added].sort(compareRankThenId);
}

/** The received cards that this stage's stored data now holds, as received or newer. */
export function landedCards<T extends PlacedCard>(cards: readonly T[], arriving: ReadonlyMap<string, ArrivingCard<T>>): string[] {
  if (arriving.size === 0) return [];
  return cards.filter((card) => {
    const received = arriving.get(card.id);
    return received !== undefined && !received.landed && card.updatedAt >= received.card.updatedAt;
  }).map((card) => card.id);
}

const isOlder = (card: PlacedCard, received: ArrivingCard<PlacedCard> | undefined) => received !== undefined && card.updatedAt < received.card.updatedAt;

const shownIn = (card: PlacedCard, stageId: string) => card.stageId === stageId && card.status === 'active' && card.deletedAt === null;

/** A record a teammate sent that the board can place as a card: this product's, with what a stage sorts and filters it by. */
export function isPlaceableCard(record: Record<string, unknown> | null | undefined, productId: string): record is Initiative & Record<string, unknown> {
  return (
    typeof record === 'object' &&
    record !== null &&
    record.productId === productId &&
    typeof record.id === 'string' &&
    typeof record.stageId === 'string' &&
    typeof record.rank === 'string' &&
    typeof record.status === 'string' &&
    typeof record.title === 'string' &&
    typeof record.updatedAt === 'number' &&
    (record.deletedAt === null || typeof record.deletedAt === 'number')
  );
}
