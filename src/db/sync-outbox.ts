import Dexie from 'dexie';
import { sameValue } from '../domain/undo-rules';
import { DATA_TABLES, type DataRecord, type DataTable } from '../domain/tables';
import type { Change } from './activity';
import { anyDataTable, db } from './db';
import type { OutboxEntry, Share } from './share-types';

/** Every table a write to user data touches: the data, the activity log, and what team sync keeps. */
export const WRITE_TABLES = [...DATA_TABLES, 'activity', 'shares', 'syncOutbox'] as const;

/** Templates are this browser's library, shared by all its products: they are not synced. */
const LOCAL_TABLES: ReadonlySet<DataTable> = new Set(['templates', 'templateVersions']);

/** The tables a shared product's doc holds. */
export const SYNCED_TABLES = DATA_TABLES.filter((table) => !LOCAL_TABLES.has(table));

/** The product a record belongs to: its own id for a product, its productId otherwise. */
export function productOfRecord(table: DataTable, record: unknown): string | null {
  if (LOCAL_TABLES.has(table) || typeof record !== 'object' || record === null) return null;
  const value = table === 'products' ? (record as { id?: unknown }).id : (record as { productId?: unknown }).productId;
  return typeof value === 'string' ? value : null;
}

/** The fields a change wrote; null for a creation or a removal (the whole record). */
export function writtenFields(before: unknown, after: unknown): string[] | null {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) return null;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !sameValue(a[field], b[field]));
}

/** Whether this member may change the product here: a viewer or a revoked member may not. */
export const mayWrite = (share: Share | undefined) => !share || (share.state === 'active' && share.role !== 'viewer');

/**
 * Queues the changes of a command, undo or redo for the team, inside its transaction, so a change
 * and its way to the server are stored together. Answers 'readOnly' (and queues nothing) when a
 * change touches a product this member may not change. A command's records are signed with the
 * member's name (`by`, updated in the change too, so undo sees them as the command left them);
 * undo and redo write back records as they were, signature included. `shares`: the memberships,
 * when the caller asked for them already.
 */
export async function queueForSync(changes: readonly Change[], { sign = true, shares: asked }: { sign?: boolean; shares?: Promise<Share[]> } = {}): Promise<'readOnly' | null> {
  const shares = new Map((await (asked ?? db.shares.toArray())).map((share) => [share.productId, share]));
  if (shares.size === 0) return null;
  const at = Date.now();
  const entries: OutboxEntry[] = [];
  const records = new Map<string, unknown>();
  const signing: Promise<unknown>[] = [];
  for (const change of changes) {
    const productId = productOfRecord(change.table, change.after ?? change.before);
    const share = productId === null ? undefined : shares.get(productId);
    if (!share) continue;
    if (!mayWrite(share)) {
      await Promise.allSettled(signing);
      return 'readOnly';
    }
    if (sign) signing.push(signChange(change, share.displayName));
    const fields = writtenFields(change.before, change.after);
    if (fields === null || fields.length > 0) {
      entries.push({ productId: share.productId, table: change.table, key: change.key, fields, at });
      records.set(`${change.table}:${change.key}`, change.after);
    }
  }
  if (entries.length === 0) {
    await Promise.all(signing);
    return null;
  }
  // Asked together, answered together: each round trip to IndexedDB also waits for the page.
  const [ids] = await Promise.all([db.syncOutbox.bulkAdd(entries, { allKeys: true }), Promise.all(signing)]);
  const queued: Queued = { entries: entries.map((entry, i) => ({ ...entry, id: ids[i] })), records };
  // The connection in this tab sends them the moment they are stored, without waiting for a query to notice.
  Dexie.currentTransaction?.on('complete', () => queuedListeners.forEach((listener) => listener(queued)));
  return null;
}

/** A command's queue entries, with their ids, and the records it stored (undefined for a removal) by `table:key`. */
export interface Queued {
  entries: readonly OutboxEntry[];
  records: ReadonlyMap<string, unknown>;
}

const queuedListeners = new Set<(queued: Queued) => void>();

/** Calls `listener` each time a change of this tab is queued for the team (other tabs' changes: watch the outbox). */
export function onQueued(listener: (queued: Queued) => void): () => void {
  queuedListeners.add(listener);
  return () => queuedListeners.delete(listener);
}

/** Signs the change at once; answers the write of the signed record, which the caller awaits. */
function signChange(change: Change, name: string): Promise<unknown> {
  const after = change.after as { by?: string } | undefined;
  if (typeof after !== 'object' || after === null || after.by === name) return Promise.resolve();
  change.after = { ...after, by: name };
  return anyDataTable(change.table).put(change.after as DataRecord);
}
