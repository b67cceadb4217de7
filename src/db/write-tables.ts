import type { BackupTables } from '../domain/backup/format';
import { DATA_TABLES, type DataTable } from '../domain/tables';
import type { Writer } from './command';

/**
 * Writes whole tables through a command: records put, and records removed (tombstones where the
 * table keeps them), each recorded for undo. What a backup import or a restore does, as a change
 * like any other rather than a wipe.
 */
export async function writeTables(w: Writer, put: BackupTables, remove: Record<DataTable, readonly string[]>) {
  for (const table of DATA_TABLES) {
    await w.putMany(table, put[table]);
    for (const id of remove[table]) await w.remove(table, id);
  }
}
