import { isReleasedStage } from '../lanes';
import type { Initiative, Lane, Stage } from '../types';
import { LANES } from '../types';

/** The highest soft limit a stage takes: a board's stage holding more is no longer a limit. */
export const WIP_LIMIT_MAX = 999;

/**
 * Why a WIP limit cannot be saved (an i18n key), or null when it can: a whole number from 1 to
 * 999, or null for no limit.
 */
export function wipLimitError(limit: number | null): string | null {
  if (limit === null) return null;
  return Number.isInteger(limit) && limit >= 1 && limit <= WIP_LIMIT_MAX ? null : 'metrics.errors.wipLimit';
}

/** A soft limit is exceeded when the stage holds more cards than it; reaching it is fine. */
export function isOverWipLimit(count: number, limit: number | null | undefined): boolean {
  return limit !== null && limit !== undefined && count > limit;
}

export interface StageWip {
  stage: Stage;
  count: number;
  limit: number | null;
  over: boolean;
  /** A Released stage: its cards shipped and their outcome is being measured, no longer work in progress. */
  measuring: boolean;
}

export interface WorkInProgress {
  /** Active initiatives per lane, now, Released cards aside. */
  lanes: Record<Lane, number>;
  /** One row per stage, in the order given (board order). */
  stages: StageWip[];
  total: number;
}

/** Work in progress now: the active (not closed, not deleted) initiatives of each stage, and of each lane but for the Released cards. */
export function workInProgress(stages: readonly Stage[], initiatives: readonly Pick<Initiative, 'stageId' | 'status' | 'deletedAt'>[]): WorkInProgress {
  const byStage = new Map<string, number>();
  for (const i of initiatives) {
    if (i.status === 'active' && i.deletedAt === null) byStage.set(i.stageId, (byStage.get(i.stageId) ?? 0) + 1);
  }
  const lanes = Object.fromEntries(LANES.map((l) => [l, 0])) as Record<Lane, number>;
  const rows = stages.map((stage): StageWip => {
    const count = byStage.get(stage.id) ?? 0;
    const limit = stage.wipLimit ?? null;
    const measuring = isReleasedStage(stage);
    if (!measuring) lanes[stage.lane] += count;
    return { stage, count, limit, over: !measuring && isOverWipLimit(count, limit), measuring };
  });
  return { lanes, stages: rows, total: rows.reduce((n, r) => n + (r.measuring ? 0 : r.count), 0) };
}
