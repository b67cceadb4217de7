import { sameValue } from '../domain/undo-rules';
import { DATA_TABLES, type DataRecord, type DataTable } from '../domain/tables';
import type { Change } from './activity';
import { onCommitted } from './committed';
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
 * change touches a product this member may not change, or else the queue's writes, under way. A
 * command's records are signed with the member's name (`by`, updated in the change at once, so
 * its history and undo see them as the command left them); undo and redo write back records as
 * they were, signature included. `shares`: this browser's memberships.
 */
export function queueForSync(changes: readonly Change[], shares: readonly Share[], { sign = true }: { sign?: boolean } = {}): 'readOnly' | Promise<void> {
  if (shares.length === 0) return Promise.resolve();
  const byProduct = new Map(shares.map((share) => [share.productId, share]));
  const at = Date.now();
  const entries: OutboxEntry[] = [];
  const records = new Map<string, unknown>();
  const queued: { change: Change; share: Share }[] = [];
  for (const change of changes) {
    const productId = productOfRecord(change.table, change.after ?? change.before);
    const share = productId === null ? undefined : byProduct.get(productId);
    if (!share) continue;
    if (!mayWrite(share)) return 'readOnly';
    queued.push({ change, share });
  }
  const signing = sign ? queued.map(({ change, share }) => signChange(change, share.displayName)) : [];
  for (const { change, share } of queued) {
    const fields = writtenFields(change.before, change.after);
    if (fields === null || fields.length > 0) {
      entries.push({ productId: share.productId, table: change.table, key: change.key, fields, at });
      records.set(`${change.table}:${change.key}`, change.after);
    }
  }
  return store(entries, records, signing);
}

/** Writes the queue entries (with the signed records) and, once the transaction commits, tells this tab's connection. */
async function store(entries: OutboxEntry[], records: Map<string, unknown>, signing: Promise<unknown>[]): Promise<void> {
  if (entries.length === 0) {
    await Promise.all(signing);
    return;
  }
  // Asked together, answered together: each round trip to IndexedDB also waits for the page.
  const [ids] = await Promise.all([db.syncOutbox.bulkAdd(entries, { allKeys: true }), Promise.all(signing)]);
  const queued: Queued = { entries: entries.map((entry, i) => ({ ...entry, id: ids[i] })), records };
  // The connection in this tab sends them the moment they are stored, without waiting for a query to notice.
  onCommitted(() => queuedListeners.forEach((listener) => listener(queued)));
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
