import { isIsoDate, LONG_MAX, SHORT_MAX, type FieldErrors } from '../limits';
import { checklistProgress } from '../templates/instantiate';
import { timeboxMinutes } from '../templates/timebox';
import type { TemplateBody, TemplateFamily } from '../templates/types';
import { sprintWeeks, type SprintDates } from './sprints';
import type { ActionItem, RitualKind, RitualRun } from './types';

/** The template family each ritual starts from (a product picks its default retro format, etc.). */
export const RITUAL_FAMILY: Record<RitualKind, TemplateFamily> = {
  planning: 'planning',
  daily: 'daily',
  refinement: 'refinement',
  review: 'review',
  retrospective: 'retrospective',
};

/**
 * A run's timebox in minutes (null when the ritual has none), scaled to the sprint's length in
 * weeks as the Scrum Guide does. Without a sprint (continuous flow) rituals run on a weekly
 * rhythm, so they get a one-week sprint's timebox.
 */
export function runTimeboxMinutes(template: { body: Pick<TemplateBody, 'timebox'> }, sprint: SprintDates | null): number | null {
  return timeboxMinutes(template.body.timebox, sprint ? sprintWeeks(sprint) : 1);
}

/** Time spent running, pauses excluded: what was accumulated, plus the part since the timer last started. */
export function elapsedMs(run: Pick<RitualRun, 'elapsedMs' | 'timerStartedAt'>, now: number): number {
  return run.elapsedMs + (run.timerStartedAt === null ? 0 : Math.max(0, now - run.timerStartedAt));
}

/** How many checklist items of a run are ticked, of how many. */
export function runCompletion(run: Pick<RitualRun, 'content'>): { done: number; total: number } {
  return checklistProgress(run.content);
}

/** Whether a run is past its timebox at `now` (never, without one). */
export function isOverTimebox(run: Pick<RitualRun, 'elapsedMs' | 'timerStartedAt' | 'timeboxMinutes'>, now: number): boolean {
  return run.timeboxMinutes !== null && elapsedMs(run, now) > run.timeboxMinutes * 60_000;
}

/** What a run's outputs may hold, besides the template's own answers. */
export type RunFields = Pick<RitualRun, 'participants' | 'goal' | 'decisions'>;
export const PARTICIPANTS_MAX = 50;
export const DECISIONS_MAX = 100;

function lines(value: unknown, maxItems: number, maxLength: number, field: string, errors: FieldErrors): string[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems || !value.every((v) => typeof v === 'string')) {
    errors[field] = 'errors.valueInvalid';
    return undefined;
  }
  if (value.some((v: string) => v.length > maxLength)) {
    errors[field] = maxLength === SHORT_MAX ? 'errors.titleTooLong' : 'errors.longTextTooLong';
    return undefined;
  }
  return value as string[];
}

/**
 * Checks a run's participants, goal and decisions (those present). Participants are names,
 * trimmed, blanks dropped; decisions are kept as typed so a line being written is not lost.
 */
export function validateRunFields(input: Partial<Record<keyof RunFields, unknown>>): { values: Partial<RunFields>; errors: FieldErrors } {
  const values: Partial<RunFields> = {};
  const errors: FieldErrors = {};
  if ('participants' in input) {
    const names = lines(input.participants, PARTICIPANTS_MAX, SHORT_MAX, 'participants', errors);
    if (names) values.participants = names.map((n) => n.trim()).filter((n) => n !== '');
  }
  if ('goal' in input) {
    if (typeof input.goal !== 'string') errors.goal = 'errors.valueInvalid';
    else if (input.goal.length > LONG_MAX) errors.goal = 'errors.longTextTooLong';
    else values.goal = input.goal;
  }
  if ('decisions' in input) {
    const decisions = lines(input.decisions, DECISIONS_MAX, LONG_MAX, 'decisions', errors);
    if (decisions) values.decisions = decisions;
  }
  return { values, errors };
}

export type ActionItemFields = Pick<ActionItem, 'text' | 'owner' | 'dueDate'>;

/** Checks an action item's fields (all with `complete`, else those present): the text is required. */
export function validateActionItem(input: Partial<Record<keyof ActionItemFields, unknown>>, complete = false): { values: Partial<ActionItemFields>; errors: FieldErrors } {
  const values: Partial<ActionItemFields> = {};
  const errors: FieldErrors = {};
  const has = (key: keyof ActionItemFields) => complete || key in input;
  if (has('text')) {
    const text = input.text;
    if (typeof text !== 'string' || text.trim() === '') errors.text = 'errors.actionTextRequired';
    else if (text.trim().length > LONG_MAX) errors.text = 'errors.longTextTooLong';
    else values.text = text.trim();
  }
  if (has('owner')) {
    const owner = input.owner ?? '';
    if (typeof owner !== 'string') errors.owner = 'errors.valueInvalid';
    else if (owner.trim().length > SHORT_MAX) errors.owner = 'errors.titleTooLong';
    else values.owner = owner.trim();
  }
  if (has('dueDate')) {
    // An empty date field means no due date.
    const due = input.dueDate === '' || input.dueDate === undefined ? null : input.dueDate;
    if (due !== null && !isIsoDate(due)) errors.dueDate = 'errors.dateInvalid';
    else values.dueDate = due;
  }
  return { values, errors };
}
