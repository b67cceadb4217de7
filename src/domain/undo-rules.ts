/**
 * When undo or redo may write a record back. A change is only reversed where the record is still
 * as that change left it: if anything wrote it since (a later import, an edit in another tab, a
 * teammate), that work is kept and the step says so, rather than being silently overwritten.
 */

/** Deep equality of stored records: plain data (objects, arrays, strings, numbers, booleans, null). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function isTombstone(record: unknown): boolean {
  return typeof record === 'object' && record !== null && typeof (record as { deletedAt?: unknown }).deletedAt === 'number';
}

/** A record in use: present, and not a tombstone. */
export function isLive(record: unknown): boolean {
  return record !== undefined && !isTombstone(record);
}

/**
 * Whether the record as stored now is what the change left (`expected`). A record the change
 * created (`expected` undefined, on redo) counts as untouched while it is absent or a tombstone:
 * undoing a creation leaves a tombstone where the table keeps them.
 */
export function untouchedSince(current: unknown, expected: unknown): boolean {
  if (expected === undefined) return current === undefined || isTombstone(current);
  return current !== undefined && sameValue(current, expected);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * What writing one side of a change back (`target`, over the record the change left, `expected`)
 * gives now, or null when that would overwrite work done since. A change to some fields of a record
 * is written back field by field over the record as stored now, so a teammate's edit of other
 * fields (a deletion and an edit of the same card) stays; it is refused only where one of its own
 * fields changed since, its time stamp aside (a later one is kept). A record the change created or
 * removed is written back whole, only while untouched; one it created that is now a tombstone (its
 * creation undone) comes back in use as it is, with what a teammate or a newer client wrote in it.
 */
export function writtenBack(current: unknown, expected: unknown, target: unknown): { record: unknown } | null {
  if (isRecord(current) && isRecord(expected) && isRecord(target)) return fieldsWrittenBack(current, expected, target);
  if (!untouchedSince(current, expected)) return null;
  if (!isRecord(current) || !isRecord(target)) return { record: target };
  const revived: Record<string, unknown> = { ...current, deletedAt: target.deletedAt };
  if ('updatedAt' in target) revived.updatedAt = target.updatedAt;
  return { record: revived };
}

function fieldsWrittenBack(current: Record<string, unknown>, expected: Record<string, unknown>, target: Record<string, unknown>) {
  const fields = [...new Set([...Object.keys(expected), ...Object.keys(target)])].filter((field) => !sameValue(expected[field], target[field]));
  const changedSince = fields.filter((field) => !sameValue(current[field], expected[field]));
  if (changedSince.some((field) => field !== 'updatedAt')) return null;
  const record = { ...current };
  for (const field of fields) {
    if (changedSince.includes(field)) continue;
    if (target[field] === undefined) delete record[field];
    else record[field] = target[field];
  }
  return { record };
}

/** The tombstone that replaces a record on undo of its creation, or null where the table keeps none (deleted instead). */
export function tombstoneOf<T>(record: T, now: number): T | null {
  if (typeof record !== 'object' || record === null || !('deletedAt' in record)) return null;
  const stamped = { ...record, deletedAt: now } as T & { updatedAt?: number };
  if ('updatedAt' in record) stamped.updatedAt = now;
  return stamped;
}
