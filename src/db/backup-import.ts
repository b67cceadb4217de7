import type { BackupFile, BackupTables } from '../domain/backup/format';
import { planImport, type ImportMode, type ImportPlan } from '../domain/backup/plan';
import type { BackupProblem } from '../domain/backup/problems';
import type { Snapshot } from '../domain/backup/snapshot';
import { DATA_TABLES } from '../domain/tables';
import { db } from './db';
import { readTables } from './backup-tables';
import { runRecordedCommand } from './command';
import { SNAPSHOT_TABLES } from './import-write';
import { activityMark, storeSnapshot } from './snapshot-store';
import { writeTables } from './write-tables';

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

export type ImportResult = { ok: true; plan: ImportPlan; before: Snapshot; entryId: number | null } | { ok: false; problem: BackupProblem };

/**
 * Imports a checked backup as one command: all of it lands, or nothing. It is recorded in the
 * activity log like any other change (what it removed and added), so its notice's Undo reverses
 * it and only it, and the history before stays. A snapshot of the state before is kept as well.
 */
export async function importBackup(file: BackupFile, mode: ImportMode): Promise<ImportResult> {
  const { value, entryId } = await runRecordedCommand(
    mode === 'replace' ? 'replaceFromBackup' : 'mergeBackup',
    async (w): Promise<ImportResult> => {
      const current = await readTables();
      const planned = planImport(file, current, mode);
      if (!planned.ok) return planned;
      const before = await storeSnapshot('beforeImport', current, await activityMark());
      // A product's backup is a change of that product: its history lists it, and its Undo (Ctrl/Cmd+Z) reverses it.
      if (file.scope.kind === 'product') w.scope(file.scope.productId, file.scope.productName);
      await writeTables(w, planned.plan.put, planned.plan.remove);
      return { ok: true, plan: planned.plan, before, entryId: null };
    },
    { alsoTables: SNAPSHOT_TABLES },
  );
  return value.ok ? { ...value, entryId } : value;
}
