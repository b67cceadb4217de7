/**
 * The registry of user-data tables: each table's record type, and the schema version it first
 * appeared in. Every list of tables (the database, the commands' transactions, backups and
 * snapshots, a product's records) derives from these two, so a new table is one entry in each,
 * and every place that must handle it fails to compile until it does. Its store goes in a new
 * database version (db/db.ts); a unit test holds the stores and the registry equal.
 */
import type { ActionItem, RitualRun, Sprint, Story } from './delivery/types';
import type { Evidence, Experiment, Hypothesis, Interview, StatusChange } from './discovery/types';
import type { Account, FeedbackLink, FeedbackNote } from './feedback/types';
import type { SavedView } from './saved-views';
import type { Objective } from './strategy/types';
import type { StoredTemplate, TemplateVersion } from './templates/types';
import type { Initiative, Product, Stage, Transition } from './types';

/** The record type of each table. */
export interface DataRecords {
  products: Product;
  stages: Stage;
  initiatives: Initiative;
  transitions: Transition;
  hypotheses: Hypothesis;
  experiments: Experiment;
  interviews: Interview;
  evidence: Evidence;
  statusChanges: StatusChange;
  templates: StoredTemplate;
  templateVersions: TemplateVersion;
  stories: Story;
  sprints: Sprint;
  ritualRuns: RitualRun;
  actionItems: ActionItem;
  objectives: Objective;
  savedViews: SavedView;
  accounts: Account;
  feedback: FeedbackNote;
  feedbackLinks: FeedbackLink;
}

export type DataTable = keyof DataRecords;
export type DataRecord = DataRecords[DataTable];

/** The records of some tables, by table. */
export type TableRecords<T extends DataTable = DataTable> = { [K in T]: DataRecords[K][] };

/** The schema version each table first appeared in: an older backup holds only the tables of its version. */
export const TABLE_SINCE: Readonly<Record<DataTable, number>> = {
  products: 1,
  stages: 1,
  initiatives: 1,
  transitions: 1,
  hypotheses: 1,
  experiments: 1,
  interviews: 1,
  evidence: 1,
  statusChanges: 1,
  templates: 1,
  templateVersions: 1,
  stories: 2,
  sprints: 2,
  ritualRuns: 2,
  actionItems: 2,
  objectives: 2,
  savedViews: 4,
  accounts: 5,
  feedback: 5,
  feedbackLinks: 5,
};

export const DATA_TABLES = Object.keys(TABLE_SINCE) as readonly DataTable[];

/** The products themselves, and the templates every product shares; every other table belongs to one product. */
const NOT_OF_A_PRODUCT = ['products', 'templates', 'templateVersions'] as const satisfies readonly DataTable[];

/** Tables whose records belong to one product (they carry its productId). */
export type ProductTable = Exclude<DataTable, (typeof NOT_OF_A_PRODUCT)[number]>;
export const PRODUCT_TABLES = DATA_TABLES.filter((table): table is ProductTable => !(NOT_OF_A_PRODUCT as readonly DataTable[]).includes(table));

/** Tables whose records are tombstoned (deletedAt set) rather than removed. */
export type TombstonedTable = { [T in DataTable]: DataRecords[T] extends { deletedAt: number | null } ? T : never }[DataTable];

/** Empty lists for the given tables. */
export function emptyRecords<T extends DataTable>(tables: readonly T[]): TableRecords<T> {
  return Object.fromEntries(tables.map((table) => [table, []])) as unknown as TableRecords<T>;
}
