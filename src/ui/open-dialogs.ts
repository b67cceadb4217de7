import { create } from 'zustand';

interface OpenDialogs {
  stack: HTMLDialogElement[];
  dialogOpened: (dialog: HTMLDialogElement) => void;
  dialogClosed: (dialog: HTMLDialogElement) => void;
}

/**
 * The modal dialogs open now, top-most last. A modal dialog makes the rest of the page inert, so
 * whatever must stay usable above it (notices and their Undo or Reload) renders into the top one.
 */
export const useOpenDialogs = create<OpenDialogs>()((set) => ({
  stack: [],
  dialogOpened: (dialog) => set((s) => ({ stack: [...s.stack, dialog] })),
  dialogClosed: (dialog) => set((s) => ({ stack: s.stack.filter((d) => d !== dialog) })),
}));
