import { isStoryReady } from '../delivery/readiness';
import type { Story } from '../delivery/types';
import type { Hypothesis } from './types';

/** What an initiative lacks to enter Delivery. */
export type GateGap = 'noValidatedHypothesis' | 'hypothesisTesting' | 'noReadyStory';

// With the lanes, so that asking whether a move meets the gate does not load the gate's rules.
export { entersDelivery } from '../lanes';

type GateStory = Pick<Story, 'asA' | 'iWant' | 'soThat' | 'criteria' | 'points' | 'ready' | 'deletedAt'>;

/**
 * The gate into Delivery: at least one validated hypothesis, none still being tested, and at
 * least one story that meets the Definition of Ready. Gaps do not forbid the move; the user may
 * go on with a reason that the history keeps.
 */
export function deliveryGate(hypotheses: readonly Pick<Hypothesis, 'status' | 'deletedAt'>[], stories: readonly GateStory[]): GateGap[] {
  const live = hypotheses.filter((h) => h.deletedAt === null);
  const gaps: GateGap[] = [];
  if (!live.some((h) => h.status === 'validated')) gaps.push('noValidatedHypothesis');
  if (live.some((h) => h.status === 'testing')) gaps.push('hypothesisTesting');
  if (!stories.some((s) => s.deletedAt === null && isStoryReady(s))) gaps.push('noReadyStory');
  return gaps;
}
