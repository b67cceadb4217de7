import { outcomeVerdict, type OutcomeVerdict } from '../delivery/outcome';
import type { Outcome } from '../delivery/types';
import { shippedAt, standingClose } from '../metrics/throughput';
import type { Initiative, Transition } from '../types';
import type { ReviewWindow } from './moves';
import { inSpan } from './period';

export interface ShippedItem {
  initiative: Initiative;
  at: number;
}

export interface MeasuredOutcome {
  initiative: Initiative;
  outcome: Outcome;
  verdict: OutcomeVerdict;
}

export interface StoppedItem {
  initiative: Initiative;
  status: 'killed' | 'parked';
  at: number;
  /** Why: a learning, not a failure. */
  reason: string;
}

export interface DeliveryReview {
  shipped: ShippedItem[];
  /** Outcomes recorded in the period, whenever their initiative shipped. */
  outcomes: MeasuredOutcome[];
  stopped: StoppedItem[];
}

/**
 * What shipped in the period (entering Released, or closed as shipped without it: see shippedAt),
 * the outcomes measured in it against their targets, and what was killed or parked in it with the
 * reason, each oldest first. `histories` holds each live initiative's transitions, oldest first.
 */
export function deliveryReview(
  initiatives: readonly Initiative[],
  histories: ReadonlyMap<string, readonly Transition[]>,
  releasedStageIds: ReadonlySet<string>,
  window: ReviewWindow,
): DeliveryReview {
  const within = (at: number) => inSpan(window.dayOf(at), window.span);
  const review: DeliveryReview = { shipped: [], outcomes: [], stopped: [] };
  for (const initiative of initiatives) {
    const history = histories.get(initiative.id);
    if (!history) continue;
    const shipped = shippedAt(history, releasedStageIds);
    if (shipped !== null && within(shipped)) review.shipped.push({ initiative, at: shipped });
    const close = standingClose(history);
    if (close && close.status !== 'shipped' && within(close.at)) {
      review.stopped.push({ initiative, status: close.status, at: close.at, reason: close.reason || initiative.closeReason });
    }
    const outcome = initiative.outcome;
    if (outcome && within(outcome.recordedAt)) review.outcomes.push({ initiative, outcome, verdict: outcomeVerdict(outcome) });
  }
  review.shipped.sort((a, b) => a.at - b.at);
  review.stopped.sort((a, b) => a.at - b.at);
  review.outcomes.sort((a, b) => a.outcome.recordedAt - b.outcome.recordedAt);
  return review;
}
