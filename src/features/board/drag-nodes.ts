import type { SyntheticEvent } from 'react';

/** The hidden text that tells how to move a card with the keyboard, describing every card. */
export const DRAG_INSTRUCTIONS_ID = 'board-drag-instructions';

/** A card's dnd-kit listeners (onMouseDown, onTouchStart, onKeyDown), once the drag code has loaded. */
export type DragListeners = Partial<Record<string, (event: SyntheticEvent) => void>>;

export interface CardNode {
  stageId: string;
  node: HTMLElement;
}

const cards = new Map<string, CardNode>();
const stages = new Map<string, HTMLElement>();
const listeners = new Map<string, DragListeners>();
/** The card pressed last: the only one dnd-kit knows as a draggable (see arm). */
let armed: string | null = null;
const subscribers = new Set<() => void>();
let version = 0;

function changed() {
  version += 1;
  subscribers.forEach((notify) => notify());
}

/**
 * The board's card handles and stages as mounted, for the drag code that loads after the first
 * paint: it makes them draggable and droppable without the board rendering anything again.
 */
export const dragNodes = {
  setCard(id: string, stageId: string, node: HTMLElement) {
    cards.set(id, { stageId, node });
    changed();
  },
  /** Only the card's own node: the same card may already be mounted in the stage it moved to. */
  removeCard(id: string, node: HTMLElement) {
    if (cards.get(id)?.node !== node) return;
    cards.delete(id);
    changed();
  },
  setStage(id: string, node: HTMLElement) {
    stages.set(id, node);
    changed();
  },
  removeStage(id: string, node: HTMLElement) {
    if (stages.get(id) !== node) return;
    stages.delete(id);
    changed();
  },
  cards: (): ReadonlyMap<string, CardNode> => cards,
  stages: (): ReadonlyMap<string, HTMLElement> => stages,
  subscribe(notify: () => void) {
    subscribers.add(notify);
    return () => void subscribers.delete(notify);
  },
  version: () => version,
  listen(id: string, bound: DragListeners) {
    listeners.set(id, bound);
  },
  unlisten(id: string, bound: DragListeners) {
    if (listeners.get(id) === bound) listeners.delete(id);
  },
  listenersOf: (id: string) => listeners.get(id),
  /**
   * Makes this card the draggable: one card at a time has dnd-kit's draggable, the one pressed,
   * rather than every card in view, which all rendered again at each drag's start and end.
   */
  arm(id: string) {
    if (armed === id) return;
    armed = id;
    changed();
  },
  armed: () => armed,
};
