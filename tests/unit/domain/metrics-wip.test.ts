import { describe, expect, it } from 'vitest';
import { isOverWipLimit, wipLimitError, workInProgress } from '../../../src/domain/metrics/wip';
import type { Initiative, Lane, Rank, Stage } from '../../../src/domain/types';

function stage(id: string, lane: Lane, wipLimit?: number | null): Stage {
  return { id, productId: 'p', lane, name: id, defaultKey: null, rank: id as Rank, wipLimit, createdAt: 0, updatedAt: 0, deletedAt: null };
}
const card = (stageId: string, status: Initiative['status'] = 'active', deletedAt: number | null = null) => ({ stageId, status, deletedAt });

describe('wipLimitError', () => {
  it('takes a whole number from 1 to 999, or none', () => {
    for (const ok of [null, 1, 4, 999]) expect(wipLimitError(ok), String(ok)).toBeNull();
    for (const bad of [0, -2, 1.5, 1000, Number.NaN, Number.POSITIVE_INFINITY]) expect(wipLimitError(bad), String(bad)).toBe('metrics.errors.wipLimit');
  });
});

describe('isOverWipLimit', () => {
  it('is over only past the limit, and never without one', () => {
    expect(isOverWipLimit(5, 4)).toBe(true);
    expect(isOverWipLimit(4, 4)).toBe(false);
    expect(isOverWipLimit(99, null)).toBe(false);
    expect(isOverWipLimit(99, undefined)).toBe(false);
  });
});

describe('workInProgress', () => {
  it('counts the active cards of each stage and lane, against each stage’s limit', () => {
    const stages = [stage('opp', 'strategy'), stage('exp', 'discovery', 2), stage('test', 'discovery', 3), stage('ready', 'delivery', null)];
    const initiatives = [
      card('opp'),
      card('exp'),
      card('exp'),
      card('exp'),
      card('test'),
      card('test', 'killed'),
      card('ready', 'active', 123),
      card('ready', 'shipped'),
      // A card of a removed stage is no stage's work.
      card('gone'),
    ];
    const wip = workInProgress(stages, initiatives);
    expect(wip.lanes).toEqual({ strategy: 1, discovery: 4, delivery: 0 });
    expect(wip.total).toBe(5);
    expect(wip.stages.map((r) => [r.stage.id, r.count, r.limit, r.over])).toEqual([
      ['opp', 1, null, false],
      ['exp', 3, 2, true],
      ['test', 1, 3, false],
      ['ready', 0, null, false],
    ]);
  });
});

describe('workInProgress and the Released stage', () => {
  it('lists the Released cards but counts them in no lane or total: they shipped, their outcome is being measured', () => {
    const released = { ...stage('rel', 'delivery', 1), defaultKey: 'released' as const };
    const wip = workInProgress([stage('ready', 'delivery'), released], [card('ready'), card('rel'), card('rel')]);
    expect(wip.lanes.delivery).toBe(1);
    expect(wip.total).toBe(1);
    expect(wip.stages.map((r) => [r.stage.id, r.count, r.over, r.measuring])).toEqual([
      ['ready', 1, false, false],
      ['rel', 2, false, true],
    ]);
  });
});
