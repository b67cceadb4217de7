import { create } from 'zustand';

/** What a shortcut or the palette asked of the board, done when the board shows (at once, or after going there). */
export type BoardRequest = 'newInitiative' | 'focusFilter';

interface Shortcuts {
  helpOpen: boolean;
  boardRequest: BoardRequest | null;
  helpShown: (open: boolean) => void;
  boardRequested: (request: BoardRequest) => void;
  boardRequestDone: () => void;
}

export const useShortcutsStore = create<Shortcuts>()((set) => ({
  helpOpen: false,
  boardRequest: null,
  helpShown: (helpOpen) => set({ helpOpen }),
  boardRequested: (boardRequest) => set({ boardRequest }),
  boardRequestDone: () => set({ boardRequest: null }),
}));

/** Marks what J and K move through: board cards, a list's rows. */
export const SHORTCUT_ITEM = 'data-shortcut-item';

/** Where the keys act: the product shown, the page, and how to go elsewhere. */
export interface ShortcutContext {
  productId: string | null;
  location: string;
  navigate: (to: string) => void;
}
