import { create } from 'zustand';

interface StageCounts {
  counts: Record<string, number>;
  countChanged: (stageId: string, count: number) => void;
}

/**
 * Card counts as the mounted columns last read them, so lane headers can sum them without a
 * second read of every card. Derived UI state: the database stays the only source.
 */
export const useStageCounts = create<StageCounts>()((set) => ({
  counts: {},
  countChanged: (stageId, count) =>
    set((s) => (s.counts[stageId] === count ? s : { counts: { ...s.counts, [stageId]: count } })),
}));
