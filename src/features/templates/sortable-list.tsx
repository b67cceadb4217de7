import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';

export interface HandleProps {
  setNode: (node: HTMLElement | null) => void;
  attributes: Record<string, unknown>;
  listeners: Record<string, unknown> | undefined;
}

interface SortableListProps {
  ids: string[];
  /** How the list names an item in announcements. */
  nameOf: (id: string) => string;
  onMove: (from: number, to: number) => void;
  renderItem: (id: string, index: number, handle: HandleProps) => ReactNode;
  label: string;
}

function SortableRow({ id, index, renderItem }: { id: string; index: number; renderItem: SortableListProps['renderItem'] }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, attributes: { roleDescription: t('templateEditor.roleDescription') } });
  return (
    <li ref={setNodeRef} className={`sortable-row${isDragging ? ' sortable-row--dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }}>
      {renderItem(id, index, { setNode: setActivatorNodeRef, attributes: attributes as unknown as Record<string, unknown>, listeners })}
    </li>
  );
}

/**
 * A short list reordered by dragging a handle or with the keyboard (dnd-kit's sortable preset:
 * Space, arrows, Space; Escape cancels). Editors keep up/down buttons too, for those who do not drag.
 */
export function SortableList({ ids, nameOf, onMove, renderItem, label }: SortableListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t('templateEditor.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('templateEditor.pickedUp', { name: nameOf(String(active.id)), position: position(active.id), total: ids.length }),
          onDragOver: ({ active, over }) => (over ? t('templateEditor.movedTo', { name: nameOf(String(active.id)), position: position(over.id), total: ids.length }) : undefined),
          onDragEnd: ({ active, over }) => t('templateEditor.dropped', { name: nameOf(String(active.id)), position: position(over?.id ?? active.id), total: ids.length }),
          onDragCancel: ({ active }) => t('templateEditor.cancelled', { name: nameOf(String(active.id)), position: position(active.id) }),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="sortable-list" aria-label={label}>
          {ids.map((id, index) => (
            <SortableRow key={id} id={id} index={index} renderItem={renderItem} />
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
