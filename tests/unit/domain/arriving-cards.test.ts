import { describe, expect, it } from 'vitest';
import { applyArriving, landedCards, type ArrivingCard } from '../../../src/domain/arriving-cards';

type Card = { id: string; stageId: string; rank: string; status: string; deletedAt: number | null; updatedAt: number };
const c = (id: string, stageId: string, rank: string, updatedAt = 1, more: Partial<Card> = {}): Card => ({ id, stageId, rank, status: 'active', deletedAt: null, updatedAt, ...more });
const arriving = (...cards: Card[]) => new Map(cards.map((card): [string, ArrivingCard<Card>] => [card.id, { card, landed: false }]));
const ids = (cards: readonly Card[]) => cards.map((card) => card.id);

const a = [c('a1', 'A', 'a1'), c('a2', 'A', 'a2'), c('a3', 'A', 'a3')];
const b = [c('b1', 'B', 'b1'), c('b2', 'B', 'b2')];

describe('cards a teammate changed, before they are stored here', () => {
  it('show at their new place in the target stage and leave the stage they were in', () => {
    const moved = arriving(c('a1', 'B', 'b15', 2));
    expect(ids(applyArriving(b, moved, 'B'))).toEqual(['b1', 'a1', 'b2']);
    expect(ids(applyArriving(a, moved, 'A'))).toEqual(['a2', 'a3']);
  });

  it('take their new place within a stage, with their new values', () => {
    const shown = applyArriving(a, arriving(c('a1', 'A', 'a25', 2)), 'A');
    expect(ids(shown)).toEqual(['a2', 'a1', 'a3']);
    expect(shown[1]!.updatedAt).toBe(2);
  });

  it('leave the board when closed or deleted, and a new card joins its stage', () => {
    expect(ids(applyArriving(a, arriving(c('a2', 'A', 'a2', 2, { status: 'done' })), 'A'))).toEqual(['a1', 'a3']);
    expect(ids(applyArriving(a, arriving(c('a3', 'A', 'a3', 2, { deletedAt: 2 })), 'A'))).toEqual(['a1', 'a2']);
    expect(ids(applyArriving(a, arriving(c('n1', 'A', 'a0', 2)), 'A'))).toEqual(['n1', 'a1', 'a2', 'a3']);
  });

  it('give way to what the stage read when it is as new or newer, and leave other stages as they are', () => {
    const moved = arriving(c('a1', 'B', 'b15', 2));
    const stored = [c('b1', 'B', 'b1'), c('a1', 'B', 'b15', 2), c('b2', 'B', 'b2')];
    expect(applyArriving(stored, moved, 'B')).toBe(stored);
    const changedHereSince = [c('a1', 'A', 'a0', 3), ...a.slice(1)];
    expect(applyArriving(changedHereSince, moved, 'A')).toBe(changedHereSince);
    const other = [c('c1', 'C', 'c1')];
    expect(applyArriving(other, moved, 'C')).toBe(other);
    expect(applyArriving(a, new Map(), 'A')).toBe(a);
  });

  it('once landed, only take stale copies away: a stage that no longer holds the card does not get it back', () => {
    const landed = new Map([['a1', { card: c('a1', 'B', 'b15', 2), landed: true }]]);
    expect(ids(applyArriving(b, landed, 'B'))).toEqual(['b1', 'b2']);
    expect(ids(applyArriving(a, landed, 'A'))).toEqual(['a2', 'a3']);
  });

  it('are landed when a stage reads them back as received, or newer', () => {
    const moved = arriving(c('a1', 'B', 'b15', 2));
    expect(landedCards(b, moved)).toEqual([]);
    expect(landedCards(a, moved)).toEqual([]);
    expect(landedCards([c('b1', 'B', 'b1'), c('a1', 'B', 'b15', 2)], moved)).toEqual(['a1']);
    expect(landedCards([c('a1', 'C', 'c1', 5)], moved)).toEqual(['a1']);
  });
});
