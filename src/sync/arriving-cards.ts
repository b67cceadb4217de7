import { create } from 'zustand';
import type { ArrivingCard } from '../domain/arriving-cards';
import type { Initiative } from '../domain/types';

/**
 * Teammates' cards received in this tab and not yet read back from Dexie, by id. The board shows
 * them at once: storing a change and re-reading a stage of 700 cards took two thirds of the time
 * a teammate's move took to show. Dexie stays the truth: a stage's stored data wins as soon as it
 * holds the change, and the bridge forgets each card a moment after storing it.
 */
export const useArrivingCards = create<{ cards: ReadonlyMap<string, ArrivingCard<Initiative>> }>(() => ({ cards: new Map() }));

/** Cards as a teammate's change left them, just received. */
export function cardsArrived(cards: readonly Initiative[]) {
  if (cards.length === 0) return;
  useArrivingCards.setState((state) => {
    const next = new Map(state.cards);
    for (const card of cards) next.set(card.id, { card, landed: false });
    return { cards: next };
  });
}

/** A stage read these cards back from Dexie, as received or newer. */
export function cardsLanded(ids: readonly string[]) {
  if (ids.length === 0) return;
  useArrivingCards.setState((state) => {
    const next = new Map(state.cards);
    for (const id of ids) {
      const received = next.get(id);
      if (received && !received.landed) next.set(id, { ...received, landed: true });
    }
    return { cards: next };
  });
}

/** Forgets these cards as received, unless a newer change of them has arrived since. */
export function cardsStored(cards: readonly Initiative[]) {
  const { cards: current } = useArrivingCards.getState();
  const gone = cards.filter((card) => current.get(card.id)?.card === card);
  if (gone.length === 0) return;
  const next = new Map(current);
  for (const card of gone) next.delete(card.id);
  useArrivingCards.setState({ cards: next });
}

/**
 * Resolves once this card, received from a teammate, is stored here and read back (or no longer
 * held as received: the bridge forgets it at the latest a moment after its pull); null for any
 * other card, so a command on it can start in this turn. A command on a card just joined then
 * finds it as the board showed it.
 */
export function whenLanded(id: string): Promise<void> | null {
  const waiting = (cards: ReadonlyMap<string, ArrivingCard<Initiative>>) => cards.get(id)?.landed === false;
  if (!waiting(useArrivingCards.getState().cards)) return null;
  return new Promise((resolve) => {
    const stop = useArrivingCards.subscribe(({ cards }) => {
      if (waiting(cards)) return;
      stop();
      resolve();
    });
  });
}
