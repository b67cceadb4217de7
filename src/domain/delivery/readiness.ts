import { checklistProgress } from '../templates/instantiate';
import type { AcceptanceCriterion, Story } from './types';

/*
 * Whether a story is ready for a sprint. Kept apart from the story's field rules: the gate into
 * Delivery and the cards' badges need it on the board's first paint; the field rules wait for an edit.
 */

export const blank = (text: string) => text.trim() === '';

/** A criterion is complete when its Given, When and Then are all written. */
export function isCriterionComplete(c: Pick<AcceptanceCriterion, 'given' | 'when' | 'then'>): boolean {
  return !blank(c.given) && !blank(c.when) && !blank(c.then);
}

/** What a story still lacks to be ready, in the order a product owner would fix it. */
export type ReadinessGap = 'text' | 'criteria' | 'points' | 'checklist';

type ReadinessInput = Pick<Story, 'asA' | 'iWant' | 'soThat' | 'criteria' | 'points' | 'ready'>;

export function readinessGaps(story: ReadinessInput): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  if (blank(story.asA) || blank(story.iWant) || blank(story.soThat)) gaps.push('text');
  if (!story.criteria.some(isCriterionComplete)) gaps.push('criteria');
  if (story.points === null) gaps.push('points');
  const { done, total } = checklistProgress(story.ready);
  if (done < total) gaps.push('checklist');
  return gaps;
}

/**
 * Ready for a sprint: the product's Definition of Ready fully ticked, and the story itself
 * complete (who, what and why written, at least one complete criterion, an estimate). The
 * checklist says the team agreed; the rest is what the app can check by itself.
 */
export function isStoryReady(story: ReadinessInput): boolean {
  return readinessGaps(story).length === 0;
}
