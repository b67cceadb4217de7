/** The field shapes every backup record schema is built from (schema.ts and its per-area files). */
import * as z from 'zod/mini';
import { templateBodySchema } from '../templates/file-format';
import { TEMPLATE_FAMILIES } from '../templates/types';
import { CLOSED_STATUSES, LANES, SEGMENTS } from '../types';

const SHORT = 1_000;
const LONG = 100_000;
const MANY = 10_000;

export const id = z.string().check(z.minLength(1), z.maxLength(100));
export const short = z.string().check(z.maxLength(SHORT));
export const long = z.string().check(z.maxLength(LONG));
export const list = <T extends z.core.SomeType>(item: T, max = MANY) => z.array(item).check(z.maxLength(max));
export const time = z.number().check(z.int(), z.nonnegative());
export const number = z.number();
export const count = z.number().check(z.int(), z.nonnegative());
export const rank = z.string().check(z.regex(/^[0-9A-Za-z]{1,200}$/));
export const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const dayOrEmpty = z.union([z.literal(''), day]);
export const oneOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);

export const tombstone = z.nullable(time);
export const lane = oneOf(LANES);
export const segment = oneOf(SEGMENTS);
export const initiativeStatus = oneOf(['active', ...CLOSED_STATUSES]);

export const answer = z.union([long, number, z.boolean(), list(short, 1_000), z.null()]);

/** An artefact's template snapshot with its answers, ticks and notes, by item id. */
export const content = z.strictObject({
  template: z.strictObject({
    templateId: id,
    templateVersion: count,
    templateName: short,
    family: oneOf(TEMPLATE_FAMILIES),
    body: templateBodySchema,
  }),
  answers: z.record(id, answer),
  checked: z.record(id, z.boolean()),
  notes: z.record(id, long),
});

/** Who last changed a record of a shared product (the member's name); solo records have none. */
export const author = { by: z.optional(z.string().check(z.maxLength(80))) };
export const authored = <S extends z.ZodMiniObject>(schema: S) => z.extend(schema, author);
