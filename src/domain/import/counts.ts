import type { InitiativeStatus } from '../types';

/** How many initiatives of each status an import writes, in a stage or in all. */
export type StatusCounts = Record<InitiativeStatus, number>;

export const noCounts = (): StatusCounts => ({ active: 0, shipped: 0, parked: 0, killed: 0 });

/** Every initiative an import writes, whatever its status. */
export function importedCount(counts: StatusCounts): number {
  return counts.active + counts.shipped + counts.parked + counts.killed;
}
