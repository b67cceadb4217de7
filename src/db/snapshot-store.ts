import { snapshotsToPrune } from '../domain/backup/retention';
import { snapshotChunks, snapshotCounts, tablesFromChunks, type Snapshot, type SnapshotReason } from '../domain/backup/snapshot';
import type { BackupTables } from '../domain/backup/format';
import { DATA_TABLES, type DataTable } from '../domain/tables';
import { CommandError, newId, runRecordedCommand } from './command';
import { db } from './db';
import { readTables } from './backup-tables';
import { writeTables } from './write-tables';

/** The activity log's latest entry (by time: a coalesced edit keeps its id but moves its time), as a mark. */
export async function activityMark(): Promise<string> {
  const latest = await db.activity.orderBy('at').last();
  return latest ? `${latest.id}@${latest.at}` : '';
}

/** Keeps the last ten snapshots and one per older day; the rest go in the caller's transaction. */
async function pruneSnapshots() {
  const doomed = snapshotsToPrune(await db.snapshots.toArray());
  await db.snapshots.bulkDelete(doomed);
  await db.snapshotData.where('snapshotId').anyOf(doomed).delete();
}

/**
 * Stores a copy of `tables` and the activity mark read with them, then prunes. The chunks are
 * written one after the other, each in its own task, so none holds the main thread for long.
 */
export async function storeSnapshot(reason: SnapshotReason, tables: BackupTables, mark: string): Promise<Snapshot> {
  const snapshot: Snapshot = { id: newId(), at: Date.now(), reason, ...snapshotCounts(tables), activityMark: mark };
  await db.snapshots.add(snapshot);
  for (const chunk of snapshotChunks(snapshot.id, tables)) await db.snapshotData.add(chunk);
  await pruneSnapshots();
  return snapshot;
}

/**
 * Takes an automatic snapshot when the latest one is at least `minAgeMs` old and the activity log
 * moved since (the first one, once there is any activity). Returns it, or null when none was due.
 * The copy is read in a read-only transaction, which lets the app keep reading meanwhile; two tabs
 * doing this at once take one snapshot, since the writer checks again.
 */
export async function takeAutoSnapshot(minAgeMs: number): Promise<Snapshot | null> {
  const due = (latest: Snapshot | undefined, mark: string) => (latest ? latest.activityMark !== mark && Date.now() - latest.at >= minAgeMs : mark !== '');
  const read = await db.transaction('r', [...DATA_TABLES, 'activity', 'snapshots'], async () => {
    const mark = await activityMark();
    if (!due(await db.snapshots.orderBy('at').last(), mark)) return null;
    return { mark, tables: await readTables() };
  });
  if (!read) return null;
  return db.transaction('rw', ['snapshots', 'snapshotData'], async () => {
    if (!due(await db.snapshots.orderBy('at').last(), read.mark)) return null;
    return storeSnapshot('auto', read.tables, read.mark);
  });
}

/** The snapshots, newest first (without their copies). */
export function liveSnapshots(): Promise<Snapshot[]> {
  return db.snapshots.orderBy('at').reverse().toArray();
}

/**
 * Puts the data back as it was in a snapshot, as one command: every record of the copy written
 * back, every record made since removed (tombstones where the table keeps them), all recorded in
 * the activity log, so the restore is undone like any other change and the history stays. A
 * snapshot of the current state is kept first ('beforeRestore', returned).
 */
export async function restoreSnapshot(id: string): Promise<{ before: Snapshot; entryId: number | null }> {
  const { value, entryId } = await runRecordedCommand(
    'restoreSnapshot',
    async (w) => {
      if (!(await db.snapshots.get(id))) throw new CommandError('notFound');
      const copy = tablesFromChunks(await db.snapshotData.where('snapshotId').equals(id).toArray());
      const current = await readTables();
      const before = await storeSnapshot('beforeRestore', current, await activityMark());
      await writeTables(w, copy, removedSince(current, copy));
      return before;
    },
    { alsoTables: ['snapshots', 'snapshotData'] },
  );
  return { before: value, entryId };
}

/** The ids of the records here that a copy does not have, table by table. */
function removedSince(current: BackupTables, copy: BackupTables): Record<DataTable, string[]> {
  const removed = {} as Record<DataTable, string[]>;
  for (const table of DATA_TABLES) {
    const kept = new Set(copy[table].map((r) => r.id));
    removed[table] = current[table].filter((r) => !kept.has(r.id)).map((r) => r.id);
  }
  return removed;
}
