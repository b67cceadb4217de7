import { describe, expect, it } from 'vitest';
import { applyPendingMove, pendingMoveLanded, type PendingMove } from '../../../src/domain/moves';

type Card = { id: string; stageId: string; rank: string };
const c = (id: string, stageId: string, rank: string): Card => ({ id, stageId, rank });

const a = [c('a1', 'A', 'a1'), c('a2', 'A', 'a2'), c('a3', 'A', 'a3')];
const b = [c('b1', 'B', 'b1'), c('b2', 'B', 'b2')];
const move: PendingMove<Card> = { card: a[0]!, fromStageId: 'A', fromRank: 'a1', toStageId: 'B', index: 1 };

describe('a pending move', () => {
  it('shows the card at its new place in the target and takes it out of its origin', () => {
    expect(applyPendingMove(b, move, 'B').map((x) => x.id)).toEqual(['b1', 'a1', 'b2']);
    expect(applyPendingMove(b, move, 'B')[1]!.stageId).toBe('B');
    expect(applyPendingMove(a, move, 'A').map((x) => x.id)).toEqual(['a2', 'a3']);
    expect(applyPendingMove(b, move, 'C')).toBe(b);
    expect(applyPendingMove(b, null, 'B')).toBe(b);
  });

  it('gives way to the stored data once the move landed, without showing the card twice', () => {
    const landedB = [c('b1', 'B', 'b1'), c('a1', 'B', 'b15'), c('b2', 'B', 'b2')];
    expect(pendingMoveLanded(landedB, move, 'B')).toBe(true);
    expect(applyPendingMove(landedB, move, 'B')).toBe(landedB);
    expect(pendingMoveLanded(a.slice(1), move, 'A')).toBe(true);
    expect(pendingMoveLanded(a, move, 'A')).toBe(false);
    expect(pendingMoveLanded(b, move, 'B')).toBe(false);
  });

  it('reorders within one stage until the new rank is stored', () => {
    const within: PendingMove<Card> = { card: a[0]!, fromStageId: 'A', fromRank: 'a1', toStageId: 'A', index: 2 };
    expect(applyPendingMove(a, within, 'A').map((x) => x.id)).toEqual(['a2', 'a3', 'a1']);
    const stored = [c('a2', 'A', 'a2'), c('a3', 'A', 'a3'), c('a1', 'A', 'a4')];
    expect(pendingMoveLanded(stored, within, 'A')).toBe(true);
    expect(applyPendingMove(stored, within, 'A')).toBe(stored);
  });

  it('clamps an index beyond the end', () => {
    expect(applyPendingMove(b, { ...move, index: 99 }, 'B').map((x) => x.id)).toEqual(['b1', 'b2', 'a1']);
  });
});
