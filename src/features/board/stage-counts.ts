import { create } from 'zustand';

interface StageCount {
  shown: number;
  total: number;
}

interface StageCounts {
  counts: Record<string, StageCount>;
  countChanged: (stageId: string, count: StageCount) => void;
}

/**
 * Card counts as the mounted columns last read them (all cards, and those the filter shows), so
 * lane headers and the filter bar can sum them without a second read of every card. Derived UI
 * state: the database stays the only source.
 */
export const useStageCounts = create<StageCounts>()((set) => ({
  counts: {},
  countChanged: (stageId, count) =>
    set((s) => {
      const old = s.counts[stageId];
      return old && old.shown === count.shown && old.total === count.total ? s : { counts: { ...s.counts, [stageId]: count } };
    }),
}));

export function sumCounts(counts: Record<string, StageCount>, stageIds: readonly string[], field: keyof StageCount): number {
  return stageIds.reduce((sum, id) => sum + (counts[id]?.[field] ?? 0), 0);
}
