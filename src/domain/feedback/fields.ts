/** What accounts, feedback notes and their links may hold; refusals are i18n keys, field by field. */
import { checkFields } from '../discovery/fields';
import { normalize } from '../filter';
import { uniqueTags } from '../import/text';
import { SHORT_MAX, type FieldErrors } from '../limits';
import { SEGMENTS } from '../types';
import { FEEDBACK_SOURCES, IMPORTANCES, type Account, type FeedbackNote } from './types';

/** Long enough for a pasted e-mail thread or a call summary. */
export const FEEDBACK_TEXT_MAX = 20_000;
const TAG_MAX = 60;
const TAGS_MAX = 30;
/** Beyond any real account's yearly revenue; keeps sums exact in a double. */
export const REVENUE_MAX = 1e13;

export interface AccountInput {
  name: string;
  segment: Account['segment'];
  plan: string;
  revenue: number | null;
  strategic: boolean;
}

export interface FeedbackInput {
  text: string;
  source: FeedbackNote['source'];
  accountId: string | null;
  person: string;
  date: string;
  tags: string[];
}

const ACCOUNT_RULES = {
  name: { kind: 'text', max: SHORT_MAX, trim: true, required: 'errors.accountNameRequired' },
  segment: { kind: 'choice', options: SEGMENTS },
  plan: { kind: 'text', max: SHORT_MAX, trim: true },
} as const;

const NOTE_RULES = {
  source: { kind: 'choice', options: FEEDBACK_SOURCES },
  person: { kind: 'text', max: SHORT_MAX, trim: true },
  date: { kind: 'date', required: true },
} as const;

/** The same name as another account's, ignoring case, accents and spacing around it. */
export function accountKey(name: string): string {
  return normalize(name.trim().replace(/\s+/g, ' '));
}

function revenueError(value: unknown): string | undefined {
  if (value === null) return undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= REVENUE_MAX ? undefined : 'errors.revenueInvalid';
}

/**
 * An account's fields checked and cleaned, against the product's other live accounts (`others`,
 * the account being edited left out): its name must not read the same as theirs.
 */
export function checkAccount(given: Partial<AccountInput>, others: readonly Pick<Account, 'name'>[], complete: boolean): { values: Partial<AccountInput>; errors: FieldErrors } {
  // A new account needs only its name: the rest may be filled in later.
  const input: Partial<AccountInput> = complete ? { segment: '', plan: '', revenue: null, strategic: false, ...given } : given;
  const { values, errors } = checkFields(ACCOUNT_RULES, input, complete);
  if (typeof values.name === 'string' && others.some((a) => accountKey(a.name) === accountKey(values.name as string))) errors.name = 'errors.accountNameTaken';
  const out = values as Partial<AccountInput>;
  if ('revenue' in input || complete) {
    const error = revenueError(input.revenue ?? null);
    if (error) errors.revenue = error;
    else out.revenue = input.revenue ?? null;
  }
  if ('strategic' in input || complete) {
    if (typeof (input.strategic ?? false) !== 'boolean') errors.strategic = 'errors.valueInvalid';
    else out.strategic = input.strategic ?? false;
  }
  return { values: out, errors };
}

function tagsOf(value: unknown): { tags?: string[]; error?: string } {
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) return { error: 'errors.valueInvalid' };
  const tags = uniqueTags(value as string[]);
  if (tags.some((tag) => tag.length > TAG_MAX)) return { error: 'errors.tagTooLong' };
  return tags.length > TAGS_MAX ? { error: 'errors.tooManyTags' } : { tags };
}

/** A note's fields checked and cleaned: its text is required and keeps its line breaks. */
export function checkFeedback(given: Partial<FeedbackInput>, complete: boolean): { values: Partial<FeedbackInput>; errors: FieldErrors } {
  const input: Partial<FeedbackInput> = complete ? { person: '', tags: [], accountId: null, ...given } : given;
  const { values, errors } = checkFields(NOTE_RULES, input, complete);
  const out = values as Partial<FeedbackInput>;
  if ('text' in input || complete) {
    const text = input.text;
    if (typeof text !== 'string' || text.trim() === '') errors.text = 'errors.feedbackTextRequired';
    else if (text.length > FEEDBACK_TEXT_MAX) errors.text = 'errors.feedbackTextTooLong';
    else out.text = text.trim();
  }
  if ('tags' in input || complete) {
    const { tags, error } = tagsOf(input.tags ?? []);
    if (error) errors.tags = error;
    else out.tags = tags;
  }
  if ('accountId' in input || complete) {
    const accountId = input.accountId ?? null;
    if (accountId !== null && (typeof accountId !== 'string' || accountId === '')) errors.accountId = 'errors.valueInvalid';
    else out.accountId = accountId;
  }
  return { values: out, errors };
}

/**
 * The excerpt a link quotes, trimmed: '' links the whole note; otherwise it must be words of the
 * note (a highlighted passage), so a link never puts words in a customer's mouth.
 */
export function checkExcerpt(excerpt: unknown, noteText: string): { excerpt?: string; error?: string } {
  if (typeof excerpt !== 'string') return { error: 'errors.valueInvalid' };
  const clean = excerpt.trim();
  if (clean === '') return { excerpt: '' };
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return squash(noteText).includes(squash(clean)) ? { excerpt: clean } : { error: 'errors.excerptNotInNote' };
}

export function checkImportance(value: unknown): string | undefined {
  return (IMPORTANCES as readonly unknown[]).includes(value) ? undefined : 'errors.valueInvalid';
}
