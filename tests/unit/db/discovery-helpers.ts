import { logHypothesis, type HypothesisFields } from '../../../src/db/hypothesis-commands';
import { planExperiment, type ExperimentFields } from '../../../src/db/experiment-commands';
import { recordInterview, type InterviewFields } from '../../../src/db/interview-commands';
import { createInitiative } from '../../../src/db/initiative-commands';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { makeProduct, snapshot, type TestProduct } from './helpers';

/** A snapshot without the activity log: what undo must bring back exactly. */
export function dataOnly(rows: Awaited<ReturnType<typeof snapshot>>) {
  return { ...rows, activity: undefined };
}

export const HYPOTHESIS: HypothesisFields = {
  belief: 'offering a CSV import in the first week',
  persona: 'office managers',
  outcome: 'contacts loaded on day one',
  signal: 'accounts importing 50 contacts in 48 hours',
  threshold: '40%',
  category: 'desirability',
  importance: 4,
  evidence: 2,
  owner: 'Hugo',
};

export const EXPERIMENT: ExperimentFields = {
  method: 'concierge',
  measure: 'files sent within 48 hours',
  successCriterion: '8 of 12',
  deadline: '2025-02-01',
  owner: 'Hugo',
};

export const INTERVIEW: Omit<InterviewFields, 'initiativeId'> = {
  date: '2025-01-10',
  alias: 'Nadia',
  role: 'Office manager',
  segment: 'B2B',
  companySize: '10-49',
};

export interface DiscoveryWorld extends TestProduct {
  initiativeId: string;
}

/** A product with one initiative in Exploring. */
export async function world(name = 'P'): Promise<DiscoveryWorld> {
  const product = await makeProduct(name);
  const initiative = await createInitiative(product.stage('exploring').id, { title: 'Bulk import' });
  return { ...product, initiativeId: initiative.id };
}

export function newHypothesis(initiativeId: string, fields: Partial<HypothesisFields> = {}) {
  return logHypothesis(initiativeId, BUILTIN_IDS.hypothesis, 'en', { ...HYPOTHESIS, ...fields });
}

export function newExperiment(hypothesisId: string, fields: Partial<ExperimentFields> = {}) {
  return planExperiment(hypothesisId, BUILTIN_IDS.testCard, 'en', { ...EXPERIMENT, ...fields });
}

export function newInterview(productId: string, initiativeId: string | null, fields: Partial<InterviewFields> = {}) {
  return recordInterview(productId, BUILTIN_IDS.interview, 'en', { ...INTERVIEW, initiativeId, ...fields });
}
