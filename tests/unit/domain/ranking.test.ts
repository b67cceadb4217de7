import { describe, expect, it } from 'vitest';
import { compareRankThenId } from '../../../src/domain/lanes';
import { rankAtIndex, rankBetween, ranksBetween } from '../../../src/domain/ranking';
import type { Rank } from '../../../src/domain/types';

/** Asserts every key sorts strictly after the previous one, with plain string comparison. */
function expectStrictlyIncreasing(keys: readonly string[]) {
  for (let i = 1; i < keys.length; i++) {
    expect(keys[i - 1]! < keys[i]!, `${keys[i - 1]} < ${keys[i]} at ${i}`).toBe(true);
  }
}

describe('rankBetween', () => {
  const [a, b, c] = ranksBetween(null, null, 3) as [Rank, Rank, Rank];

  it('gives a key strictly between two neighbours', () => {
    const k = rankBetween(a, c);
    expect(a < k).toBe(true);
    expect(k < c).toBe(true);
    const k2 = rankBetween(a, b);
    expect(a < k2 && k2 < b).toBe(true);
  });

  it('gives a key before the first when there is nothing before', () => {
    const k = rankBetween(null, a);
    expect(k < a).toBe(true);
  });

  it('gives a key after the last when there is nothing after', () => {
    const k = rankBetween(c, null);
    expect(k > c).toBe(true);
  });

  it('treats undefined like null at the edges', () => {
    expect(rankBetween(undefined, undefined)).toBe(rankBetween(null, null));
    expect(rankBetween(undefined, a)).toBe(rankBetween(null, a));
    expect(rankBetween(c, undefined)).toBe(rankBetween(c, null));
  });

  it('gives a key on an empty list', () => {
    const k = rankBetween(null, null);
    expect(typeof k).toBe('string');
    expect(k.length).toBeGreaterThan(0);
  });

  it('places a key after the first neighbour when both neighbours are equal', () => {
    const k = rankBetween(b, b);
    expect(k > b).toBe(true);
  });

  it('places a key after the first neighbour when the neighbours are crossed', () => {
    const k = rankBetween(c, a);
    expect(k > c).toBe(true);
  });
});

describe('ranksBetween', () => {
  it('gives n strictly increasing keys between two bounds', () => {
    const lo = rankBetween(null, null);
    const hi = rankBetween(lo, null);
    const keys = ranksBetween(lo, hi, 10);
    expect(keys).toHaveLength(10);
    expectStrictlyIncreasing([lo, ...keys, hi]);
  });

  it('gives n strictly increasing keys with open edges', () => {
    const keys = ranksBetween(null, null, 25);
    expect(keys).toHaveLength(25);
    expectStrictlyIncreasing(keys);
    expect(new Set(keys).size).toBe(25);
  });

  it('gives no key for n = 0', () => {
    expect(ranksBetween(null, null, 0)).toEqual([]);
  });
});

describe('rankAtIndex', () => {
  const list = ranksBetween(null, null, 4).map((rank, i) => ({ rank, id: `c${i}` }));

  function insertAt(index: number) {
    const rank = rankAtIndex(list, index);
    const next = [...list, { rank, id: 'new' }].sort(compareRankThenId);
    return next.map((c) => c.id);
  }

  it('inserts at the top for index 0', () => {
    expect(insertAt(0)).toEqual(['new', 'c0', 'c1', 'c2', 'c3']);
  });

  it('inserts in the middle', () => {
    expect(insertAt(1)).toEqual(['c0', 'new', 'c1', 'c2', 'c3']);
    expect(insertAt(2)).toEqual(['c0', 'c1', 'new', 'c2', 'c3']);
    expect(insertAt(3)).toEqual(['c0', 'c1', 'c2', 'new', 'c3']);
  });

  it('inserts at the end for index = length', () => {
    expect(insertAt(4)).toEqual(['c0', 'c1', 'c2', 'c3', 'new']);
  });

  it('clamps indexes outside the list', () => {
    expect(insertAt(-3)).toEqual(['new', 'c0', 'c1', 'c2', 'c3']);
    expect(insertAt(99)).toEqual(['c0', 'c1', 'c2', 'c3', 'new']);
  });

  it('gives a key for an empty list', () => {
    expect(rankAtIndex([], 0)).toBe(rankBetween(null, null));
  });
});

describe('successive inserts', () => {
  it('stay in order when many cards are inserted at the same spot', () => {
    // The model: a list of ids in intended order, and each id's rank.
    const order: string[] = ['first', 'last'];
    const ranks = new Map<string, string>();
    const [r0, r1] = ranksBetween(null, null, 2) as [Rank, Rank];
    ranks.set('first', r0);
    ranks.set('last', r1);
    for (let n = 0; n < 300; n++) {
      // Always insert just after 'first', i.e. between order[0] and order[1].
      const id = `n${n}`;
      ranks.set(id, rankBetween(ranks.get(order[0]!), ranks.get(order[1]!)));
      order.splice(1, 0, id);
    }
    const sorted = [...ranks.entries()].map(([id, rank]) => ({ id, rank })).sort(compareRankThenId).map((c) => c.id);
    expect(sorted).toEqual(order);
    expect(new Set(ranks.values()).size).toBe(order.length);
  });

  it('stay in order when cards are always inserted at the top or the bottom', () => {
    const top: string[] = [];
    let first: string | null = null;
    for (let n = 0; n < 200; n++) {
      first = rankBetween(null, first);
      top.unshift(first);
    }
    expectStrictlyIncreasing(top);

    const bottom: string[] = [];
    let last: string | null = null;
    for (let n = 0; n < 200; n++) {
      last = rankBetween(last, null);
      bottom.push(last);
    }
    expectStrictlyIncreasing(bottom);
  });
});

describe('compareRankThenId', () => {
  it('orders by rank first, whatever the ids', () => {
    const [lo, hi] = ranksBetween(null, null, 2) as [Rank, Rank];
    expect(compareRankThenId({ rank: lo, id: 'z' }, { rank: hi, id: 'a' })).toBeLessThan(0);
    expect(compareRankThenId({ rank: hi, id: 'a' }, { rank: lo, id: 'z' })).toBeGreaterThan(0);
  });

  it('breaks equal ranks by id', () => {
    const rank = rankBetween(null, null);
    expect(compareRankThenId({ rank, id: 'a' }, { rank, id: 'b' })).toBeLessThan(0);
    expect(compareRankThenId({ rank, id: 'b' }, { rank, id: 'a' })).toBeGreaterThan(0);
    expect(compareRankThenId({ rank, id: 'a' }, { rank, id: 'a' })).toBe(0);
  });

  it('gives the same order for concurrent inserts whatever the input order', () => {
    const rank = rankBetween(null, null);
    const cards = [
      { rank, id: 'x2' },
      { rank, id: 'x1' },
      { rank: rankBetween(rank, null), id: 'a0' },
      { rank, id: 'x3' },
    ];
    const once = [...cards].sort(compareRankThenId).map((c) => c.id);
    const reversed = [...cards].reverse().sort(compareRankThenId).map((c) => c.id);
    expect(once).toEqual(['x1', 'x2', 'x3', 'a0']);
    expect(reversed).toEqual(once);
  });
});
