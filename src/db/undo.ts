import { isLive, tombstoneOf, untouchedSince, writtenBack } from '../domain/undo-rules';
import { CommandError, runCommand } from './command';
import type { DataRecord } from '../domain/tables';
import { anyDataTable, db } from './db';
import type { Activity, Change } from './activity';
import { hasLiveDependents } from './dependents';
import { queueForSync, WRITE_TABLES } from './sync-outbox';

/** An undone or redone command, and how many of its records were kept because something changed them since. */
export type HistoryStep = Activity & { kept: number };

/**
 * Writes one side of a command's changes back, record by record, only where the fields it wrote
 * are still as the command (or its undo) left them (writtenBack). Undoing a creation leaves a
 * tombstone where the table keeps them (restorable, and what sync needs), and keeps a record that
 * later work now depends on.
 */
async function apply({ changes, at }: Activity, side: 'before' | 'after', undoing: ReadonlySet<string>): Promise<number> {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  const now = Date.now();
  const written: Change[] = [];
  let kept = 0;
  for (const change of ordered) {
    const table = anyDataTable(change.table);
    const current = await table.get(change.key);
    const back = writtenBack(current, side === 'before' ? change.after : change.before, change[side]);
    if (!back) {
      kept++;
      continue;
    }
    const target = back.record;
    if (removes(current, target) && (await hasLiveDependents(change.table, change.key, undoing, at))) {
      kept++;
      continue;
    }
    if (target !== undefined) {
      await table.put(target as DataRecord);
      written.push({ table: change.table, key: change.key, before: current, after: target });
      continue;
    }
    if (current === undefined) continue;
    const tombstone = tombstoneOf(current, now);
    if (tombstone) await table.put(tombstone);
    else await table.delete(change.key);
    written.push({ table: change.table, key: change.key, before: current, after: tombstone ?? undefined });
  }
  // A teammate sees your undo as a change of yours; a viewer's copy refuses it like any change.
  const queued = queueForSync(written, await db.shares.toArray());
  if (queued === 'readOnly') throw new CommandError('readOnly');
  await queued;
  return kept;
}

/** Whether writing `target` over the live record `current` takes it away (deleted, or a tombstone). */
const removes = (current: unknown, target: unknown) => isLive(current) && !isLive(target);

const keysOf = (changes: Change[]) => new Set(changes.map((c) => `${c.table}:${c.key}`));

/** Undoes the product's latest command; returns it, or null when there is nothing to undo. */
export function undo(productId: string): Promise<HistoryStep | null> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const last = await db.activity.where('[productId+state]').equals([productId, 'done']).last();
    if (!last) return null;
    const kept = await apply(last, 'before', keysOf(last.changes));
    await db.activity.update(last.id!, { state: 'undone' });
    return { ...last, kept };
  });
}

/** Redoes the product's most recently undone command. */
export function redo(productId: string): Promise<HistoryStep | null> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const next = await db.activity.where('[productId+state]').equals([productId, 'undone']).first();
    if (!next) return null;
    const kept = await apply(next, 'after', new Set());
    await db.activity.update(next.id!, { state: 'done' });
    return { ...next, kept };
  });
}

/**
 * Reverses one command out of turn (an import, from its notice), leaving every later command in
 * place: its records go back to what they were before it, except those changed since, which are
 * kept. The reversal is itself a command, so the header's Undo brings the import back.
 */
export function revertCommand(activityId: number): Promise<{ reverted: Activity; kept: number }> {
  return runCommand('revertImport', async (w) => {
    const entry = await db.activity.get(activityId);
    if (!entry || entry.state !== 'done') throw new CommandError('alreadyUndone');
    w.scope(entry.productId, entry.label);
    const undoing = keysOf(entry.changes);
    let kept = 0;
    for (const change of [...entry.changes].reverse()) {
      const current: unknown = await anyDataTable(change.table).get(change.key);
      if (!untouchedSince(current, change.after)) {
        kept++;
        continue;
      }
      if (removes(current, change.before) && (await hasLiveDependents(change.table, change.key, undoing, entry.at))) kept++;
      else if (change.before !== undefined) await w.putMany(change.table, [change.before as DataRecord]);
      else await w.remove(change.table, change.key);
    }
    await db.activity.update(activityId, { state: 'reverted' });
    return { reverted: entry, kept };
  });
}
