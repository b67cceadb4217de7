import type { Evidence, Experiment, HypothesisStatus, Score } from './types';

export interface EvidenceLevelInputs {
  status: HypothesisStatus;
  evidence: readonly Evidence[];
  experiments: readonly Experiment[];
}

/**
 * The evidence level (1–5) a hypothesis's recorded evidence justifies, whichever way it points:
 * refuting a belief well is as much evidence as supporting it.
 * - 1: nothing recorded yet.
 * - 2: one interview, interviews that disagree, or experiments that concluded inconclusive.
 * - 3: two or more independent interviews (distinct ones) all pointing the same way.
 * - 4: the hypothesis is validated or invalidated and a concluded experiment decided that way.
 * - 5: two or more concluded experiments decided the way the hypothesis now stands.
 * Interviews are opinions, experiments are behaviour: only experiments reach 4 and 5. A decision
 * taken without an experiment (status changed by hand) stays at what the interviews say.
 */
export function suggestedEvidenceLevel({ status, evidence, experiments }: EvidenceLevelInputs): Score {
  const supporting = new Set<string>();
  const refuting = new Set<string>();
  for (const e of evidence) {
    if (e.deletedAt !== null) continue;
    (e.stance === 'supports' ? supporting : refuting).add(e.feedbackId ?? e.interviewId);
  }
  const concluded = experiments.filter((x) => x.deletedAt === null && x.status === 'concluded' && x.decision !== null);
  const agreeing = concluded.filter((x) => x.decision === status && (status === 'validated' || status === 'invalidated')).length;
  if (agreeing >= 2) return 5;
  if (agreeing === 1) return 4;
  const oneWay = supporting.size === 0 || refuting.size === 0;
  if (oneWay && supporting.size + refuting.size >= 2) return 3;
  if (supporting.size + refuting.size > 0 || concluded.length > 0) return 2;
  return 1;
}

/**
 * The level to propose, or null when there is nothing to propose. Only a rise is proposed: a level
 * set higher by hand may rest on evidence kept outside the app (analytics, market studies).
 */
export function evidenceLevelProposal(current: Score, inputs: EvidenceLevelInputs): Score | null {
  const suggested = suggestedEvidenceLevel(inputs);
  return suggested > current ? suggested : null;
}
