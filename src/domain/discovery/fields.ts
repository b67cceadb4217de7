import { SEGMENTS } from '../types';
import type { AnswerValue } from '../templates/instantiate';
import type { TemplateBody } from '../templates/types';
import { isScore } from './assumption-map';
import { isIsoDate, LONG_MAX, SHORT_MAX, STORY_MAX, type FieldErrors } from '../limits';
import { ASSUMPTION_CATEGORIES, COMPANY_SIZES, DECIDED_STATUSES, EXPERIMENT_METHODS, type EvidenceStance } from './types';

/** What discovery records may hold; refusals are i18n keys, field by field. */

export { isIsoDate, LONG_MAX, shortLabel, SHORT_MAX, STORY_MAX, type FieldErrors } from '../limits';

type Rule =
  /** `trim`: stored trimmed (one-line fields); long texts keep their spacing, like an initiative's summary. */
  | { kind: 'text'; max: number; required?: string; trim?: boolean }
  | { kind: 'choice'; options: readonly unknown[]; error?: string }
  | { kind: 'score' }
  | { kind: 'date'; required: boolean };

const TOO_LONG: Record<number, string> = {
  [SHORT_MAX]: 'errors.titleTooLong',
  [LONG_MAX]: 'errors.longTextTooLong',
  [STORY_MAX]: 'errors.textTooLong',
};

const short = (required?: string): Rule => ({ kind: 'text', max: SHORT_MAX, trim: true, required });
const long = (required?: string): Rule => ({ kind: 'text', max: LONG_MAX, required });
const story: Rule = { kind: 'text', max: STORY_MAX };

export const HYPOTHESIS_RULES = {
  belief: long('errors.beliefRequired'),
  persona: short(),
  outcome: short(),
  signal: short(),
  threshold: short(),
  category: { kind: 'choice', options: ASSUMPTION_CATEGORIES },
  importance: { kind: 'score' },
  evidence: { kind: 'score' },
  owner: short(),
  learning: long(),
} satisfies Record<string, Rule>;

/** The test card. */
export const EXPERIMENT_PLAN_RULES = {
  method: { kind: 'choice', options: EXPERIMENT_METHODS },
  measure: long(),
  successCriterion: long(),
  deadline: { kind: 'date', required: false },
  owner: short(),
} satisfies Record<string, Rule>;

/** The learning card. */
export const EXPERIMENT_RESULT_RULES = {
  observed: long(),
  learned: long(),
  decision: { kind: 'choice', options: DECIDED_STATUSES, error: 'errors.decisionRequired' },
  nextStep: long(),
} satisfies Record<string, Rule>;

export const INTERVIEW_RULES = {
  date: { kind: 'date', required: true },
  alias: short('errors.aliasRequired'),
  role: short(),
  segment: { kind: 'choice', options: SEGMENTS },
  companySize: { kind: 'choice', options: COMPANY_SIZES },
  quote: long(),
  story,
  opportunities: story,
  insights: story,
} satisfies Record<string, Rule>;

export const EVIDENCE_RULES = {
  stance: { kind: 'choice', options: ['supports', 'refutes'] satisfies EvidenceStance[] },
  excerpt: { kind: 'text', max: LONG_MAX, required: 'errors.excerptRequired', trim: true },
} satisfies Record<string, Rule>;

/** The note a status change may carry (why it was decided). */
export const STATUS_NOTE_RULES = { note: long() } satisfies Record<string, Rule>;


function check(rule: Rule, value: unknown): { value: unknown; error?: string } {
  switch (rule.kind) {
    case 'text': {
      if (typeof value !== 'string') return { value, error: rule.required ?? 'errors.valueInvalid' };
      const stored = rule.trim ? value.trim() : value;
      if (rule.required && stored.trim() === '') return { value, error: rule.required };
      if (stored.length > rule.max) return { value, error: TOO_LONG[rule.max] };
      return { value: stored };
    }
    case 'choice':
      return rule.options.includes(value) ? { value } : { value, error: rule.error ?? 'errors.valueInvalid' };
    case 'score':
      return isScore(value) ? { value } : { value, error: 'errors.scoreInvalid' };
    case 'date':
      return isIsoDate(value) || (!rule.required && value === '') ? { value } : { value, error: 'errors.dateInvalid' };
  }
}

/**
 * The fields of `input` that `rules` names, checked and cleaned (one-line texts trimmed). Keys
 * the rules do not name are dropped, so a patch can never reach an id or a status. With
 * `complete`, a missing field is checked as if empty.
 */
export function checkFields<R extends Record<string, Rule>>(rules: R, input: Partial<Record<keyof R, unknown>>, complete = false): { values: Partial<Record<keyof R, unknown>>; errors: FieldErrors } {
  const values: Partial<Record<keyof R, unknown>> = {};
  const errors: FieldErrors = {};
  for (const key of Object.keys(rules) as (keyof R & string)[]) {
    if (!(key in input) && !complete) continue;
    const result = check(rules[key]!, input[key]);
    if (result.error) errors[key] = result.error;
    else values[key] = result.value;
  }
  return { values, errors };
}

function validAnswer(item: { type: string; options: string[] }, value: AnswerValue): string | null {
  const invalid = 'errors.valueInvalid';
  switch (item.type) {
    case 'shortText':
    case 'longText':
      if (typeof value !== 'string') return invalid;
      return value.length > STORY_MAX ? 'errors.textTooLong' : null;
    case 'singleChoice':
      return value === '' || (typeof value === 'string' && item.options.includes(value)) ? null : invalid;
    case 'multipleChoice':
      return Array.isArray(value) && value.every((v) => item.options.includes(v)) ? null : invalid;
    case 'checkbox':
      return typeof value === 'boolean' ? null : invalid;
    case 'number':
      return value === null || (typeof value === 'number' && Number.isFinite(value)) ? null : invalid;
    case 'scale':
      return value === null || isScore(value) ? null : invalid;
    case 'date':
      return value === null || value === '' || isIsoDate(value) ? null : invalid;
    default:
      return invalid;
  }
}

/** Answers to a template's fields: each must name a field of the template and fit its type. Errors are keyed by item id. */
export function answerErrors(body: TemplateBody, answers: Record<string, AnswerValue>): FieldErrors {
  const fields = new Map(body.sections.flatMap((s) => s.items).flatMap((i) => (i.kind === 'field' ? [[i.id, i] as const] : [])));
  const errors: FieldErrors = {};
  for (const [id, value] of Object.entries(answers)) {
    const item = fields.get(id);
    const error = item ? validAnswer(item, value) : 'errors.valueInvalid';
    if (error) errors[id] = error;
  }
  return errors;
}

/** Ticks of a template's checklist items: each must name a check item and be true or false. */
export function checkedErrors(body: TemplateBody, checked: Record<string, boolean>): FieldErrors {
  const checks = new Set(body.sections.flatMap((s) => s.items).filter((i) => i.kind === 'check').map((i) => i.id));
  const errors: FieldErrors = {};
  for (const [id, value] of Object.entries(checked)) if (!checks.has(id) || typeof value !== 'boolean') errors[id] = 'errors.valueInvalid';
  return errors;
}
