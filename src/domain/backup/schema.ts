/**
 * The strict shape of every record a backup holds, field by field (src/domain/types.ts and the
 * discovery, delivery, strategy and templates types). Unknown keys are refused rather than
 * stripped: the file comes from this app, so an unknown field means damage, tampering or a newer
 * app, and importing a silently trimmed copy would lose what the user believes is backed up.
 * Limits are wider than the forms' own (a backup must never be refused for what the app wrote):
 * they are there to keep a hostile file from planting megabytes in one field.
 */
import * as z from 'zod/mini';
import { CADENCES } from '../delivery/types';
import { ASSUMPTION_CATEGORIES, COMPANY_SIZES, DECIDED_STATUSES, EXPERIMENT_METHODS, HYPOTHESIS_STATUSES } from '../discovery/types';
import { SAVED_VIEW_KINDS } from '../saved-views';
import { HORIZONS, RICE_IMPACTS, SCORING_FRAMEWORKS } from '../strategy/types';
import { templateBodySchema } from '../templates/file-format';
import { TEMPLATE_FAMILIES } from '../templates/types';
import { DEFAULT_STAGES } from '../lanes';
import type { DataTable } from '../tables';
import { BACKUP_FORMAT } from './format';
import { actionItem, ritualRun, sprint, story } from './delivery-schema';
import { account, feedbackLink, feedbackNote } from './feedback-schema';
import { authored, content, count, day, dayOrEmpty, id, initiativeStatus, lane, list, long, number, oneOf, rank, segment, short, time, tombstone } from './schema-fields';

const riceInputs = z.strictObject({
  reach: z.nullable(number),
  impact: z.nullable(z.literal(RICE_IMPACTS)),
  confidence: z.nullable(number),
  effort: z.nullable(number),
});
const iceInputs = z.strictObject({ impact: z.nullable(number), confidence: z.nullable(number), ease: z.nullable(number) });

const outcome = z.strictObject({
  metric: short,
  direction: oneOf(['increase', 'decrease']),
  baseline: z.nullable(number),
  target: z.nullable(number),
  actual: z.nullable(number),
  conclusion: long,
  recordedAt: time,
});

