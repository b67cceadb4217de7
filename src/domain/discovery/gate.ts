import type { Lane } from '../types';
import type { Hypothesis } from './types';

/** What an initiative lacks to enter Delivery; the Delivery issue adds its story rule here. */
export type GateGap = 'noValidatedHypothesis' | 'hypothesisTesting';

export function entersDelivery(fromLane: Lane, toLane: Lane): boolean {
  return toLane === 'delivery' && fromLane !== 'delivery';
}

/**
 * The gate into Delivery: at least one validated hypothesis, and none still being tested.
 * Gaps do not forbid the move; the user may go on with a reason that the history keeps.
 */
export function deliveryGate(hypotheses: readonly Pick<Hypothesis, 'status' | 'deletedAt'>[]): GateGap[] {
  const live = hypotheses.filter((h) => h.deletedAt === null);
  const gaps: GateGap[] = [];
  if (!live.some((h) => h.status === 'validated')) gaps.push('noValidatedHypothesis');
  if (live.some((h) => h.status === 'testing')) gaps.push('hypothesisTesting');
  return gaps;
}
