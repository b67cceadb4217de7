import type { AssumptionCategory, CompanySize, DecidedStatus, EvidenceStance, ExperimentMethod, ExperimentStatus, HypothesisStatus, Score } from '../../domain/discovery/types';
import type { TemplateDefinition } from '../../domain/templates/types';
import type { DefaultStageKey, Segment } from '../../domain/types';
import type { SampleDelivery } from './delivery-content';
import type { SampleFeedback } from './feedback-content';
import type { SampleStrategy } from './strategy-content';

/** One sample initiative: where it sits and the story of how it got there (days ago per stage). */
export interface SampleInitiative {
  /** How the sample's hypotheses and interviews refer to it (the same in every language). */
  key?: string;
  title: string;
  summary: string;
  problem: string;
  owner: string;
  tags: string[];
  segment: Segment;
  /** The stages it went through, oldest first, each with how many days ago it entered. */
  path: [DefaultStageKey, number][];
  closed?: { status: 'shipped' | 'parked' | 'killed'; daysAgo: number; reason: string };
}

/** A test card, and its learning card once concluded. */
export interface SampleExperiment {
  method: ExperimentMethod;
  /** The test card's "to verify that, we will…", in words. */
  plan: string;
  measure: string;
  successCriterion: string;
  /** Days from now: negative in the past. */
  deadlineInDays: number;
  owner: string;
  /** The test card's cost and reliability scores. */
  cost: Score;
  reliability: Score;
  /** Statuses it went through, oldest first, each with how many days ago. */
  history: [ExperimentStatus, number][];
  result?: { observed: string; learned: string; decision: DecidedStatus; nextStep: string };
}

export interface SampleHypothesis {
  /** How evidence refers to it (the same in every language). */
  key: string;
  /** The key of its initiative. */
  initiative: string;
  belief: string;
  persona: string;
  outcome: string;
  signal: string;
  threshold: string;
  category: AssumptionCategory;
  importance: Score;
  evidence: Score;
  owner: string;
  learning: string;
  /** Statuses it went through, oldest first (logged as draft), each with how many days ago. */
  history: [HypothesisStatus, number][];
  experiments: SampleExperiment[];
}

export interface SampleEvidence {
  /** The key of the hypothesis. */
  hypothesis: string;
  stance: EvidenceStance;
  excerpt: string;
}

export interface SampleInterview {
  daysAgo: number;
  /** The key of the initiative it was run for, or null for the whole product. */
  initiative: string | null;
  alias: string;
  role: string;
  segment: Segment;
  companySize: CompanySize;
  quote: string;
  story: string;
  opportunities: string;
  insights: string;
  /** The guide's answers: the story as told, who interviewed, quick facts. */
  toldStory: string;
  interviewers: string;
  facts: string;
  followUp: boolean;
  evidence: SampleEvidence[];
}

/** The built-in templates the sample's artefacts start from, in the sample's language. */
export interface SampleTemplates {
  hypothesis: TemplateDefinition;
  testCard: TemplateDefinition;
  interview: TemplateDefinition;
  /** Delivery: each story's checklists, and the rituals the sample ran. */
  definitionOfReady: TemplateDefinition;
  definitionOfDone: TemplateDefinition;
  planning: TemplateDefinition;
  daily: TemplateDefinition;
  review: TemplateDefinition;
  retrospective: TemplateDefinition;
}

/** A sample's texts in one language: plain data, shipped as a JSON file. */
export interface SampleText {
  productName: string;
  initiatives: SampleInitiative[];
  hypotheses: SampleHypothesis[];
  interviews: SampleInterview[];
  delivery: SampleDelivery;
  strategy: SampleStrategy;
  feedback: SampleFeedback;
}

export interface SampleContent extends SampleText {
  templates: SampleTemplates;
}