const product = z.strictObject({
  id,
  name: short,
  isSample: z.boolean(),
  defaultTemplates: z.optional(z.partialRecord(oneOf(TEMPLATE_FAMILIES), id)),
  cadence: z.optional(oneOf(CADENCES)),
  boardFollowsSprint: z.optional(z.boolean()),
  vision: z.optional(long),
  segments: z.optional(long),
  valueProposition: z.optional(long),
  competitors: z.optional(list(z.strictObject({ id, name: short, note: long }), 1_000)),
  northStar: z.optional(z.strictObject({ metric: short, current: z.nullable(number), target: z.nullable(number) })),
  scoring: z.optional(oneOf(SCORING_FRAMEWORKS)),
  matrixThresholds: z.optional(z.partialRecord(oneOf(SCORING_FRAMEWORKS), z.strictObject({ value: z.number().check(z.nonnegative()), effort: z.number().check(z.nonnegative()) }))),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

const stage = z.strictObject({
  id,
  productId: id,
  lane,
  name: short,
  defaultKey: z.nullable(oneOf(Object.values(DEFAULT_STAGES).flat())),
  rank,
  wipLimit: z.optional(z.nullable(count)),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

const initiative = z.strictObject({
  id,
  productId: id,
  stageId: id,
  lane,
  rank,
  title: short,
  summary: long,
  problem: long,
  owner: short,
  tags: list(short, 1_000),
  segment,
  status: initiativeStatus,
  closeReason: long,
  closedAt: z.nullable(time),
  outcome: z.optional(z.nullable(outcome)),
  followUpOf: z.optional(z.nullable(id)),
  objectiveId: z.optional(z.nullable(id)),
  keyResultId: z.optional(z.nullable(id)),
  score: z.optional(z.strictObject({ rice: z.optional(riceInputs), ice: z.optional(iceInputs) })),
  horizon: z.optional(z.nullable(oneOf(HORIZONS))),
  comments: z.optional(list(z.strictObject({ author: short, at: time, text: long }), 1_000)),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

const transition = z.strictObject({
  id,
  productId: id,
  initiativeId: id,
  at: time,
  kind: oneOf(['create', 'move', 'close', 'reopen']),
  fromStageId: z.nullable(id),
  toStageId: z.nullable(id),
  fromLane: z.nullable(lane),
  toLane: z.nullable(lane),
  status: initiativeStatus,
  reason: long,
});

const score = z.literal([1, 2, 3, 4, 5]);

const hypothesis = z.strictObject({
  id,
  productId: id,
  initiativeId: id,
  belief: long,
  persona: long,
  outcome: long,
  signal: long,
  threshold: long,
  category: oneOf(ASSUMPTION_CATEGORIES),
  importance: score,
  evidence: score,
  owner: short,
  status: oneOf(HYPOTHESIS_STATUSES),
  learning: long,
  content,
  createdAt: time,
  updatedAt: time,
  statusChangedAt: time,
  deletedAt: tombstone,
});

const experiment = z.strictObject({
  id,
  productId: id,
  initiativeId: id,
  hypothesisId: id,
  method: oneOf(EXPERIMENT_METHODS),
  measure: long,
  successCriterion: long,
  deadline: dayOrEmpty,
  owner: short,
  status: oneOf(['planned', 'running', 'concluded']),
  observed: long,
  learned: long,
  decision: z.nullable(oneOf(DECIDED_STATUSES)),
  nextStep: long,
  content,
  createdAt: time,
  updatedAt: time,
  concludedAt: z.nullable(time),
  deletedAt: tombstone,
});

const interview = z.strictObject({
  id,
  productId: id,
  initiativeId: z.nullable(id),
  date: dayOrEmpty,
  alias: short,
  role: short,
  segment,
  companySize: oneOf(COMPANY_SIZES),
  quote: long,
  story: long,
  opportunities: long,
  insights: long,
  content,
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

const evidence = z.strictObject({
  id,
  productId: id,
  hypothesisId: id,
  interviewId: z.union([z.literal(''), id]),
  feedbackId: z.optional(id),
  stance: oneOf(['supports', 'refutes']),
  excerpt: long,
  createdAt: time,
  deletedAt: tombstone,
});

/** Evidence quotes one source: an interview, or (since v5) a feedback note. */
const oneSource = z.refine<{ interviewId: string; feedbackId?: string | undefined }>((e) => (e.interviewId === '') !== (e.feedbackId === undefined));

const statusChange = z.strictObject({
  id,
  productId: id,
  subjectId: id,
  subject: oneOf(['hypothesis', 'experiment']),
  from: z.nullable(short),
  to: short,
  at: time,
  note: long,
});

const template = z.strictObject({
  id,
  family: oneOf(TEMPLATE_FAMILIES),
  name: short,
  version: count,
  body: templateBodySchema,
  basedOn: z.nullable(id),
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

const templateVersion = z.strictObject({ id, templateId: id, version: count, name: short, body: templateBodySchema, createdAt: time });

const objective = z.strictObject({
  id,
  productId: id,
  title: short,
  period: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('quarter'), year: z.number().check(z.int()), quarter: z.literal([1, 2, 3, 4]) }),
    z.strictObject({ kind: z.literal('custom'), start: day, end: day }),
  ]),
  keyResults: list(
    z.strictObject({
      id,
      metric: short,
      baseline: z.nullable(number),
      target: z.nullable(number),
      current: z.nullable(number),
      history: z.optional(list(z.strictObject({ at: time, value: number, initiativeId: z.optional(id) }), 1_000)),
    }),
    1_000,
  ),
  rank,
  deletedAt: tombstone,
  createdAt: time,
  updatedAt: time,
});

const savedView = z.strictObject({
  id,
  productId: id,
  name: short,
  view: oneOf(SAVED_VIEW_KINDS),
  query: long,
  createdAt: time,
  updatedAt: time,
  deletedAt: tombstone,
});

/** One schema per table: a file's table is an array of these. */
export const RECORD_SCHEMAS = {
  products: authored(product),
  stages: authored(stage),
  initiatives: authored(initiative),
  transitions: authored(transition),
  hypotheses: authored(hypothesis),
  experiments: authored(experiment),
  interviews: authored(interview),
  evidence: authored(evidence).check(oneSource),
  statusChanges: authored(statusChange),
  templates: template,
  templateVersions: templateVersion,
  stories: authored(story),
  sprints: authored(sprint),
  ritualRuns: authored(ritualRun),
  actionItems: authored(actionItem),
  objectives: authored(objective),
  savedViews: authored(savedView),
  accounts: authored(account),
  feedback: authored(feedbackNote),
  feedbackLinks: authored(feedbackLink),
} satisfies Record<DataTable, z.core.SomeType>;

/** The envelope, without the tables (checked table by table, so an older file may lack some). */
export const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().check(z.int(), z.positive()),
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: z.iso.datetime(),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('product'), productId: id, productName: short }),
  ]),
  tables: z.record(z.string().check(z.maxLength(100)), z.array(z.unknown())),
});
