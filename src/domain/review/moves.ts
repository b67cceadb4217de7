import { laneIndex } from '../lanes';
import type { Lane, Transition } from '../types';
import { inSpan, type DateSpan } from './period';

/** An initiative as a review names it: its title, linking to it. */
export interface InitiativeRef {
  id: string;
  title: string;
}

/** What a review reads its dates with: the span, and the local calendar date of a moment. */
export interface ReviewWindow {
  span: DateSpan;
  dayOf: (ms: number) => string;
}

export interface LaneMove {
  initiative: InitiativeRef;
  from: Lane;
  to: Lane;
  at: number;
}

export interface LaneMoves {
  intoDiscovery: LaneMove[];
  intoDelivery: LaneMove[];
  /** Sent back to an earlier lane: Delivery to Discovery, or either to Strategy. */
  back: LaneMove[];
}

/**
 * The moves between lanes in the period, oldest first, grouped by what they mean: forward into
 * Discovery, forward into Delivery, or back. Moves between stages of one lane are the lane's own
 * business and left out; an initiative that went the same way twice in the period is listed once,
 * at its last such move. Initiatives not in `initiatives` (deleted) are left out.
 */
export function laneMoves(transitions: readonly Transition[], initiatives: ReadonlyMap<string, InitiativeRef>, window: ReviewWindow): LaneMoves {
  const groups = { intoDiscovery: new Map<string, LaneMove>(), intoDelivery: new Map<string, LaneMove>(), back: new Map<string, LaneMove>() };
  const ordered = [...transitions].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const t of ordered) {
    const initiative = initiatives.get(t.initiativeId);
    if (t.kind !== 'move' || !initiative || !t.fromLane || !t.toLane || t.fromLane === t.toLane) continue;
    if (!inSpan(window.dayOf(t.at), window.span)) continue;
    const group = laneIndex(t.toLane) < laneIndex(t.fromLane) ? groups.back : t.toLane === 'delivery' ? groups.intoDelivery : groups.intoDiscovery;
    // Deleted first so the initiative takes the place of its last move in the time order.
    group.delete(initiative.id);
    group.set(initiative.id, { initiative, from: t.fromLane, to: t.toLane, at: t.at });
  }
  return { intoDiscovery: [...groups.intoDiscovery.values()], intoDelivery: [...groups.intoDelivery.values()], back: [...groups.back.values()] };
}
