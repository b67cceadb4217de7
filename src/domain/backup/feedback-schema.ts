/** The backup shapes of customer feedback: accounts, notes and their links to initiatives (schema v5). */
import * as z from 'zod/mini';
import { FEEDBACK_SOURCES, IMPORTANCES } from '../feedback/types';
import { day, id, list, long, oneOf, segment, short, time, tombstone } from './schema-fields';

export const account = z.strictObject({
  id,
  productId: id,
  name: short,
  segment,
  plan: short,
  revenue: z.nullable(z.number().check(z.nonnegative())),
  strategic: z.boolean(),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

export const feedbackNote = z.strictObject({
  id,
  productId: id,
  text: long,
  source: oneOf(FEEDBACK_SOURCES),
  accountId: z.nullable(id),
  person: short,
  date: day,
  tags: list(short, 1_000),
  enteredBy: short,
  dismissedAt: z.nullable(time),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

export const feedbackLink = z.strictObject({
  id,
  productId: id,
  feedbackId: id,
  initiativeId: id,
  importance: oneOf(IMPORTANCES),
  excerpt: long,
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});
