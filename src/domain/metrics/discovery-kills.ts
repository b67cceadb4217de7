import { stageSpans } from '../history';
import type { Transition } from '../types';
import { standingClose } from './throughput';

export interface DiscoveryKills {
  /** Initiatives whose Discovery is over: they were in Discovery and are not there now (moved on, sent back, or closed). */
  left: number;
  /** Of those, the ones killed while in Discovery. */
  killed: number;
  /** killed ÷ left, from 0 to 1; null while no initiative has left Discovery. */
  share: number | null;
}

/**
 * The share of initiatives killed in Discovery: those closed as killed from the Discovery lane,
 * out of every initiative that went through Discovery and is no longer there (moved on to
 * Delivery, sent back to Strategy, or closed from Discovery). Initiatives still in Discovery are
 * left out until their Discovery ends. A kill there is a result, not a failure: the team learnt
 * cheaply that the idea was not worth building.
 */
export function discoveryKills(histories: ReadonlyMap<string, readonly Transition[]>, now: number): DiscoveryKills {
  let left = 0;
  let killed = 0;
  for (const history of histories.values()) {
    const spans = stageSpans(history, now);
    if (!spans.some((s) => s.lane === 'discovery')) continue;
    const last = spans.at(-1)!;
    if (last.to === null && last.lane === 'discovery') continue;
    left += 1;
    const close = standingClose(history);
    if (close?.status === 'killed' && close.fromLane === 'discovery') killed += 1;
  }
  return { left, killed, share: left === 0 ? null : killed / left };
}
