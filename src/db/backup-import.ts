import type { BackupFile, BackupTables } from '../domain/backup/format';
import { planImport, type ImportMode, type ImportPlan } from '../domain/backup/plan';
import type { BackupProblem } from '../domain/backup/problems';
import type { Snapshot } from '../domain/backup/snapshot';
import { DATA_TABLES } from '../domain/tables';
import { db } from './db';
import { readTables, RESTORE_SCOPE } from './backup-tables';
import { putRows } from './bulk';
import { activityMark, storeSnapshot } from './snapshot-store';

export type PlannedImport = { ok: true; plan: ImportPlan } | { ok: false; problem: BackupProblem };

export interface ImportPreview {
  replace: PlannedImport;
  merge: PlannedImport;
  /** Products in use here that a replace would remove, by name. */
  removedByReplace: string[];
}

function removedProducts(current: BackupTables, planned: PlannedImport): string[] {
  if (!planned.ok) return [];
  const removed = new Set(planned.plan.remove.products);
  return current.products.filter((p) => removed.has(p.id) && p.deletedAt === null).map((p) => p.name);
}

/** What importing the file would do in each mode, against the database as it is now. */
export async function previewImport(file: BackupFile): Promise<ImportPreview> {
  const current = await db.transaction('r', DATA_TABLES, readTables);
  const replace = planImport(file, current, 'replace');
  return { replace, merge: planImport(file, current, 'merge'), removedByReplace: removedProducts(current, replace) };
}

export type ImportResult = { ok: true; plan: ImportPlan; before: Snapshot } | { ok: false; problem: BackupProblem };

/**
 * Imports a checked backup in one transaction over every table: all of it lands, or nothing. The
 * state before is kept as a snapshot ('beforeImport', returned): restoring it undoes the import.
 * The activity log is cleared with it, so an older undo cannot bring back what the import replaced
 * (the import itself is undone from its snapshot, not from the header's undo).
 */
export function importBackup(file: BackupFile, mode: ImportMode): Promise<ImportResult> {
  return db.transaction('rw', RESTORE_SCOPE, async (): Promise<ImportResult> => {
    const current = await readTables();
    const planned = planImport(file, current, mode);
    if (!planned.ok) return planned;
    const before = await storeSnapshot('beforeImport', current, await activityMark());
    for (const table of DATA_TABLES) {
      await db.table(table).bulkDelete(planned.plan.remove[table]);
      await putRows(table, planned.plan.put[table]);
    }
    await db.activity.clear();
    return { ok: true, plan: planned.plan, before };
  });
}
