import { addDays, isoWeekStart, toLocalDate } from '../delivery/dates';
import type { Lane, Transition } from '../types';
import { byTime } from './histories';

/** Where the cumulative flow diagram puts an initiative: a lane, done (shipped), or nowhere (not yet created, parked or killed). */
type Place = Lane | 'done' | null;

export interface FlowPoint {
  /** The day the counts are taken at its end: a week's Sunday, or today for the current week. */
  date: string;
  strategy: number;
  discovery: number;
  delivery: number;
  /** Initiatives shipped by then (and not reopened since). */
  done: number;
}

function placeAfter(t: Transition): Place {
  if (t.kind === 'close') return t.status === 'shipped' ? 'done' : null;
  return t.toLane;
}

/**
 * A cumulative flow diagram over the last `weeks` ISO weeks, by replaying the product's
 * transitions: at the end of each week (local dates; the current week ends today), how many
 * initiatives were in each lane and how many had shipped. Parked and killed initiatives leave the
 * diagram. Pass the transitions of live initiatives only (see liveHistories).
 */
export function cumulativeFlow(transitions: readonly Transition[], today: string, weeks = 12, offsetMinutes?: number): FlowPoint[] {
  const n = Math.max(1, weeks);
  const thisWeek = isoWeekStart(today);
  const dates = Array.from({ length: n }, (_, i) => {
    const sunday = addDays(thisWeek, 6 - 7 * (n - 1 - i));
    return sunday < today ? sunday : today;
  });
  const sorted = [...transitions].sort(byTime);
  const places = new Map<string, Place>();
  let next = 0;
  return dates.map((date) => {
    while (next < sorted.length && toLocalDate(sorted[next]!.at, offsetMinutes) <= date) {
      const t = sorted[next]!;
      places.set(t.initiativeId, placeAfter(t));
      next += 1;
    }
    const point: FlowPoint = { date, strategy: 0, discovery: 0, delivery: 0, done: 0 };
    for (const place of places.values()) if (place) point[place] += 1;
    return point;
  });
}
