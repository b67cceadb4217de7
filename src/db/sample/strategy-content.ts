import type { RiceInputs } from '../../domain/strategy/types';

/**
 * The shape of the sample's Strategy texts (en-strategy.ts, fr-strategy.ts): plain data.
 * Objectives, key results and initiatives are named by key, the same in every language.
 */

export interface SampleKeyResult {
  key: string;
  metric: string;
  baseline: number;
  target: number;
  current: number;
}

export interface SampleObjective {
  key: string;
  title: string;
  /** Quarters after the one the sample is made in (0: that quarter), or a span of days around it. */
  period: { quarterOffset: number } | { startDaysAgo: number; lengthDays: number };
  keyResults: SampleKeyResult[];
}

export interface SampleStrategy {
  vision: string;
  segments: string;
  valueProposition: string;
  competitors: { name: string; note: string }[];
  northStar: { metric: string; current: number; target: number };
  objectives: SampleObjective[];
  /** Initiatives (by key) and the objective, and optionally the key result, they serve. */
  links: { initiative: string; objective: string; keyResult?: string }[];
  /** RICE inputs of the Strategy cards, by initiative key. */
  scores: { initiative: string; rice: RiceInputs }[];
}
