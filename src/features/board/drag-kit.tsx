import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
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
import type { Initiative } from '../../domain/types';
import { announce } from '../../ui/announcer';
import { useDeliveryGate } from '../../ui/delivery-gate';
import { usePreferences } from '../../ui/preferences';
import { useCommand } from '../../ui/use-command';
import { useCanWrite } from '../../ui/use-share';
import { setPresence } from '../../sync/status';
import { createAutoScroller } from './auto-scroll';
import { columnRegistry } from './column-registry';
import { PICK_UP_KEYS, replayPress } from './press-replay';
import { DragProxies } from './drag-proxies';
import { useDragStore, type DropTarget } from './drag-store';
import { slotAtY } from './geometry';
import { InitiativeCard } from './initiative-card';
import { keyboardCoordinates, sizeWith } from './keyboard-moves';
import { withMoveCommands } from './move-commands';
import { moveJournal } from './move-journal';

const OPEN_GATE = { proceed: true, reason: '' } as const;

interface DragKitProps {
  productId: string;
  boardRef: RefObject<HTMLElement | null>;
  demand: ReadonlyMap<string, Demand> | undefined;
}

function pointerOf(event: DragMoveEvent): { x: number; y: number } | null {
  const start = event.activatorEvent;
  if (start instanceof MouseEvent) return { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y };
  if (typeof TouchEvent !== 'undefined' && start instanceof TouchEvent && start.touches[0]) {
    return { x: start.touches[0].clientX + event.delta.x, y: start.touches[0].clientY + event.delta.y };
  }
  return null;
}

/**
 * The board's drag and drop, loaded once the board is pointed at, focused or pressed (BoardDnd).
 * Cards are plain draggables and stages plain droppables: the drop index comes from the column's
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
    useSensor(KeyboardSensor, {
      coordinateGetter: keyboardCoordinates,
      keyboardCodes: { start: PICK_UP_KEYS, cancel: ['Escape'], end: PICK_UP_KEYS },
    }),
  );

  const describe = (target: DropTarget) => {
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

  // A press made while this code loaded, now that every card has its listeners.
  useEffect(() => replayPress(), []);

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
    setPresence(productId, { viewing: null, dragging: null });
  };

  const onDragEnd = async () => {
    const { origin, target, activeId } = useDragStore.getState();
    const card = active;
    const keyboard = viaKeyboard.current;
    finish();
    if (!origin || !target || !activeId || !card) return;
    if (origin.stageId === target.stageId && origin.index === target.index) {
      if (keyboard) useDragStore.getState().focusRequested(card.id);
      const words = describe(target);
      if (words) announce(t('dnd.dropped', { title: card.title, ...words }));
      return;
    }
    const column = columnRegistry.get(target.stageId);
    if (!column) return;
    const words = describe(target);
    const rest = column.cards.filter((c) => c.id !== activeId);
    const [before, after] = [rest[target.index - 1]?.id ?? null, rest[target.index]?.id ?? null];
    const { moveDropped, pendingCleared, focusRequested } = useDragStore.getState();
    // Awaited only when there is a gate: otherwise the card shows at its new place in the drop's own render.
    const gate = entersDelivery(card.lane, column.lane) ? await confirmGate(card, column.lane) : OPEN_GATE;
    if (!gate.proceed) {
      if (keyboard) focusRequested(card.id);
      announce(t('gate.cancelled', { title: card.title }));
      return;
    }
    // The card shows at its new place in this frame; the write and the re-read follow.
    moveDropped({ card, fromStageId: origin.stageId, fromRank: card.rank, toStageId: target.stageId, index: target.index });
    if (keyboard) focusRequested(activeId);
    if (words) announce(t('dnd.dropped', { title: card.title, ...words }));
    const journaled = { id: activeId, fromStageId: origin.stageId, fromRank: card.rank, toStageId: target.stageId, beforeId: before, afterId: after, gateReason: gate.reason };
    moveJournal.add(journaled);
    const expect = { stageId: journaled.fromStageId, rank: journaled.fromRank };
    const result = await run(() => withMoveCommands((commands) => commands.moveInitiative(activeId, target.stageId, before, after, { expect, gateReason: gate.reason })));
    moveJournal.done(activeId);
    if (!result.ok) pendingCleared();
  };

  const onDragCancel = () => {
    const { origin } = useDragStore.getState();
    const card = active;
    const keyboard = viaKeyboard.current;
    finish();
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
