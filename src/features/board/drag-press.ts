import { useSyncExternalStore, type SyntheticEvent } from 'react';
import { dragNodes } from './drag-nodes';
import { holdPress, startsDrag } from './press-replay';

type DragKit = typeof import('./drag-kit');

let kit: DragKit | null = null;
let loading: Promise<void> | null = null;
const kitWaiters = new Set<() => void>();
/** Whether this person may move cards on the board shown (viewers may not). */
let enabled = false;

/**
 * Loads dnd-kit and the board's drag handlers, once: the first time someone points at, focuses or
 * presses the board. The first paint does not need them, and a first visit downloads less.
 */
export function loadDragKit() {
  loading ??= import('./drag-kit').then(
    (loaded) => {
      kit = loaded;
      kitWaiters.forEach((notify) => notify());
    },
    // Offline with no cached copy: the next press tries again.
    () => void (loading = null),
  );
}

function onKitLoaded(notify: () => void) {
  kitWaiters.add(notify);
  return () => void kitWaiters.delete(notify);
}

/** The drag code, once loaded. */
export function useDragKit(): DragKit | null {
  return useSyncExternalStore(onKitLoaded, () => kit);
}

export function setDragEnabled(value: boolean) {
  enabled = value;
}

/** dnd-kit's listener for each event that may start a drag. */
const HANDLERS: Record<string, string> = { mousedown: 'onMouseDown', touchstart: 'onTouchStart', keydown: 'onKeyDown' };

/**
 * A press on a card's handle: handed to dnd-kit when its listeners are there; otherwise kept
 * while the card becomes the draggable (and the drag code loads, the first time), and replayed
 * on the same handle once it is (replayPress).
 */
export function pressCard(id: string, event: SyntheticEvent<HTMLElement>) {
  const bound = dragNodes.listenersOf(id)?.[HANDLERS[event.type] ?? ''];
  if (bound) return bound(event);
  if (!enabled || !startsDrag(event.nativeEvent)) return;
  // Space would scroll the stage before the card is picked up.
  if (event.type === 'keydown') event.preventDefault();
  holdPress(event.currentTarget, event.nativeEvent);
  dragNodes.arm(id);
  loadDragKit();
}

