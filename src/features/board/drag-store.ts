import { create } from 'zustand';
import type { PendingMove } from '../../domain/moves';
import type { Initiative } from '../../domain/types';

export interface DropTarget {
  stageId: string;
  /** Position in the target stage's list without the dragged card. */
  index: number;
}

interface DragState {
  activeId: string | null;
  origin: DropTarget | null;
  target: DropTarget | null;
  /** The stage under the dragged card, as dnd-kit sees it. */
  overId: string | null;
  /** A card that should take focus once it renders (after a keyboard drop). */
  focusId: string | null;
  /** A drop being written: shown at once, until the stages' own data has it. */
  pending: PendingMove<Initiative> | null;
  /** Stages whose data does not show the pending move yet. */
  waiting: string[];
  dragStarted: (activeId: string, origin: DropTarget) => void;
  targetChanged: (target: DropTarget) => void;
  overChanged: (overId: string | null) => void;
  dragEnded: () => void;
  focusRequested: (id: string | null) => void;
  moveDropped: (move: PendingMove<Initiative>) => void;
  pendingLanded: (stageId: string) => void;
  pendingCleared: () => void;
}

/** Drag and drop UI state. Columns select only their own slice, so a move re-renders two columns at most. */
export const useDragStore = create<DragState>()((set) => ({
  activeId: null,
  origin: null,
  target: null,
  overId: null,
  focusId: null,
  pending: null,
  waiting: [],
  dragStarted: (activeId, origin) => set({ activeId, origin, target: origin }),
  targetChanged: (target) => set({ target }),
  overChanged: (overId) => set({ overId }),
  dragEnded: () => set({ activeId: null, origin: null, target: null, overId: null }),
  focusRequested: (focusId) => set({ focusId }),
  moveDropped: (pending) => set({ pending, waiting: [...new Set([pending.fromStageId, pending.toStageId])] }),
  pendingLanded: (stageId) =>
    set((s) => {
      const waiting = s.waiting.filter((id) => id !== stageId);
      return waiting.length === 0 ? { pending: null, waiting } : { waiting };
    }),
  pendingCleared: () => set({ pending: null, waiting: [] }),
}));
