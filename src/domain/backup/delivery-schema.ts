/** The backup shapes of delivery's records: stories, sprints, ritual runs and their action items. */
import * as z from 'zod/mini';
import { RITUAL_KINDS, STORY_STATUSES } from '../delivery/types';
import { content, count, day, id, list, long, oneOf, rank, short, time, tombstone } from './schema-fields';

export const story = z.strictObject({
  id,
  productId: id,
  initiativeId: id,
  asA: long,
  iWant: long,
  soThat: long,
  criteria: list(z.strictObject({ id, given: long, when: long, then: long }), 1_000),
  points: z.nullable(z.number().check(z.nonnegative())),
  status: oneOf(STORY_STATUSES),
  rank,
  sprintId: z.nullable(id),
  ready: content,
  done: content,
  doneAt: z.nullable(time),
  doneReason: z.optional(long),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

export const sprint = z.strictObject({
  id,
  productId: id,
  name: short,
  goal: long,
  startDate: day,
  endDate: day,
  status: oneOf(['planned', 'active', 'closed']),
  startedAt: z.nullable(time),
  closedAt: z.nullable(time),
  result: z.nullable(
    z.strictObject({
      plannedPoints: z.number().check(z.nonnegative()),
      donePoints: z.number().check(z.nonnegative()),
      doneStories: count,
      unfinishedStories: count,
      carriedTo: id,
    }),
  ),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

export const ritualRun = z.strictObject({
  id,
  productId: id,
  sprintId: z.nullable(id),
  kind: oneOf(RITUAL_KINDS),
  content,
  participants: list(short, 1_000),
  timeboxMinutes: z.nullable(z.number().check(z.nonnegative())),
  elapsedMs: z.number().check(z.nonnegative()),
  timerStartedAt: z.nullable(time),
  goal: long,
  decisions: list(long, 1_000),
  startedAt: time,
  finishedAt: z.nullable(time),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

export const actionItem = z.strictObject({
  id,
  productId: id,
  runId: id,
  text: long,
  owner: short,
  dueDate: z.nullable(day),
  status: oneOf(['open', 'done', 'dropped']),
  carriedOverIn: list(id, 1_000),
  closedAt: z.nullable(time),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});
