import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type CollisionDetection, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { useOpenDialogs } from '../../ui/open-dialogs';

/** What a row gives its drag handle. */
export interface StoryHandle {
  setNode: (node: HTMLElement | null) => void;
  attributes: Record<string, unknown>;
  listeners: Record<string, unknown> | undefined;
}

interface SortableStoriesProps {
  ids: string[];
  /** Moves the item at `from` to the index `to`, as in the list once moved. */
  onMove: (from: number, to: number) => void;
  renderItem: (id: string, index: number, handle: StoryHandle) => ReactNode;
  label: string;
}

/**
 * The story whose leading edge is nearest the dragged one's: its top when moving up, its bottom
 * when moving down. Stories differ in height (one may have its details open), and the keyboard
 * aligns that edge with the next story's; by centres, a tall story would stay nearest itself and
 * never move.
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

function SortableStory({ id, index, renderItem }: { id: string; index: number; renderItem: SortableStoriesProps['renderItem'] }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, attributes: { roleDescription: t('stories.drag.roleDescription') } });
  return (
    <li ref={setNodeRef} className={`story${isDragging ? ' story--dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      {renderItem(id, index, { setNode: setActivatorNodeRef, attributes: attributes as unknown as Record<string, unknown>, listeners })}
    </li>
  );
}

/**
 * The stories in order, reordered by dragging a handle (pointer or touch) or from the keyboard on
 * the handle (Space, arrows, Space; Escape cancels), with each step announced by position.
 */
export function SortableStories({ ids, onMove, renderItem, label }: SortableStoriesProps) {
  const { t } = useTranslation();
  // The drawer is a modal dialog: announcements must be read from inside it, the rest is inert.
  const topDialog = useOpenDialogs((s) => s.stack.at(-1));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
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
        screenReaderInstructions: { draggable: t('stories.drag.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('stories.drag.pickedUp', { number: position(active.id), position: position(active.id), total: ids.length }),
          onDragOver: ({ active, over }) => (over ? t('stories.drag.over', { number: position(active.id), position: position(over.id), total: ids.length }) : undefined),
          onDragEnd: ({ active, over }) => t('stories.drag.dropped', { position: position(over?.id ?? active.id), total: ids.length }),
          onDragCancel: ({ active }) => t('stories.drag.cancelled', { number: position(active.id), position: position(active.id) }),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="story-list" aria-label={label}>
          {ids.map((id, index) => (
            <SortableStory key={id} id={id} index={index} renderItem={renderItem} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

export function StoryDragHandle({ setNode, attributes, listeners, label }: StoryHandle & { label: string }) {
  return (
    <button type="button" className="icon-button story__handle" ref={setNode} aria-label={label} {...attributes} {...listeners}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
