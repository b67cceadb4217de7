import { DATA_TABLES } from '../domain/tables';
import { db } from './db';
import type { Activity, Change } from './activity';

async function apply(changes: Change[], side: 'before' | 'after') {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const record = change[side];
    if (record === undefined) await db.table(change.table).delete(change.key);
    else await db.table(change.table).put(record);
  }
}

/** Undoes the product's latest command; returns it, or null when there is nothing to undo. */
export function undo(productId: string): Promise<Activity | null> {
  return db.transaction('rw', [...DATA_TABLES, 'activity'], async () => {
    const last = await db.activity.where('[productId+state]').equals([productId, 'done']).last();
    if (!last) return null;
    await apply(last.changes, 'before');
    await db.activity.update(last.id!, { state: 'undone' });
    return last;
  });
}

/** Redoes the product's most recently undone command. */
export function redo(productId: string): Promise<Activity | null> {
  return db.transaction('rw', [...DATA_TABLES, 'activity'], async () => {
    const next = await db.activity.where('[productId+state]').equals([productId, 'undone']).first();
    if (!next) return null;
    await apply(next.changes, 'after');
    await db.activity.update(next.id!, { state: 'done' });
    return next;
  });
}
