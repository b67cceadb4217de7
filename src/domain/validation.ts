import * as z from 'zod/mini';
import { SEGMENTS } from './types';

export const TITLE_MAX = 200;
export const TEXT_MAX = 10_000;
/** The imported comments an initiative keeps at most (the latest): a long Jira thread stays readable. */
export const COMMENTS_MAX = 500;

/** What a user may save as an initiative; the messages are i18n keys. */
export const initiativeFieldsSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'errors.titleRequired'), z.maxLength(TITLE_MAX, 'errors.titleTooLong')),
  summary: z.string().check(z.maxLength(TEXT_MAX, 'errors.textTooLong')),
  problem: z.string().check(z.maxLength(TEXT_MAX, 'errors.textTooLong')),
  owner: z.string().check(z.trim(), z.maxLength(TITLE_MAX, 'errors.textTooLong')),
  tags: z.array(z.string().check(z.maxLength(60, 'errors.tagTooLong'))).check(z.maxLength(30, 'errors.tooManyTags')),
  segment: z.enum(SEGMENTS as [string, ...string[]]),
});

export const nameSchema = z.string().check(z.trim(), z.minLength(1, 'errors.nameRequired'), z.maxLength(TITLE_MAX, 'errors.titleTooLong'));

export type FieldErrors = Partial<Record<string, string>>;

/** Turns a zod result into a map of field name to i18n key. */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
