import { deliveryGate } from './discovery/gate';
import type { Hypothesis } from './discovery/types';
import { isStoryReady } from './delivery/readiness';
import type { Story } from './delivery/types';
import type { InitiativeTab } from './initiative-tabs';
import type { InitiativeStatus, Lane } from './types';

export type NextAction = 'linkObjective' | 'score' | 'logHypothesis' | 'concludeTests' | 'testHypothesis' | 'writeStory' | 'tickReady' | 'recordOutcome';

/** Where each next action is done. */
export const NEXT_ACTION_TAB: Record<NextAction, InitiativeTab> = {
  linkObjective: 'strategy',
  score: 'strategy',
  logHypothesis: 'discovery',
  concludeTests: 'discovery',
  testHypothesis: 'discovery',
  writeStory: 'delivery',
  tickReady: 'delivery',
  recordOutcome: 'outcome',
};

export interface NextActionInput {
  lane: Lane;
  status: InitiativeStatus;
  /** In the Released stage, or closed as shipped: its outcome can be measured. */
  released: boolean;
  hasObjective: boolean;
  scored: boolean;
  outcomeRecorded: boolean;
  hypotheses: readonly Pick<Hypothesis, 'status' | 'deletedAt'>[];
  stories: readonly Pick<Story, 'asA' | 'iWant' | 'soThat' | 'criteria' | 'points' | 'ready' | 'status' | 'deletedAt'>[];
}

/**
 * What the initiative needs next, following the lanes: in Strategy, the objective it serves and
 * its score; then what the gate into Delivery asks (a hypothesis tested and validated, a story
 * that meets the Definition of Ready); in Delivery, stories ready to build; once released, its
 * outcome. Null when nothing is missing, or when it was parked or killed.
 */
export function nextAction(input: NextActionInput): NextAction | null {
  if (input.released) return input.outcomeRecorded ? null : 'recordOutcome';
  if (input.status !== 'active') return null;
  const stories = input.stories.filter((s) => s.deletedAt === null);
  if (input.lane === 'delivery') {
    if (stories.length === 0) return 'writeStory';
    return stories.some((s) => s.status !== 'done' && !isStoryReady(s)) ? 'tickReady' : null;
  }
  if (input.lane === 'strategy') {
    if (!input.hasObjective) return 'linkObjective';
    if (!input.scored) return 'score';
  }
  const gaps = deliveryGate(input.hypotheses, stories);
  if (input.hypotheses.every((h) => h.deletedAt !== null)) return 'logHypothesis';
  if (gaps.includes('hypothesisTesting')) return 'concludeTests';
  if (gaps.includes('noValidatedHypothesis')) return 'testHypothesis';
  if (gaps.includes('noReadyStory')) return stories.length === 0 ? 'writeStory' : 'tickReady';
  return null;
}
