import type { DefaultStageKey, Lane, Stage } from './types';
import { LANES } from './types';

export const DEFAULT_STAGES: Record<Lane, readonly DefaultStageKey[]> = {
  strategy: ['opportunities', 'framing'],
  discovery: ['exploring', 'testing'],
  delivery: ['ready', 'inSprint', 'released'],
};

export function laneIndex(lane: Lane): number {
  return LANES.indexOf(lane);
}

/** Stages in board order: by lane, then by rank, ties broken by id. */
export function orderStages<T extends Pick<Stage, 'lane' | 'rank' | 'id'>>(stages: readonly T[]): T[] {
  return [...stages].sort(
    (a, b) => laneIndex(a.lane) - laneIndex(b.lane) || compareRankThenId(a, b),
  );
}

export function compareRankThenId(a: { rank: string; id: string }, b: { rank: string; id: string }): number {
  if (a.rank < b.rank) return -1;
  if (a.rank > b.rank) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function stagesOfLane<T extends Pick<Stage, 'lane' | 'rank' | 'id'>>(stages: readonly T[], lane: Lane): T[] {
  return orderStages(stages.filter((s) => s.lane === lane));
}

/** Whether a move from one lane to another enters Delivery, where the Delivery gate applies. */
export function entersDelivery(fromLane: Lane, toLane: Lane): boolean {
  return toLane === 'delivery' && fromLane !== 'delivery';
}

/**
 * The Released stage means "shipped, its outcome being measured" (closing as shipped means done
 * measuring): a card there is no longer work in progress, not "Now" on the roadmap, and entering
 * it is when the initiative counts as shipped.
 */
export function isReleasedStage(stage: Pick<Stage, 'defaultKey'>): boolean {
  return stage.defaultKey === 'released';
}
