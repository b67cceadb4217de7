/** The backup file: every user record of the database (or of one product), in one versioned JSON file. */
import type { ActionItem, RitualRun, Sprint, Story } from '../delivery/types';
import type { Evidence, Experiment, Hypothesis, Interview, StatusChange } from '../discovery/types';
import type { Objective } from '../strategy/types';
import type { StoredTemplate, TemplateVersion } from '../templates/types';
import type { Initiative, Product, Stage, Transition } from '../types';

export const BACKUP_FORMAT = 'product-lifecycle-board/backup' as const;

/**
 * The database schema version whose tables and record shapes a file holds. It follows the
 * database's own version (a unit test holds them equal): a record that gains a field gets it in
 * a new database version, so a file never holds a field its schema version does not name.
 */
export const BACKUP_SCHEMA_VERSION = 2;

/** Backups are larger than other imports: 5,000 cards with their history make about 5 MB. */
export const BACKUP_MAX_BYTES = 64 * 1024 * 1024;

/** The records of every table a backup holds, by table: the database's user-data tables. */
export interface BackupTables {
  products: Product[];
  stages: Stage[];
  initiatives: Initiative[];
  transitions: Transition[];
  hypotheses: Hypothesis[];
  experiments: Experiment[];
  interviews: Interview[];
  evidence: Evidence[];
  statusChanges: StatusChange[];
  templates: StoredTemplate[];
  templateVersions: TemplateVersion[];
  stories: Story[];
  sprints: Sprint[];
  ritualRuns: RitualRun[];
  actionItems: ActionItem[];
  objectives: Objective[];
}
export type BackupTable = keyof BackupTables;
export type BackupRecord = BackupTables[BackupTable][number];

/** The schema version each table first appeared in: an older file holds only the tables of its version. */
export const TABLE_SINCE: Record<BackupTable, number> = {
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
};

export const BACKUP_TABLES = Object.keys(TABLE_SINCE) as BackupTable[];

/** Tables whose records belong to one product (they carry its productId); templates are shared. */
export const PRODUCT_TABLES = BACKUP_TABLES.filter((table) => table !== 'products' && table !== 'templates' && table !== 'templateVersions') as Exclude<
  BackupTable,
  'products' | 'templates' | 'templateVersions'
>[];

export type BackupScope = { kind: 'all' } | { kind: 'product'; productId: string; productName: string };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  appVersion: string;
  /** ISO 8601. */
  exportedAt: string;
  scope: BackupScope;
  tables: BackupTables;
}

export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupTables;
}

export function makeBackup(tables: BackupTables, scope: BackupScope, appVersion: string, now: Date): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion, exportedAt: now.toISOString(), scope, tables };
}

/** Compact JSON: a backup is for the app to read back, and indentation would add a third to its size. */
export function backupToText(file: BackupFile): string {
  return JSON.stringify(file);
}

/** Records in use: tombstones are kept in backups (undo and sync need them) but not counted. */
export function isLive(record: BackupRecord): boolean {
  return !('deletedAt' in record) || record.deletedAt === null;
}

/** Every record of the tables, in one count. */
export function recordCount(tables: BackupTables): number {
  return BACKUP_TABLES.reduce((sum, table) => sum + tables[table].length, 0);
}
