import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Rank } from './types';

/**
 * The one module that makes order keys. Keys are strings compared with `<`;
 * equal keys (two people inserting at the same place) are broken by id.
 */
export function rankBetween(before: string | null | undefined, after: string | null | undefined): Rank {
  const a = before ?? null;
  const b = after ?? null;
  if (a !== null && b !== null && a >= b) {
    // Equal or crossed neighbours come from concurrent inserts; place after the first one.
    return generateKeyBetween(a, null) as Rank;
  }
  return generateKeyBetween(a, b) as Rank;
}

export function ranksBetween(before: string | null, after: string | null, n: number): Rank[] {
  return generateNKeysBetween(before, after, n) as Rank[];
}

/** The rank for inserting at `index` of an ordered list (index 0 = first, length = last). */
export function rankAtIndex(ordered: readonly { rank: string }[], index: number): Rank {
  const i = Math.max(0, Math.min(index, ordered.length));
  return rankBetween(ordered[i - 1]?.rank, ordered[i]?.rank);
}
