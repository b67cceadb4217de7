import {
  DndContext,
  DragOverlay,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Demand } from '../../domain/feedback/demand';
import { entersDelivery } from '../../domain/lanes';
import { slotToIndex } from '../../domain/moves';
import type { Initiative, Lane } from '../../domain/types';
import { announce } from '../../ui/announcer';
import { useDeliveryGate } from '../../ui/delivery-gate';
import { usePreferences } from '../../ui/preferences';
import { useCommand } from '../../ui/use-command';
import { useCanWrite } from '../../ui/use-share';
import { whenLanded } from '../../sync/arriving-cards';
import { setPresence, stopDragging } from '../../sync/status';
import { createAutoScroller } from './auto-scroll';
import { columnRegistry } from './column-registry';
import { PICK_UP_KEYS } from './press-replay';
import { DragProxies } from './drag-proxies';
import { useDragStore, type DropTarget } from './drag-store';
import { pointerOf, slotAtY } from './geometry';
import { InitiativeCard } from './initiative-card';
import { keyboardCoordinates, sizeWith } from './keyboard-moves';
import { BoardKeyboardSensor } from './keyboard-sensor';
import { withMoveCommands } from './move-commands';
import { moveJournal } from './move-journal';

/** A drop that moves a card: where it was, where it goes, between which neighbours. */
interface Move {
  card: Initiative;
  origin: DropTarget;
  target: DropTarget;
  before: string | null;
  after: string | null;
  keyboard: boolean;
  /** Dropped where it was picked up: nothing to write. */
  stays: boolean;
  /** The lane of the stage it goes to (entering Delivery, the gate may ask first). */
  lane: Lane;
  /** What the live region says of the new place, counted while the card was still held. */
  words: { lane: string; stage: string; position: number; total: number } | null;
}

interface DragKitProps {
  productId: string;
  boardRef: RefObject<HTMLElement | null>;
  demand: ReadonlyMap<string, Demand> | undefined;
}

/**
 * The board's drag and drop, loaded once the board is pointed at, focused or pressed (BoardDnd).
 * The card pressed is a plain draggable and stages plain droppables: the drop index comes from the column's
 * virtualiser, so nothing re-measures or re-renders every card while a card moves. All four ways
 * of moving end in the same moveInitiative command.
 */
