import { DECIDED_STATUSES, type DecidedStatus, type Experiment, type Hypothesis, type Interview } from '../discovery/types';
import { inSpan } from './period';
import type { InitiativeRef, ReviewWindow } from './moves';

export interface DecidedHypothesis {
  hypothesis: Hypothesis;
  initiative: InitiativeRef;
  /** When it took the status it holds. */
  at: number;
}

export interface ConcludedExperiment {
  experiment: Experiment;
  initiative: InitiativeRef;
  at: number;
}

export interface DiscoveryReview {
  decided: Record<DecidedStatus, DecidedHypothesis[]>;
  experiments: ConcludedExperiment[];
  /** Interviews held in the period, oldest first. */
  interviews: Interview[];
}

/** A hypothesis's belief as a line of its own: it is written to follow "We believe that", so it starts in lower case. */
export function headline(belief: string): string {
  return belief.charAt(0).toUpperCase() + belief.slice(1);
}

const byTime = <T extends { at: number }>(a: T, b: T) => a.at - b.at;

/**
 * What Discovery decided and heard in the period. A hypothesis counts when the decision it holds
 * today (validated, invalidated or inconclusive) was taken in the period: one decided and later
 * reopened is no longer a result, and one decided again counts in the period of its last decision.
 * Experiments count when concluded in the period; interviews on the day they were held. The
 * hypotheses and experiments of deleted initiatives are left out; interviews for the whole product stay.
 */
export function discoveryReview(
  records: { hypotheses: readonly Hypothesis[]; experiments: readonly Experiment[]; interviews: readonly Interview[] },
  initiatives: ReadonlyMap<string, InitiativeRef>,
  window: ReviewWindow,
): DiscoveryReview {
  const within = (at: number) => inSpan(window.dayOf(at), window.span);
  const decided = Object.fromEntries(DECIDED_STATUSES.map((s) => [s, [] as DecidedHypothesis[]])) as Record<DecidedStatus, DecidedHypothesis[]>;
  for (const hypothesis of records.hypotheses) {
    const initiative = initiatives.get(hypothesis.initiativeId);
    const status = hypothesis.status as DecidedStatus;
    if (!initiative || !DECIDED_STATUSES.includes(status) || !within(hypothesis.statusChangedAt)) continue;
    decided[status].push({ hypothesis, initiative, at: hypothesis.statusChangedAt });
  }
  for (const list of Object.values(decided)) list.sort(byTime);
  const experiments: ConcludedExperiment[] = [];
  for (const experiment of records.experiments) {
    const initiative = initiatives.get(experiment.initiativeId);
    if (initiative && experiment.status === 'concluded' && experiment.concludedAt !== null && within(experiment.concludedAt)) {
      experiments.push({ experiment, initiative, at: experiment.concludedAt });
    }
  }
  const interviews = records.interviews
    .filter((i) => inSpan(i.date, window.span) && (i.initiativeId === null || initiatives.has(i.initiativeId)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt));
  return { decided, experiments: experiments.sort(byTime), interviews };
}
