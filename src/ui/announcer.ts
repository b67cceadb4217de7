import { create } from 'zustand';

interface AnnouncerState {
  message: string;
  /** Bumped on each announcement so the same sentence twice is still read. */
  seq: number;
  announced: (message: string) => void;
}

/** What the assertive live region says next: drag positions, results of keyboard moves. */
export const useAnnouncer = create<AnnouncerState>()((set) => ({
  message: '',
  seq: 0,
  announced: (message) => set((s) => ({ message, seq: s.seq + 1 })),
}));

export const announce = (message: string) => useAnnouncer.getState().announced(message);
