import type { Lane, Transition } from './types';
import { LANES } from './types';

export type LaneDurations = Record<Lane, number>;

export interface LaneSpan {
  lane: Lane;
  stageId: string | null;
  from: number;
  to: number | null;
}

/** Turns an initiative's transitions into the spans it spent in each stage, oldest first. */
export function stageSpans(transitions: readonly Transition[], now: number): LaneSpan[] {
  const sorted = [...transitions].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const spans: LaneSpan[] = [];
  let open: LaneSpan | null = null;
  for (const t of sorted) {
    if (open) {
      open.to = t.at;
      spans.push(open);
      open = null;
    }
    if ((t.kind === 'create' || t.kind === 'move' || t.kind === 'reopen') && t.toLane) {
      open = { lane: t.toLane, stageId: t.toStageId, from: t.at, to: null };
    }
  }
  if (open) spans.push(open);
  return spans.filter((s) => (s.to ?? now) >= s.from);
}

/** Time spent in each lane, in milliseconds; an open span counts up to `now`. */
export function laneDurations(transitions: readonly Transition[], now: number): LaneDurations {
  const totals = Object.fromEntries(LANES.map((l) => [l, 0])) as LaneDurations;
  for (const span of stageSpans(transitions, now)) {
    totals[span.lane] += (span.to ?? now) - span.from;
  }
  return totals;
}
