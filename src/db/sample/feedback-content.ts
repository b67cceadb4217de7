import type { EvidenceStance } from '../../domain/discovery/types';
import type { FeedbackSource, Importance } from '../../domain/feedback/types';
import type { Segment } from '../../domain/types';

/**
 * The shape of the sample's customer feedback (en-feedback.ts, fr-feedback.ts): plain data.
 * Accounts are named by key; initiatives and hypotheses by the keys the rest of the sample uses.
 */

export interface SampleAccount {
  key: string;
  name: string;
  segment: Segment;
  plan: string;
  revenue: number | null;
  strategic: boolean;
}

export interface SampleFeedbackNote {
  daysAgo: number;
  source: FeedbackSource;
  /** The key of its account, or null for a person or an anonymous review. */
  account: string | null;
  person: string;
  text: string;
  tags: string[];
  dismissed?: boolean;
  /** The initiatives it asks for; an excerpt is words of the text ('' or absent: the whole note). */
  asks?: { initiative: string; importance: Importance; excerpt?: string }[];
  /** The hypotheses it is evidence for or against, quoting words of the text. */
  evidence?: { hypothesis: string; stance: EvidenceStance; excerpt: string }[];
}

export interface SampleFeedback {
  accounts: SampleAccount[];
  notes: SampleFeedbackNote[];
}
