import { useEffect } from 'react';
import type { Stage } from '../../domain/types';
import { useStageCounts } from './stage-counts';

export const BOARD_READY_MARK = 'plb:board-ready';
let marked = false;

/**
 * Marks the moment every stage of the first board shown has its cards (a User Timing mark),
 * so performance tools and the benchmark measure what a user sees, not an internal event.
 */
export function useBoardReadyMark(stages: readonly Stage[] | undefined) {
  const ready = useStageCounts((s) => !!stages && stages.every((stage) => stage.id in s.counts));
  useEffect(() => {
    if (ready && !marked) {
      marked = true;
      performance.mark(BOARD_READY_MARK);
    }
  }, [ready]);
}
