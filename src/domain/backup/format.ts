/** The backup file: every user record of the database (or of one product), in one versioned JSON file. */
import { DATA_TABLES, emptyRecords, type DataRecord, type TableRecords } from '../tables';

export const BACKUP_FORMAT = 'product-lifecycle-board/backup' as const;

/**
 * The database schema version whose tables and record shapes a file holds. It follows the
 * database's own version (a unit test holds them equal): a record that gains a field gets it in
 * a new database version, so a file never holds a field its schema version does not name.
 */
export const BACKUP_SCHEMA_VERSION = 5;

/** Backups are larger than other imports: 5,000 cards with their history make about 5 MB. */
export const BACKUP_MAX_BYTES = 64 * 1024 * 1024;

/** The records of every table a backup holds, by table: the database's user-data tables. */
export type BackupTables = TableRecords;

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
  return emptyRecords(DATA_TABLES);
}

export function makeBackup(tables: BackupTables, scope: BackupScope, appVersion: string, now: Date): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion, exportedAt: now.toISOString(), scope, tables };
}

/** Compact JSON: a backup is for the app to read back, and indentation would add a third to its size. */
export function backupToText(file: BackupFile): string {
  return JSON.stringify(file);
}

/** Records in use: tombstones are kept in backups (undo and sync need them) but not counted. */
export function isLive(record: DataRecord): boolean {
  return !('deletedAt' in record) || record.deletedAt === null;
}

/** Every record of the tables, in one count. */
export function recordCount(tables: BackupTables): number {
  return DATA_TABLES.reduce((sum, table) => sum + tables[table].length, 0);
}
