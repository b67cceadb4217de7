import { LONG_MAX, shortLabel, SHORT_MAX, type FieldErrors } from '../limits';
import { blank } from './readiness';
import type { AcceptanceCriterion, Story, StoryStatus } from './types';
import { STORY_STATUSES } from './types';

/** What a user writes of a story; the rest (status, rank, sprint, checklists) has its own command. */
export type StoryFields = Pick<Story, 'asA' | 'iWant' | 'soThat' | 'criteria' | 'points'>;

/**
 * Story points: any number from 0 to 100 with at most one decimal. That takes every common
 * scale (Fibonacci 0, ½, 1, 2, 3, 5, 8, 13, 20, 40, 100; powers of two; plain hours) without
 * imposing one, and refuses what is surely a typo (1000, 2.75, negative).
 */
export const POINTS_MAX = 100;
/** Enough for any real story; a bound keeps a pasted document out of a record. */
export const CRITERIA_MAX = 50;

export function isValidPoints(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= POINTS_MAX && Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

export { isCriterionComplete, isStoryReady, readinessGaps, type ReadinessGap } from './readiness';

export function isStoryStatus(value: unknown): value is StoryStatus {
  return (STORY_STATUSES as readonly unknown[]).includes(value);
}

function textError(value: unknown, max: number, required?: string): string | undefined {
  if (typeof value !== 'string') return required ?? 'errors.valueInvalid';
  if (required && blank(value)) return required;
  if (value.length > max) return max === SHORT_MAX ? 'errors.titleTooLong' : 'errors.longTextTooLong';
  return undefined;
}

function criteriaError(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length > CRITERIA_MAX) return 'errors.criteriaInvalid';
  const ids = new Set<string>();
  for (const c of value as unknown[]) {
    if (!c || typeof c !== 'object') return 'errors.criteriaInvalid';
    const { id, given, when, then } = c as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || ids.has(id)) return 'errors.criteriaInvalid';
    ids.add(id);
    for (const text of [given, when, then]) {
      const error = textError(text, LONG_MAX);
      if (error) return error === 'errors.valueInvalid' ? 'errors.criteriaInvalid' : error;
    }
  }
  return undefined;
}

/**
 * Checks a story's fields (all of them with `complete`, else those present) and returns them
 * cleaned: one-line texts trimmed, criteria reduced to their four fields. Only "I want" is
 * required to save: a story is written in several passes, and readiness says what is missing.
 */
export function validateStory(input: Partial<Record<keyof StoryFields, unknown>>, complete = false): { values: Partial<StoryFields>; errors: FieldErrors } {
  const values: Partial<StoryFields> = {};
  const errors: FieldErrors = {};
  const has = (key: keyof StoryFields) => complete || key in input;
  const text = (key: 'asA' | 'iWant' | 'soThat', max: number, required?: string) => {
    if (!has(key)) return;
    const value = input[key] ?? '';
    const error = textError(value, max, required);
    if (error) errors[key] = error;
    else values[key] = (value as string).trim();
  };
  text('asA', SHORT_MAX);
  text('iWant', LONG_MAX, 'errors.iWantRequired');
  text('soThat', LONG_MAX);
  if (has('criteria')) {
    const value = input.criteria ?? [];
    const error = criteriaError(value);
    if (error) errors.criteria = error;
    else values.criteria = (value as AcceptanceCriterion[]).map(({ id, given, when, then }) => ({ id, given, when, then }));
  }
  if (has('points')) {
    const value = input.points ?? null;
    if (value !== null && !isValidPoints(value)) errors.points = 'errors.pointsInvalid';
    else values.points = value;
  }
  return { values, errors };
}

/** What the undo button names for a story. */
export function storyLabel(story: Pick<Story, 'iWant'>): string {
  return shortLabel(story.iWant);
}

/** The Definition of Done items a story has not ticked, by their text, in the checklist's order. */
export function uncheckedDone(story: Pick<Story, 'done'>): string[] {
  return story.done.template.body.sections.flatMap((s) => s.items).flatMap((item) => (item.kind === 'check' && !story.done.checked[item.id] ? [item.text] : []));
}

/**
 * Setting a story to Done with Definition of Done items unticked takes a reason, kept on the
 * story: done means the team's definition, unless someone says why not.
 */
export function doneNeedsReason(story: Pick<Story, 'done'>, status: StoryStatus, reason: string): boolean {
  return status === 'done' && uncheckedDone(story).length > 0 && reason.trim() === '';
}
