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
 * change touches a product this member may not change, or else the queue's write, under way.
 * `shares`: this browser's memberships.
 */
export function queueForSync(changes: readonly Change[], shares: readonly Share[]): 'readOnly' | Promise<void> {
  if (shares.length === 0) return Promise.resolve();
  const byProduct = new Map(shares.map((share) => [share.productId, share]));
  const at = Date.now();
  const entries: OutboxEntry[] = [];
  const records = new Map<string, unknown>();
  for (const change of changes) {
    const productId = productOfRecord(change.table, change.after ?? change.before);
    const share = productId === null ? undefined : byProduct.get(productId);
    if (!share) continue;
    if (!mayWrite(share)) return 'readOnly';
    const fields = writtenFields(change.before, change.after);
    if (fields === null || fields.length > 0) {
      entries.push({ productId: share.productId, table: change.table, key: change.key, fields, at });
      records.set(`${change.table}:${change.key}`, change.after);
    }
  }
  return store(entries, records);
}

/**
 * The records these queue entries name, by `table:key` (undefined: removed), read in the caller's
 * transaction. One read per table: sharing a product queues every record of it, and a read per
 * record made the owner's first upload of 18,000 records wait 8 s for its transaction alone.
 */
export async function queuedRecords(entries: readonly OutboxEntry[]): Promise<Map<string, Record<string, unknown> | undefined>> {
  const keys = new Map<DataTable, Set<string>>();
  for (const entry of entries) keys.set(entry.table, (keys.get(entry.table) ?? new Set()).add(entry.key));
  const records = new Map<string, Record<string, unknown> | undefined>();
  for (const [table, set] of keys) {
    const list = [...set];
    const found = await anyDataTable(table).bulkGet(list);
    list.forEach((key, i) => records.set(`${table}:${key}`, found[i] as Record<string, unknown> | undefined));
  }
  return records;
}

/** Gives a record the member's name (`by`) when its product is shared; the record as it is otherwise. */
export type Signer = <T extends DataRecord>(table: DataTable, record: T) => T;

/** The Signer for this browser's memberships: a command signs what it writes; undo and redo write records back as they were. */
export function signerFor(shares: readonly Share[]): Signer {
  const names = new Map(shares.map((share) => [share.productId, share.displayName]));
  return (table, record) => {
    const productId = productOfRecord(table, record);
    const name = productId === null ? undefined : names.get(productId);
    return name === undefined || (record as { by?: string }).by === name ? record : { ...record, by: name };
  };
}

/** Writes the queue entries and, once the transaction commits, tells this tab's connection. */
async function store(entries: OutboxEntry[], records: Map<string, unknown>): Promise<void> {
  if (entries.length === 0) return;
  const ids = await db.syncOutbox.bulkAdd(entries, { allKeys: true });
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