export function DragKit({ productId, boardRef, demand }: DragKitProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const { confirm: confirmGate, dialog: gateDialog } = useDeliveryGate();
  const [active, setActive] = useState<Initiative | null>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const overStage = useRef<string | null>(null);
  const viaKeyboard = useRef(false);
  const density = usePreferences((s) => s.cardDensity);

  const canWrite = useCanWrite(productId);
  const noSensors = useSensors();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(BoardKeyboardSensor, { coordinatesFor: keyboardCoordinates, keys: { start: PICK_UP_KEYS, cancel: ['Escape'], end: PICK_UP_KEYS } }),
  );

  const describe = (target: DropTarget): Move['words'] => {
    const column = columnRegistry.get(target.stageId);
    const origin = useDragStore.getState().origin;
    if (!column) return null;
    return {
      lane: t(`lanes.${column.lane}`),
      stage: column.name,
      position: target.index + 1,
      total: sizeWith(column, origin),
    };
  };

  const pointerTarget = () => {
    const { origin, target, targetChanged } = useDragStore.getState();
    const column = overStage.current ? columnRegistry.get(overStage.current) : undefined;
    if (!column || !pointer.current || !origin) return;
    const activeIndex = column.stageId === origin.stageId ? origin.index : null;
    const index = slotToIndex(slotAtY(column, pointer.current.y), activeIndex);
    if (target?.stageId !== column.stageId || target.index !== index) targetChanged({ stageId: column.stageId, index });
  };

  // Every change of drop target, by pointer or keyboard, is spoken with its true position.
  const describeRef = useRef(describe);
  useLayoutEffect(() => {
    describeRef.current = describe;
  });
  useEffect(
    () =>
      useDragStore.subscribe((state, prev) => {
        if (!state.activeId || state.activeId !== prev.activeId || !state.target || state.target === prev.target) return;
        const words = describeRef.current(state.target);
        if (words) announce(t('dnd.over', words));
      }),
    [t],
  );

  // One scroller per board, made on the first drag; it calls the latest pointerTarget through a ref.
  const retarget = useRef(pointerTarget);
  useLayoutEffect(() => {
    retarget.current = pointerTarget;
  });
  const scroller = useRef<ReturnType<typeof createAutoScroller> | null>(null);
  const autoScroller = () => (scroller.current ??= createAutoScroller(() => retarget.current()));

  const onDragStart = ({ active: a, activatorEvent }: DragStartEvent) => {
    const column = columnRegistry.get(String(a.data.current?.stageId));
    const index = column ? column.cards.findIndex((c) => c.id === a.id) : -1;
    const card = column?.cards[index];
    if (!column || !card) return;
    viaKeyboard.current = activatorEvent instanceof KeyboardEvent;
    const origin = { stageId: column.stageId, index };
    useDragStore.getState().dragStarted(card.id, origin);
    setActive(card);
    setPresence(productId, { viewing: null, dragging: card.id });
    const words = describe(origin);
    if (words) announce(t('dnd.pickedUp', { title: card.title, ...words }));
  };

  const onDragOver = ({ over }: DragOverEvent) => useDragStore.getState().overChanged(over ? String(over.id) : null);

  const onDragMove = (event: DragMoveEvent) => {
    const at = pointerOf(event);
    if (!at) return;
    pointer.current = at;
    overStage.current = event.over ? String(event.over.id) : overStage.current;
    pointerTarget();
    const column = overStage.current ? columnRegistry.get(overStage.current)?.scrollEl ?? null : null;
    autoScroller().update(at, column, boardRef.current);
  };

  const finish = () => {
    scroller.current?.stop();
    pointer.current = null;
    overStage.current = null;
    setActive(null);
    useDragStore.getState().dragEnded();
  };

  /** What the drop does, read while the card is still held: null when there is no card or target. */
  const plannedDrop = (): Move | null => {
    const { origin, target, activeId } = useDragStore.getState();
    const card = active;
    const column = target ? columnRegistry.get(target.stageId) : undefined;
    if (!origin || !target || !activeId || !card || !column) return null;
    const rest = column.cards.filter((c) => c.id !== activeId);
    return {
      card,
      origin,
      target,
      before: rest[target.index - 1]?.id ?? null,
      after: rest[target.index]?.id ?? null,
      keyboard: viaKeyboard.current,
      // Counted while the card is still held: a stage's size with it, not with it twice.
      words: describe(target),
      stays: origin.stageId === target.stageId && origin.index === target.index,
      lane: column.lane,
    };
  };

  /** Writes the move; `gateReason`: why it enters Delivery although the gate found gaps. */
  const write = ({ card, origin, target, before, after }: Move, gateReason: string) => {
    const journaled = { id: card.id, fromStageId: origin.stageId, fromRank: card.rank, toStageId: target.stageId, beforeId: before, afterId: after, gateReason };
    moveJournal.add(journaled);
    const expect = { stageId: journaled.fromStageId, rank: journaled.fromRank };
    const move = () => withMoveCommands((commands) => commands.moveInitiative(card.id, target.stageId, before, after, { expect, gateReason }));
    // A card just received is shown before it is stored: its move waits for it, shown where it goes.
    const landed = whenLanded(card.id);
    const written = run(() => (landed ? landed.then(move) : move()));
    return written.then((result) => {
      moveJournal.done(card.id);
      return result.ok;
    });
  };

  // dnd-kit asks cancelDrop before it ends the drag and renders: a move the gate has nothing to
  // ask about starts its write here, so the database reads what it needs while React draws the
  // drop, and the change leaves sooner. It never cancels a drop.
  const writing = useRef<{ id: string; written: Promise<boolean> } | null>(null);
  const beforeDrop = () => {
    const move = plannedDrop();
    writing.current = move && !move.stays && !entersDelivery(move.card.lane, move.lane) ? { id: move.card.id, written: write(move, '') } : null;
    return false;
  };

  const onDragEnd = () => {
    const move = plannedDrop();
    const started = writing.current;
    writing.current = null;
    finish();
    const leaving = started && started.id === move?.card.id ? started : null;
    // Teammates hear the drop's change before the drag's end: nothing of ours ahead of it, on the
    // servers or in their browser.
    if (leaving) void leaving.written.finally(() => stopDragging(productId, leaving.id));
    else setPresence(productId, { viewing: null, dragging: null });
    if (!move) return;
    const { card, keyboard, words } = move;
    if (move.stays) {
      if (keyboard) useDragStore.getState().focusRequested(card.id);
      if (words) announce(t('dnd.dropped', { title: card.title, ...words }));
      return;
    }
    if (leaving) {
      shown(move, leaving.written);
      return;
    }
    void confirmGate(card, move.lane).then((gate) => {
      if (gate.proceed) shown(move, write(move, gate.reason));
      else {
        if (keyboard) useDragStore.getState().focusRequested(card.id);
        announce(t('gate.cancelled', { title: card.title }));
      }
    });
  };

  /** The card shows at its new place in this frame, until the write lands (or fails and it goes back). */
  const shown = ({ card, origin, target, keyboard, words }: Move, written: Promise<boolean>) => {
    const { moveDropped, pendingCleared, focusRequested } = useDragStore.getState();
    moveDropped({ card, fromStageId: origin.stageId, fromRank: card.rank, toStageId: target.stageId, index: target.index });
    if (keyboard) focusRequested(card.id);
    if (words) announce(t('dnd.dropped', { title: card.title, ...words }));
    void written.then((ok) => {
      if (!ok) pendingCleared();
    });
  };

  const onDragCancel = () => {
    const { origin } = useDragStore.getState();
    const card = active;
    const keyboard = viaKeyboard.current;
    finish();
    setPresence(productId, { viewing: null, dragging: null });
    if (card && origin) {
      const column = columnRegistry.get(origin.stageId);
      announce(t('dnd.cancelled', { title: card.title, stage: column?.name ?? '', position: origin.index + 1 }));
      if (keyboard) useDragStore.getState().focusRequested(card.id);
    }
  };

  return (
    <DndContext
      sensors={canWrite ? sensors : noSensors}
      collisionDetection={pointerWithin}
      autoScroll={false}
      accessibility={{ screenReaderInstructions: { draggable: t('dnd.instructions') }, announcements: silent }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      cancelDrop={beforeDrop}
      onDragCancel={onDragCancel}
    >
      <DragProxies />
      {gateDialog}
      <DragOverlay dropAnimation={null}>
        {active ? (
          <div className={`card card--${density} card--overlay`}>
            <div className="card__handle">
              <InitiativeCard initiative={active} density={density} demand={demand?.get(active.id)} />
            </div>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

/** Our own live region speaks for drags (with true positions in virtualised stages). */
const silent = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};
