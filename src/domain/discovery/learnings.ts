import type { Hypothesis } from './types';

/**
 * What an initiative's discovery taught: its validated and invalidated hypotheses that say what
 * was learned, the latest decision first. Inconclusive ones are left out (they settled nothing),
 * and so are deleted ones; a killed or parked initiative's learnings count like any other's.
 */
export function learningsOf(hypotheses: readonly Hypothesis[]): Hypothesis[] {
  return hypotheses
    .filter((h) => h.deletedAt === null && (h.status === 'validated' || h.status === 'invalidated') && h.learning.trim() !== '')
    .sort((a, b) => b.statusChangedAt - a.statusChangedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
