/** The keys that pick a card up (and put it down). */
export const PICK_UP_KEYS = ['Space'];

interface Press {
  node: HTMLElement;
  event: Event;
  /** Where the pointer went while the drag code loaded. */
  movedTo: { x: number; y: number } | null;
}

let pending: Press | null = null;
let stopFollowing = (): void => undefined;

/** Whether an event on a card handle would start a drag: the main button, one finger, or a pick-up key. */
export function startsDrag(event: Event): boolean {
  if (event instanceof KeyboardEvent) return PICK_UP_KEYS.includes(event.code);
  if (event instanceof MouseEvent) return event.button === 0;
  return typeof TouchEvent !== 'undefined' && event instanceof TouchEvent && event.touches.length === 1;
}

/** Follows a press made before the drag code loaded: a release ends it, moves are kept for the replay. */
function follow(press: Press) {
  const win = press.node.ownerDocument.defaultView ?? window;
  const released = () => {
    if (pending === press) pending = null;
    stopFollowing();
  };
  const moved = (event: MouseEvent) => (press.movedTo = { x: event.clientX, y: event.clientY });
  // Escape before the card was picked up: it is not picked up at all.
  const escaped = (event: KeyboardEvent) => event.code === 'Escape' && released();
  const ends = ['mouseup', 'touchend', 'touchcancel'];
  ends.forEach((name) => win.addEventListener(name, released, true));
  win.addEventListener('keydown', escaped, true);
  // Not in the capture phase: the window's own blur only (leaving the window), not every field's.
  win.addEventListener('blur', released);
  win.addEventListener('mousemove', moved, true);
  stopFollowing = () => {
    ends.forEach((name) => win.removeEventListener(name, released, true));
    win.removeEventListener('keydown', escaped, true);
    win.removeEventListener('blur', released);
    win.removeEventListener('mousemove', moved, true);
  };
}

/** Keeps a press made before the drag code loaded, for replayPress. */
export function holdPress(node: HTMLElement, event: Event) {
  stopFollowing();
  pending = { node, event, movedTo: null };
  follow(pending);
}

/** Each replayed press's copy, with the press it copies (which may still be on its way up the page). */
const copied = new WeakMap<Event, Event>();

/** The press an event replayed, or the event itself. */
export const pressOf = (event: Event): Event => copied.get(event) ?? event;

function copyOf({ event, node }: Press): Event {
  const init = { bubbles: true, cancelable: true };
  if (event instanceof KeyboardEvent) return new KeyboardEvent('keydown', { ...init, code: event.code, key: event.key });
  if (event instanceof MouseEvent) return new MouseEvent('mousedown', { ...init, clientX: event.clientX, clientY: event.clientY, button: 0, buttons: 1 });
  const touch = (event as TouchEvent).touches[0]!;
  return new TouchEvent('touchstart', { ...init, touches: [new Touch({ identifier: touch.identifier, target: node, clientX: touch.clientX, clientY: touch.clientY })] });
}

/** Gives dnd-kit the press that was waiting for it, if the finger, button or key is still down. */
export function replayPress() {
  const press = pending;
  pending = null;
  stopFollowing();
  if (!press?.node.isConnected) return;
  const copy = copyOf(press);
  copied.set(copy, press.event);
  press.node.dispatchEvent(copy);
  if (press.movedTo) {
    const { x, y } = press.movedTo;
    press.node.ownerDocument.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y, buttons: 1 }));
  }
}
