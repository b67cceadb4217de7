import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type CollisionDetection, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useOpenDialogs } from './open-dialogs';
import './sortable-list.css';

/** What a row gives its drag handle. */
export interface HandleProps {
  setNode: (node: HTMLElement | null) => void;
  attributes: Record<string, unknown>;
  listeners: Record<string, unknown> | undefined;
}

/** Where a move stands: the dragged item, its place when picked up and its place now (both from 1). */
export interface SortStep {
  id: string;
  from: number;
  position: number;
  total: number;
}

/** What screen readers hear, in the list's own words (an item's name, or its number). */
export interface SortWords {
  roleDescription: string;
  instructions: string;
  pickedUp: (step: SortStep) => string;
  over: (step: SortStep) => string;
  dropped: (step: SortStep) => string;
  cancelled: (step: SortStep) => string;
}

interface SortableListProps {
  ids: string[];
  /** Moves the item at `from` to the index `to`, as in the list once moved. */
  onMove: (from: number, to: number) => void;
  renderItem: (id: string, index: number, handle: HandleProps) => ReactNode;
  label: string;
  words: SortWords;
  /** The list's own class for each row, beside the shared `sortable-row`. */
  rowClassName?: string;
}

/**
 * The item whose leading edge is nearest the dragged one's: its top when moving up, its bottom
 * when moving down. Rows differ in height (a story with its details open, a section with many
 * items), and the keyboard aligns that edge with the next row's; by centres, a tall row would stay
 * nearest itself and never move.
 */
const closestEdge: CollisionDetection = ({ active, collisionRect, droppableRects, droppableContainers }) => {
  const down = collisionRect.top > (active.rect.current.initial?.top ?? collisionRect.top);
  return droppableContainers
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      if (!rect) return [];
      const distance = down ? Math.abs(rect.bottom - collisionRect.bottom) : Math.abs(rect.top - collisionRect.top);
      return [{ id: container.id, data: { droppableContainer: container, value: distance } }];
    })
    .sort((a, b) => a.data.value - b.data.value);
};

interface SortableRowProps {
  id: string;
  index: number;
  renderItem: SortableListProps['renderItem'];
  roleDescription: string;
  className: string;
}

function SortableRow({ id, index, renderItem, roleDescription, className }: SortableRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, attributes: { roleDescription } });
  return (
    // Translate, not Transform: rows of different heights must not be stretched to each other's size while they shift.
    <li ref={setNodeRef} className={['sortable-row', className, isDragging && 'sortable-row--dragging'].filter(Boolean).join(' ')} style={{ transform: CSS.Translate.toString(transform), transition }}>
      {renderItem(id, index, { setNode: setActivatorNodeRef, attributes: attributes as unknown as Record<string, unknown>, listeners })}
    </li>
  );
}

/**
 * A short list reordered by dragging a handle (pointer or touch) or from the keyboard on the
 * handle (dnd-kit's sortable preset: Space, arrows, Space; Escape cancels), each step announced.
 * Lists keep up/down buttons too, for those who do not drag.
 */
export function SortableList({ ids, onMove, renderItem, label, words, rowClassName = '' }: SortableListProps) {
  // Inside a modal dialog (the initiative drawer) announcements must be read from the dialog: the rest is inert.
  const topDialog = useOpenDialogs((s) => s.stack.at(-1));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const step = (active: UniqueIdentifier, at: UniqueIdentifier | undefined): SortStep => ({ id: String(active), from: position(active), position: position(at), total: ids.length });
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestEdge}
      onDragEnd={onDragEnd}
      accessibility={{
        container: topDialog,
        screenReaderInstructions: { draggable: words.instructions },
        announcements: {
          onDragStart: ({ active }) => words.pickedUp(step(active.id, active.id)),
          onDragOver: ({ active, over }) => (over ? words.over(step(active.id, over.id)) : undefined),
          onDragEnd: ({ active, over }) => words.dropped(step(active.id, over?.id ?? active.id)),
          onDragCancel: ({ active }) => words.cancelled(step(active.id, active.id)),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="sortable-list" aria-label={label}>
          {ids.map((id, index) => (
            <SortableRow key={id} id={id} index={index} renderItem={renderItem} roleDescription={words.roleDescription} className={rowClassName} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

export function DragHandle({ setNode, attributes, listeners, label }: HandleProps & { label: string }) {
  return (
    <button type="button" className="icon-button drag-handle" ref={setNode} aria-label={label} {...attributes} {...listeners}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
