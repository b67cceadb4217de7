/**
 * Customer feedback: what customers, sales, customer success and support say, kept as notes in
 * one inbox per product, each about an account and/or a person, and linked to the initiatives it
 * asks for (with an importance) or to hypotheses as evidence.
 */
import type { Authored, Segment } from '../types';

export const FEEDBACK_SOURCES = ['sales', 'customerSuccess', 'support', 'user', 'review', 'analytics', 'internal', 'other'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const IMPORTANCES = ['niceToHave', 'important', 'critical'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** A customer company (B2B) or a group of consumers (B2C) whose voice the product weighs. */
export interface Account extends Authored {
  id: string;
  productId: string;
  name: string;
  segment: Segment;
  /** The plan or tier they are on, as the team names it ("Enterprise", "Free"). */
  plan: string;
  /** Yearly revenue from the account, in the product's currency; null when unknown. */
  revenue: number | null;
  /** An account the company has chosen to weigh more (a flagship, a renewal at risk). */
  strategic: boolean;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/** One piece of feedback, as it arrived. */
export interface FeedbackNote extends Authored {
  id: string;
  productId: string;
  text: string;
  source: FeedbackSource;
  accountId: string | null;
  /** The person who said it (a name, a role or an e-mail), or ''. */
  person: string;
  /** When it was said: ISO date (yyyy-mm-dd). */
  date: string;
  tags: string[];
  /** The member who entered it when the product is shared; '' when solo. */
  enteredBy: string;
  /** Set when the team decided it asks for nothing to act on; a dismissed note is processed. */
  dismissedAt: number | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/** A note (or an excerpt of it) asking for an initiative, with how much it matters to whoever asks. */
export interface FeedbackLink extends Authored {
  id: string;
  productId: string;
  feedbackId: string;
  initiativeId: string;
  importance: Importance;
  /** The highlighted words, or '' when the whole note is linked. */
  excerpt: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export function isFeedbackSource(value: unknown): value is FeedbackSource {
  return typeof value === 'string' && (FEEDBACK_SOURCES as readonly string[]).includes(value);
}

export function isImportance(value: unknown): value is Importance {
  return typeof value === 'string' && (IMPORTANCES as readonly string[]).includes(value);
}
