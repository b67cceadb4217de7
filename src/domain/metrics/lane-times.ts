import { laneDurations, stageSpans } from '../history';
import type { Lane, Transition } from '../types';
import { LANES } from '../types';
import { median, percentile } from './percentiles';

export interface LaneTime {
  lane: Lane;
  /** Initiatives whose time in the lane is known: they went through it and are no longer there. */
  count: number;
  /** Initiatives in the lane now, left out until they leave it. */
  stillIn: number;
  /** In milliseconds; null when no initiative has left the lane yet. */
  median: number | null;
  p85: number | null;
}

/**
 * How long initiatives spend in each lane: per initiative, its time in the lane summed over every
 * visit (a card sent back and forth counts all its stays), then the median and 85th percentile
 * over the product's initiatives, open and closed alike.
 *
 * An initiative still in a lane is left out of that lane's figures (and counted in `stillIn`):
 * its time there is not known yet, and counting it up to now would make a lane look faster the
 * more work sits in it. It does count for the lanes it already left.
 */
export function laneTimes(histories: ReadonlyMap<string, readonly Transition[]>, now: number): LaneTime[] {
  const durations = Object.fromEntries(LANES.map((l) => [l, [] as number[]])) as Record<Lane, number[]>;
  const stillIn = Object.fromEntries(LANES.map((l) => [l, 0])) as Record<Lane, number>;
  for (const history of histories.values()) {
    const spans = stageSpans(history, now);
    const current = spans.at(-1)?.to === null ? spans.at(-1)!.lane : null;
    const totals = laneDurations(history, now);
    for (const lane of LANES) {
      if (lane === current) stillIn[lane] += 1;
      else if (spans.some((s) => s.lane === lane)) durations[lane].push(totals[lane]);
    }
  }
  return LANES.map((lane) => ({
    lane,
    count: durations[lane].length,
    stillIn: stillIn[lane],
    median: median(durations[lane]),
    p85: percentile(durations[lane], 85),
  }));
}
