import type { DecidedStatus, ExperimentStatus, HypothesisStatus } from './types';

/**
 * How a hypothesis moves: a draft is tested before anything is decided, a test ends in a decision,
 * and a decided hypothesis can be tested again. Nothing skips the test (draft → validated is refused).
 */
const NEXT: Record<HypothesisStatus, readonly HypothesisStatus[]> = {
  draft: ['testing'],
  testing: ['validated', 'invalidated', 'inconclusive'],
  validated: ['testing'],
  invalidated: ['testing'],
  inconclusive: ['testing'],
};

export function canChangeStatus(from: HypothesisStatus, to: HypothesisStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a hypothesis may move to from `from`, in a stable order for menus. */
export function nextStatuses(from: HypothesisStatus): HypothesisStatus[] {
  return [...NEXT[from]];
}

/** An experiment's decision is only proposed for its hypothesis: the user confirms it. */
export function proposedStatus(decision: DecidedStatus): HypothesisStatus {
  return decision;
}

/** An experiment is planned, then run, then concluded, once. */
const EXPERIMENT_NEXT: Record<ExperimentStatus, ExperimentStatus | null> = {
  planned: 'running',
  running: 'concluded',
  concluded: null,
};

export function canChangeExperimentStatus(from: ExperimentStatus, to: ExperimentStatus): boolean {
  return EXPERIMENT_NEXT[from] === to;
}
