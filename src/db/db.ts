import Dexie, { type EntityTable } from 'dexie';
import type { Initiative, Product, Stage, Transition } from '../domain/types';
import type { Evidence, Experiment, Hypothesis, Interview, StatusChange } from '../domain/discovery/types';
import type { ActionItem, RitualRun, Sprint, Story } from '../domain/delivery/types';
import type { StoredTemplate, TemplateVersion } from '../domain/templates/types';
import type { Activity } from './activity';

export interface Meta {
  key: string;
  value: unknown;
}

export const DB_NAME = 'product-lifecycle-board';

/** The one typed database. Schema versions are append-only: never edit a released version. */
export class BoardDB extends Dexie {
  products!: EntityTable<Product, 'id'>;
  stages!: EntityTable<Stage, 'id'>;
  initiatives!: EntityTable<Initiative, 'id'>;
  transitions!: EntityTable<Transition, 'id'>;
  hypotheses!: EntityTable<Hypothesis, 'id'>;
  experiments!: EntityTable<Experiment, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  statusChanges!: EntityTable<StatusChange, 'id'>;
  templates!: EntityTable<StoredTemplate, 'id'>;
  templateVersions!: EntityTable<TemplateVersion, 'id'>;
  stories!: EntityTable<Story, 'id'>;
  sprints!: EntityTable<Sprint, 'id'>;
  ritualRuns!: EntityTable<RitualRun, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  activity!: EntityTable<Activity, 'id'>;
  meta!: EntityTable<Meta, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      products: 'id, createdAt',
      stages: 'id, productId',
      initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt',
      transitions: 'id, initiativeId, [productId+at]',
      hypotheses: 'id, initiativeId, productId',
      experiments: 'id, hypothesisId, initiativeId',
      interviews: 'id, productId, initiativeId',
      evidence: 'id, hypothesisId, interviewId',
      statusChanges: 'id, subjectId',
      templates: 'id, family',
      templateVersions: 'id, [templateId+version]',
      activity: '++id, [productId+state], at',
      meta: 'key',
    });
    // Delivery. New tables only, so no upgrade step: v1 records are read as they are (a product
    // without a cadence is on Scrum, an initiative without an outcome has none). IndexedDB leaves
    // records whose key is null out of an index, so "no sprint" (the backlog) is read by product.
    this.version(2).stores({
      stories: 'id, initiativeId, productId, sprintId',
      sprints: 'id, productId',
      ritualRuns: 'id, productId, sprintId',
      actionItems: 'id, productId, runId',
    });
  }
}

export const db = new BoardDB();

/** The user-data tables a command may write; the activity log records changes to these. */
export type DataTable =
  | 'products'
  | 'stages'
  | 'initiatives'
  | 'transitions'
  | 'hypotheses'
  | 'experiments'
  | 'interviews'
  | 'evidence'
  | 'statusChanges'
  | 'templates'
  | 'templateVersions'
  | 'stories'
  | 'sprints'
  | 'ritualRuns'
  | 'actionItems';
export const DATA_TABLES: readonly DataTable[] = [
  'products',
  'stages',
  'initiatives',
  'transitions',
  'hypotheses',
  'experiments',
  'interviews',
  'evidence',
  'statusChanges',
  'templates',
  'templateVersions',
  'stories',
  'sprints',
  'ritualRuns',
  'actionItems',
];
