import * as Y from 'yjs';
import { sameValue } from '../domain/undo-rules';
import type { DataTable } from '../domain/tables';
import type { OutboxEntry } from '../db/share-types';
import { productOfRecord, SYNCED_TABLES } from '../db/sync-outbox';

/**
 * How a product lives in its Y.Doc: one top-level Y.Map per table, holding one Y.Map per record,
 * so two people changing different fields of one record both keep their change. Records removed
 * outright (tables without tombstones) are also listed in `removed`, so a copy that was offline
 * removes them too instead of sending them back.
 */
export type RecordMap = Y.Map<unknown>;

export const tableMap = (doc: Y.Doc, table: DataTable) => doc.getMap<RecordMap>(table);
export const removedMap = (doc: Y.Doc) => doc.getMap<number>('removed');
export const removedKey = (table: DataTable, key: string) => `${table}:${key}`;

/** The table and key a `removed` entry names; no table when it is not one the doc holds. */
export function splitRemovedKey(entry: string): [DataTable | null, string] {
  const at = entry.indexOf(':');
  const table = entry.slice(0, at) as DataTable;
  return [(SYNCED_TABLES as readonly string[]).includes(table) ? table : null, entry.slice(at + 1)];
}

/** A record as plain data; fields this version does not know are kept as they are. */
export function plainRecord(map: RecordMap): Record<string, unknown> {
  return Object.fromEntries(map.entries());
}

/** The record stored under `key` in the doc, as plain data; null once removed, undefined if never there. */
export function docRecord(doc: Y.Doc, table: DataTable, key: string): Record<string, unknown> | null | undefined {
  const map = tableMap(doc, table).get(key);
  if (map) return plainRecord(map);
  return removedMap(doc).has(removedKey(table, key)) ? null : undefined;
}

/**
 * Fields that only mean something together: where a card is. A change to one of them writes them
 * all, so that two concurrent moves merge into one of the two places, never a stage of one and the
 * lane of the other.
 */
const TOGETHER: Partial<Record<DataTable, readonly string[]>> = { initiatives: ['stageId', 'lane', 'rank'] };

/** The groups of fields a change touched, whole: written even where the doc has the same value. */
export function touchedGroups(table: DataTable, fields: readonly string[]): readonly string[] {
  const group = TOGETHER[table];
  return group?.some((field) => fields.includes(field)) ? group : [];
}

/**
 * Writes fields of a local record into the doc. Only values that differ are set: setting a field
 * to the value it has would still be a new write, and could beat a teammate's concurrent change.
 * `fields` null writes the whole record; a record the doc lacks is written whole.
 */
export function writeRecord(doc: Y.Doc, table: DataTable, key: string, record: Record<string, unknown>, fields: readonly string[] | null) {
  const records = tableMap(doc, table);
  let map = records.get(key);
  if (!map) {
    map = new Y.Map<unknown>();
    for (const [field, value] of Object.entries(record)) if (value !== undefined) map.set(field, value);
    records.set(key, map);
    removedMap(doc).delete(removedKey(table, key));
    return;
  }
  const anyway = new Set(fields ? touchedGroups(table, fields) : []);
  for (const field of new Set([...(fields ?? Object.keys(record)), ...anyway])) {
    const value = record[field];
    if (value === undefined) {
      if (map.has(field)) map.delete(field);
    } else if (anyway.has(field) || !sameValue(map.get(field), value)) {
      map.set(field, value);
    }
  }
}

/** Removes a record from the doc and lists it as removed. */
export function removeRecord(doc: Y.Doc, table: DataTable, key: string) {
  tableMap(doc, table).delete(key);
  removedMap(doc).set(removedKey(table, key), Date.now());
}

/** The records of one table a transaction touched, from its events on that table's map. */
export function touchedKeys(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const keys = new Set<string>();
  for (const event of events) {
    const [first] = event.path;
    if (typeof first === 'string') keys.add(first);
    else for (const key of event.keys.keys()) keys.add(key);
  }
  return keys;
}

/**
 * The record as the doc has it, except `fields`, which keep their local values (a field absent
 * here is left out): what this browser wrote and has not sent yet.
 */
export function keepFields(remote: Record<string, unknown>, local: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  const next = { ...remote };
  for (const field of fields) {
    if (local[field] === undefined) delete next[field];
    else next[field] = local[field];
  }
  return next;
}

/** Fields of a record changed here and not sent yet, by `table:key`: 'all' for a record written whole. */
export type PendingFields = Map<string, Set<string> | 'all'>;

/** The fields queued entries changed, each with the fields that go with them (see touchedGroups). */
export function pendingFieldsOf(entries: readonly OutboxEntry[]): PendingFields {
  const pending: PendingFields = new Map();
  for (const entry of entries) {
    const id = `${entry.table}:${entry.key}`;
    const known = pending.get(id);
    if (entry.fields === null || known === 'all') pending.set(id, 'all');
    else pending.set(id, new Set([...(known ?? []), ...entry.fields, ...touchedGroups(entry.table, entry.fields)]));
  }
  return pending;
}

/** What storing the doc's version of a record does here: write this record, delete it, or nothing. */
export type Pulled = { put: Record<string, unknown> } | 'delete' | null;

/**
 * The doc's version of one record as this browser stores it. `remote`: in the doc (null: removed,
 * undefined: never there); `local`: as stored here; `mine`: what this browser changed and has not
 * sent yet, which stays as typed here and reaches the doc on the next push.
 */
export function pulledRecord(table: DataTable, key: string, remote: Record<string, unknown> | null | undefined, local: Record<string, unknown> | undefined, mine: Set<string> | 'all' | undefined, productId: string): Pulled {
  if (remote === undefined) return null;
  if (remote === null) return local && !mine && productOfRecord(table, local) === productId ? 'delete' : null;
  // A record must be this product's, under its own id: a doc can never write into another product.
  if (remote.id !== key || productOfRecord(table, remote) !== productId) return null;
  // Removed here and not sent yet: the removal goes out with the next push.
  if (mine === 'all' && !local) return null;
  // Written whole here: it keeps every field it has, and takes the others from the doc.
  const next = mine && local ? keepFields(remote, local, mine === 'all' ? new Set(Object.keys(local)) : mine) : remote;
  return sameValue(local, next) ? null : { put: next };
}
