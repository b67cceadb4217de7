import type { Initiative, Transition } from '../types';

/**
 * The lane history of each initiative of a product, oldest first. Deleted initiatives are left
 * out with their whole history: a deleted card is one the team says should never have been on
 * the board, so it counts in no metric.
 */
export function liveHistories(initiatives: readonly Pick<Initiative, 'id' | 'deletedAt'>[], transitions: readonly Transition[]): Map<string, Transition[]> {
  const histories = new Map<string, Transition[]>();
  for (const i of initiatives) if (i.deletedAt === null) histories.set(i.id, []);
  for (const t of transitions) histories.get(t.initiativeId)?.push(t);
  for (const list of histories.values()) list.sort(byTime);
  return histories;
}

/** Time order; two transitions of the same millisecond keep a stable order by id. */
export function byTime(a: Transition, b: Transition): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
