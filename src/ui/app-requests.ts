import { create } from 'zustand';

interface AppRequests {
  /** Set when something outside the board (the command palette, a shortcut) asks for "New initiative". */
  newInitiative: boolean;
  requestNewInitiative: () => void;
  newInitiativeHandled: () => void;
}

/**
 * Requests a page answers once it shows: the palette asks, goes to the board, and the board opens
 * its New initiative dialog, without either importing the other.
 */
export const useAppRequests = create<AppRequests>()((set) => ({
  newInitiative: false,
  requestNewInitiative: () => set({ newInitiative: true }),
  newInitiativeHandled: () => set({ newInitiative: false }),
}));
