import type { BackupTables } from '../domain/backup/format';
import { chunkRows } from '../domain/backup/snapshot';
import { DATA_TABLES, type DataTable } from '../domain/tables';
import { db } from './db';

/**
 * A table's records in primary-key order, a page at a time: the browser turns each page into
 * objects in its own task, so reading thousands of records never holds the main thread for long.
 */
async function readTable(table: DataTable): Promise<{ id: string }[]> {
  const size = chunkRows(table);
  const rows: { id: string }[] = [];
  let page: { id: string }[] = await db.table(table).orderBy(':id').limit(size).toArray();
  rows.push(...page);
  while (page.length === size) {
    page = await db.table(table).where(':id').above(page.at(-1)!.id).limit(size).toArray();
    rows.push(...page);
  }
  return rows;
}

/** Every record of the user-data tables. Run it inside a transaction over them for a consistent copy. */
export async function readTables(): Promise<BackupTables> {
  const tables: Partial<Record<DataTable, unknown[]>> = {};
  for (const table of DATA_TABLES) tables[table] = await readTable(table);
  return tables as BackupTables;
}
