/** Strategy records: the product's vision and north star, objectives with key results, scores. */
import type { Authored, Rank } from '../types';

/** How a product ranks its initiatives; absent on a product means RICE. */
export type ScoringFramework = 'rice' | 'ice';
export const SCORING_FRAMEWORKS: readonly ScoringFramework[] = ['rice', 'ice'];

/** RICE impact on one person: massive 3, high 2, medium 1, low 0.5, minimal 0.25 (Intercom's scale). */
export const RICE_IMPACTS = [3, 2, 1, 0.5, 0.25] as const;
export type RiceImpact = (typeof RICE_IMPACTS)[number];

/**
 * RICE inputs: reach (people or events per period), impact, confidence in % and effort in
 * person-months. Each stays null until given: a score is written in several passes.
 */
export interface RiceInputs {
  reach: number | null;
  impact: RiceImpact | null;
  confidence: number | null;
  effort: number | null;
}

/** ICE inputs, each a whole number from 1 to 10, null until given. */
export interface IceInputs {
  impact: number | null;
  confidence: number | null;
  ease: number | null;
}

/** A roadmap horizon. An initiative's follows its lane unless the user set one (see roadmap.ts). */
export type Horizon = 'now' | 'next' | 'later';
export const HORIZONS: readonly Horizon[] = ['now', 'next', 'later'];

/** An initiative's inputs per framework: switching the product's framework keeps the other's. */
export interface InitiativeScore {
  rice?: RiceInputs;
  ice?: IceInputs;
}

export interface Competitor {
  id: string;
  name: string;
  note: string;
}

/** The one metric that best says whether the product delivers value; values null until known. */
export interface NorthStar {
  metric: string;
  current: number | null;
  target: number | null;
}

/**
 * The strategy fields of a product. They live on the product record (one per product, so two
 * devices never create two strategies to reconcile); absent means not written yet.
 */
export interface ProductStrategy {
  vision?: string;
  /** The target segments, in words. */
  segments?: string;
  valueProposition?: string;
  competitors?: Competitor[];
  northStar?: NorthStar;
  scoring?: ScoringFramework;
  /** Where the value × effort matrix splits high from low, per framework (their units differ); absent means the medians. */
  matrixThresholds?: Partial<Record<ScoringFramework, { value: number; effort: number }>>;
}

/** A calendar quarter, or any span of dates (YYYY-MM-DD, both ends included). */
export type Period = { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'custom'; start: string; end: string };

/** A value a key result was measured at, and when; from an initiative's outcome when it names one. */
export interface KeyResultReading {
  at: number;
  value: number;
  initiativeId?: string;
}

/** A key result: a metric moving from its baseline to a target; values null until known. */
export interface KeyResult {
  id: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  current: number | null;
  /** The readings that set its current value, the oldest first; absent until the first. */
  history?: KeyResultReading[];
}

export interface Objective extends Authored {
  id: string;
  productId: string;
  title: string;
  period: Period;
  keyResults: KeyResult[];
  /** Order among the product's objectives of the same period. */
  rank: Rank;
  /** Set instead of deleting, so a concurrent edit elsewhere is not silently lost. */
  deletedAt: number | null;
  createdAt: number;
  updatedAt: number;
}
