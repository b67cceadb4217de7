import type { ArtefactContent } from '../templates/instantiate';
import type { Authored, Segment } from '../types';

/** Discovery: what the team believes, how it tests it, and the evidence it keeps. */

export const HYPOTHESIS_STATUSES = ['draft', 'testing', 'validated', 'invalidated', 'inconclusive'] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];
export type DecidedStatus = Extract<HypothesisStatus, 'validated' | 'invalidated' | 'inconclusive'>;
export const DECIDED_STATUSES: readonly DecidedStatus[] = ['validated', 'invalidated', 'inconclusive'];

export const ASSUMPTION_CATEGORIES = ['desirability', 'viability', 'feasibility', 'usability'] as const;
export type AssumptionCategory = (typeof ASSUMPTION_CATEGORIES)[number];

/** 1 (low) to 5 (high). */
export type Score = 1 | 2 | 3 | 4 | 5;

export interface Hypothesis extends Authored {
  id: string;
  productId: string;
  initiativeId: string;
  /** Lean UX statement: We believe that [belief] for [persona] will achieve [outcome]. We will know this is true when we see [signal] ([threshold]). */
  belief: string;
  persona: string;
  outcome: string;
  signal: string;
  threshold: string;
  category: AssumptionCategory;
  importance: Score;
  evidence: Score;
  owner: string;
  status: HypothesisStatus;
  /** What the team learned once decided: kept, even when the initiative is killed or parked. */
  learning: string;
  /** The template version it was logged with, and the answers to its other sections. */
  content: ArtefactContent;
  createdAt: number;
  updatedAt: number;
  statusChangedAt: number;
  deletedAt: number | null;
}

export const EXPERIMENT_METHODS = ['interview', 'prototypeTest', 'fakeDoor', 'abTest', 'dataAnalysis', 'concierge', 'survey', 'other'] as const;
export type ExperimentMethod = (typeof EXPERIMENT_METHODS)[number];
export type ExperimentStatus = 'planned' | 'running' | 'concluded';

export interface Experiment extends Authored {
  id: string;
  productId: string;
  initiativeId: string;
  hypothesisId: string;
  /** From the test card: to verify that, we will [method]; and measure [measure]; we are right if [successCriterion]. */
  method: ExperimentMethod;
  measure: string;
  successCriterion: string;
  /** ISO date (yyyy-mm-dd), or '' when not set. */
  deadline: string;
  owner: string;
  status: ExperimentStatus;
  /** From the learning card, once concluded. */
  observed: string;
  learned: string;
  decision: DecidedStatus | null;
  nextStep: string;
  content: ArtefactContent;
  createdAt: number;
  updatedAt: number;
  concludedAt: number | null;
  deletedAt: number | null;
}

export const COMPANY_SIZES = ['', '1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export interface Interview extends Authored {
  id: string;
  productId: string;
  /** The initiative it was run for, if any: interviews also serve the whole product. */
  initiativeId: string | null;
  /** ISO date (yyyy-mm-dd). */
  date: string;
  /** Participant: an alias, never a real name required. */
  alias: string;
  role: string;
  segment: Segment;
  companySize: CompanySize;
  /** The snapshot. */
  quote: string;
  story: string;
  opportunities: string;
  insights: string;
  /** The guide as run: template snapshot and answers. */
  content: ArtefactContent;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export type EvidenceStance = 'supports' | 'refutes';

/** An insight or quote from an interview or a feedback note, linked to a hypothesis it supports or refutes. */
export interface Evidence extends Authored {
  id: string;
  productId: string;
  hypothesisId: string;
  /** The interview it quotes, or '' when it quotes a feedback note. */
  interviewId: string;
  /** The feedback note it quotes (since schema v5); absent for an interview's evidence. */
  feedbackId?: string;
  stance: EvidenceStance;
  excerpt: string;
  createdAt: number;
  deletedAt: number | null;
}

/** A dated status change of a hypothesis or experiment: their history. */
export interface StatusChange extends Authored {
  id: string;
  productId: string;
  subjectId: string;
  subject: 'hypothesis' | 'experiment';
  from: string | null;
  to: string;
  at: number;
  note: string;
}

/** Template sections whose answers live in the record's own fields, so forms do not ask twice. */
export const INTERVIEW_RECORD_SECTIONS = ['participant', 'quote', 'experience', 'opportunities', 'insights'] as const;
export const HYPOTHESIS_RECORD_SECTIONS = ['statement', 'assumption'] as const;
