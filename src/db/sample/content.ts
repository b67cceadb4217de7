import type { DefaultStageKey, Segment } from '../../domain/types';

/** One sample initiative: where it sits and the story of how it got there (days ago per stage). */
export interface SampleInitiative {
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

export interface SampleContent {
  productName: string;
  initiatives: SampleInitiative[];
}
