import { describe, expect, it } from 'vitest';
import { learningsOf } from '../../../src/domain/discovery/learnings';
import type { Hypothesis, HypothesisStatus } from '../../../src/domain/discovery/types';

function hypothesis(id: string, status: HypothesisStatus, learning: string, statusChangedAt: number, deletedAt: number | null = null): Hypothesis {
  return { id, status, learning, statusChangedAt, deletedAt } as Hypothesis;
}

describe('learningsOf', () => {
  it('keeps validated and invalidated hypotheses that say what was learned, the latest decision first', () => {
    const found = learningsOf([
      hypothesis('a', 'validated', 'People import on day one', 10),
      hypothesis('b', 'invalidated', 'Streaks feel like nagging', 30),
      hypothesis('c', 'validated', 'Same time, by id', 10),
    ]);
    expect(found.map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  it('leaves out open, inconclusive, silent and deleted hypotheses', () => {
    const found = learningsOf([
      hypothesis('a', 'testing', 'Not decided yet', 1),
      hypothesis('b', 'inconclusive', 'Settled nothing', 2),
      hypothesis('c', 'validated', '  ', 3),
      hypothesis('d', 'invalidated', 'Deleted since', 4, 9),
    ]);
    expect(found).toEqual([]);
  });
});
