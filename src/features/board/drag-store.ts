import { create } from 'zustand';

export interface DropTarget {
  stageId: string;
  /** Position in the target stage's list without the dragged card. */
  index: number;
}

interface DragState {
  activeId: string | null;
  origin: DropTarget | null;
  target: DropTarget | null;
  /** A card that should take focus once it renders (after a keyboard drop). */
  focusId: string | null;
  dragStarted: (activeId: string, origin: DropTarget) => void;
  targetChanged: (target: DropTarget) => void;
  dragEnded: () => void;
  focusRequested: (id: string | null) => void;
}

/** Drag and drop UI state. Columns select only their own slice, so a move re-renders two columns at most. */
export const useDragStore = create<DragState>()((set) => ({
  activeId: null,
  origin: null,
  target: null,
  focusId: null,
  dragStarted: (activeId, origin) => set({ activeId, origin, target: origin }),
  targetChanged: (target) => set({ target }),
  dragEnded: () => set({ activeId: null, origin: null, target: null }),
  focusRequested: (focusId) => set({ focusId }),
}));
