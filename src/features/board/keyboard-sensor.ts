import type { Activators, SensorInstance, SensorProps } from '@dnd-kit/core';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { pressOf } from './press-replay';

interface Point {
  x: number;
  y: number;
}

export interface BoardKeyboardOptions {
  /** The keys that pick a card up, drop it, and put it back. */
  keys: { start: string[]; end: string[]; cancel: string[] };
  /** Where a key takes the held card, in the viewport; undefined when it stays where it is. */
  coordinatesFor: (event: KeyboardEvent) => Point | undefined;
}

/**
 * The board's keyboard sensor. dnd-kit's own starts listening for keys one task after the pick-up
 * (so that the key picking the card up does not drop it at once), and Chromium runs input before
 * timers when it is busy: an Escape or Space that came first was lost, and the card stayed held,
 * shown to teammates as being moved. This one listens from the pick-up itself and passes over
 * the pick-up's own key. Keyboard moves need none of dnd-kit's scrolling: coordinatesFor
 * brings the target into view (keyboard-moves).
 */
export class BoardKeyboardSensor implements SensorInstance {
  static activators: Activators<BoardKeyboardOptions> = [
    {
      eventName: 'onKeyDown',
      handler: (event: ReactKeyboardEvent, { keys }, { active }) => {
        if (!keys.start.includes(event.nativeEvent.code)) return false;
        const activator = active.activatorNode.current;
        if (activator && event.target !== activator) return false;
        event.preventDefault();
        return true;
      },
    },
  ];

  autoScrollEnabled = false;
  private readonly props: SensorProps<BoardKeyboardOptions>;
  /** Where the card was drawn when the first key moved it: moves are sent as offsets from there. */
  private origin: Point | null = null;
  private readonly doc: Document;
  private readonly win: Window;

  constructor(props: SensorProps<BoardKeyboardOptions>) {
    this.props = props;
    const target = props.event.target instanceof Node ? props.event.target : null;
    this.doc = target?.ownerDocument ?? document;
    this.win = this.doc.defaultView ?? window;
    this.doc.addEventListener('keydown', this.onKeyDown);
    this.win.addEventListener('resize', this.cancel);
    this.doc.addEventListener('visibilitychange', this.cancel);
    props.activeNode.node.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    props.onStart({ x: 0, y: 0 });
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // The pick-up's own key, on its way up to the document (replayed or not).
    if (pressOf(event) === pressOf(this.props.event)) return;
    const { keys, coordinatesFor } = this.props.options;
    if (keys.end.includes(event.code)) return this.stop(event, this.props.onEnd);
    if (keys.cancel.includes(event.code)) return this.stop(event, this.props.onCancel);
    const to = coordinatesFor(event);
    if (!to) return;
    event.preventDefault();
    const rect = this.props.context.current.collisionRect;
    this.origin ??= rect ? { x: rect.left, y: rect.top } : { x: 0, y: 0 };
    this.props.onMove({ x: to.x - this.origin.x, y: to.y - this.origin.y });
  };

  private readonly cancel = () => this.stop(null, this.props.onCancel);

  private stop(event: Event | null, then: () => void) {
    event?.preventDefault();
    this.doc.removeEventListener('keydown', this.onKeyDown);
    this.win.removeEventListener('resize', this.cancel);
    this.doc.removeEventListener('visibilitychange', this.cancel);
    then();
  }
}
