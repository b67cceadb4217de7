import { isIsoDate, LONG_MAX, SHORT_MAX, type FieldErrors } from '../limits';
import { MAX_SPRINT_WEEKS, MIN_SPRINT_WEEKS } from '../templates/timebox';
import { daysBetween } from './dates';
import type { Product } from '../types';
import type { Cadence, Sprint, Story } from './types';

/**
 * A sprint lasts 1 to 4 weeks (Scrum Guide: one month at most). Dates are inclusive, and the
 * shortest accepted is 5 days, so a one-week sprint may run Monday to Friday as well as Monday to
 * Sunday; the longest is 28 days.
 */
export const MIN_SPRINT_DAYS = 5;
export const MAX_SPRINT_DAYS = MAX_SPRINT_WEEKS * 7;

export type SprintDates = Pick<Sprint, 'startDate' | 'endDate'>;
export type SprintFields = Pick<Sprint, 'name' | 'goal' | 'startDate' | 'endDate'>;

/** A product without a cadence (made before Delivery existed) runs Scrum sprints. */
export const cadenceOf = (product: Pick<Product, 'cadence'>): Cadence => product.cadence ?? 'scrum';

/** Calendar days of a sprint, both ends included. */
export function sprintLengthDays(sprint: SprintDates): number {
  return daysBetween(sprint.startDate, sprint.endDate) + 1;
}

/** Whole weeks a sprint spans, rounded up and kept within 1–4: what scales the rituals' timeboxes. */
export function sprintWeeks(sprint: SprintDates): number {
  return Math.min(MAX_SPRINT_WEEKS, Math.max(MIN_SPRINT_WEEKS, Math.ceil(sprintLengthDays(sprint) / 7)));
}

/** The dates' errors by field (i18n keys); empty when they make a valid sprint. */
export function validateSprintDates(startDate: unknown, endDate: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(startDate)) errors.startDate = 'errors.dateInvalid';
  if (!isIsoDate(endDate)) errors.endDate = 'errors.dateInvalid';
  if (Object.keys(errors).length > 0) return errors;
  const days = sprintLengthDays({ startDate: startDate as string, endDate: endDate as string });
  if (days <= 1) errors.endDate = 'errors.sprintEndBeforeStart';
  else if (days < MIN_SPRINT_DAYS) errors.endDate = 'errors.sprintTooShort';
  else if (days > MAX_SPRINT_DAYS) errors.endDate = 'errors.sprintTooLong';
  return errors;
}

/** Checks a sprint's fields (all with `complete`, else those present); name trimmed and required. */
export function validateSprint(input: Partial<Record<keyof SprintFields, unknown>>, complete = false): { values: Partial<SprintFields>; errors: FieldErrors } {
  const values: Partial<SprintFields> = {};
  const errors: FieldErrors = {};
  const has = (key: keyof SprintFields) => complete || key in input;
  if (has('name')) {
    const name = input.name;
    if (typeof name !== 'string' || name.trim() === '') errors.name = 'errors.nameRequired';
    else if (name.trim().length > SHORT_MAX) errors.name = 'errors.titleTooLong';
    else values.name = name.trim();
  }
  if (has('goal')) {
    const goal = input.goal ?? '';
    if (typeof goal !== 'string') errors.goal = 'errors.valueInvalid';
    else if (goal.length > LONG_MAX) errors.goal = 'errors.longTextTooLong';
    else values.goal = goal;
  }
  return { values, errors };
}

/** Checks a sprint's dates as they will be after a patch (one end may change alone). */
export function validatePatchedDates(sprint: SprintDates, patch: Partial<Record<keyof SprintDates, unknown>>): FieldErrors {
  return validateSprintDates(patch.startDate ?? sprint.startDate, patch.endDate ?? sprint.endDate);
}

type Pointed = Pick<Story, 'points' | 'status' | 'deletedAt'>;
const live = <T extends Pick<Story, 'deletedAt'>>(stories: readonly T[]) => stories.filter((s) => s.deletedAt === null);
// Points have at most one decimal: rounding the sum to one keeps 0.1 + 0.2 from showing as 0.30000000000000004.
const sum = (stories: readonly Pointed[]) => Math.round(stories.reduce((n, s) => n + (s.points ?? 0), 0) * 10) / 10;

/** Points of the live stories given (unestimated ones count 0). */
export function plannedPoints(stories: readonly Pointed[]): number {
  return sum(live(stories));
}

/** The velocity: points of the live stories that are done. */
export function velocity(stories: readonly Pointed[]): number {
  return sum(live(stories).filter((s) => s.status === 'done'));
}

/**
 * The average velocity of the `n` most recently closed sprints, from the figures recorded when
 * each closed; null when none has closed yet. Rounded to one decimal.
 */
export function averageVelocity(closedSprints: readonly Pick<Sprint, 'status' | 'closedAt' | 'result' | 'deletedAt'>[], n = 3): number | null {
  const recent = closedSprints
    .filter((s) => s.deletedAt === null && s.status === 'closed' && s.result !== null)
    .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))
    .slice(0, Math.max(1, n));
  if (recent.length === 0) return null;
  const total = recent.reduce((t, s) => t + s.result!.donePoints, 0);
  return Math.round((total / recent.length) * 10) / 10;
}

const STATUS_FIRST: Record<Sprint['status'], number> = { active: 0, planned: 1, closed: 2 };
type SprintShown = Pick<Sprint, 'status' | 'startDate' | 'deletedAt'>;

/** Whether a card names sprint `a` rather than `b`: by status, then the soonest planned or the latest closed. */
function namedBefore(a: SprintShown, b: SprintShown): boolean {
  if (a.status !== b.status) return STATUS_FIRST[a.status] < STATUS_FIRST[b.status];
  return a.status === 'closed' ? a.startDate > b.startDate : a.startDate < b.startDate;
}

/**
 * The sprint a board card names among those its stories are planned into: the active one, else
 * the next planned, else the last closed; null when none (backlog only, or continuous flow).
 */
export function cardSprint<T extends SprintShown>(sprints: readonly T[]): T | null {
  let best: T | null = null;
  for (const s of sprints) if (s.deletedAt === null && (best === null || namedBefore(s, best))) best = s;
  return best;
}
