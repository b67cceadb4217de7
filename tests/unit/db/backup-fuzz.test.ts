import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importBackup } from '../../../src/db/backup-import';
import { readTables } from '../../../src/db/backup-tables';
import { db } from '../../../src/db/db';
import { BACKUP_FORMAT, backupToText, type BackupFile, type BackupTables } from '../../../src/domain/backup/format';
import { DATA_TABLES, PRODUCT_TABLES, type DataTable } from '../../../src/domain/tables';
import { parseBackup } from '../../../src/domain/backup/parse';
import { smallBackup } from '../domain/backup-fixture';
import { byId, everything, prototypeKeys } from './backup-helpers';
import { freshDb } from './helpers';
import { expectBoth, fuzz, FUZZ_TIMEOUT } from '../fuzz';

/**
 * Property tests: thousands of mangled and hostile files, each either imported exactly as the
 * merge and replace rules say, or refused with the database unchanged; Object.prototype is never
 * touched. The expected results are computed here directly from the rules, independently of
 * src/domain/backup/plan.ts.
 */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { id: string; productId?: string; updatedAt?: number };

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

const BASE = JSON.parse(backupToText(smallBackup())) as Json;

/** Every place in the base file: the paths of its objects, arrays and values. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  return out;
}
const PATHS = pathsOf(BASE).filter((p) => p.length > 0);
const IDS = [...new Set(PATHS.filter((p) => p.at(-1) === 'id' || String(p.at(-1)).endsWith('Id')).map((p) => String(get(BASE, p))))];

function get(root: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string | number, Json>)[part];
  }
  return node;
}

/** Sets an own property, even one named __proto__, as a hostile JSON file would hold it. */
function setOwn(target: object, key: string | number, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'set'; path: number; value: Json }
  | { kind: 'delete'; path: number }
  | { kind: 'addKey'; path: number; key: string; value: Json }
  | { kind: 'duplicate'; path: number }
  | { kind: 'swapId'; path: number; id: number }
  | { kind: 'text'; path: number; text: string }
  | { kind: 'time'; path: number; delta: number };

function apply(root: Json, mutation: Mutation) {
  const path = PATHS[mutation.path % PATHS.length]!;
  const parent = get(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (parent === null || typeof parent !== 'object' || get(root, path) === undefined) return;
  const holder = parent as Record<string | number, Json>;
  switch (mutation.kind) {
    case 'set':
      return setOwn(holder, key, mutation.value);
    case 'delete':
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
      return;
    case 'addKey': {
      const target = holder[key];
      if (target && typeof target === 'object' && !Array.isArray(target)) setOwn(target, mutation.key, mutation.value);
      return;
    }
    case 'duplicate':
      if (Array.isArray(holder)) holder.push(structuredClone(holder[Number(key)]!));
      return;
    case 'swapId':
      if (typeof holder[key] === 'string') holder[key] = IDS[mutation.id % IDS.length]!;
      return;
    case 'text':
      if (typeof holder[key] === 'string') holder[key] = mutation.text;
      return;
    case 'time':
      if (typeof holder[key] === 'number') holder[key] = Math.max(0, (holder[key] as number) + mutation.delta);
  }
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', 'polluted');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), path: fc.nat(), key: fc.oneof(hostileKey, fc.string()), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('swapId' as const), path: fc.nat(), id: fc.nat() }),
  // Valid changes, so that many mangled files still import and exercise the merge rules.
  fc.record({ kind: fc.constant('text' as const), path: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('time' as const), path: fc.nat(), delta: fc.integer({ min: -1000, max: 1000 }) }),
);

/** A mangled file: the small valid backup under a few mutations, sometimes then cut or spliced as text. */
const mangledFile = fc
  .tuple(
    fc.array(mutation, { minLength: 0, maxLength: 4 }),
    fc.constantFrom('all', 'product'),
    fc.option(fc.tuple(fc.nat(), fc.string({ maxLength: 5 })), { freq: 5 }),
  )
  .map(([mutations, scope, splice]) => {
    const file = structuredClone(BASE) as { [key: string]: Json };
    if (scope === 'product') file.scope = { kind: 'product', productId: 'product-1', productName: 'Checkout' };
    mutations.forEach((m) => apply(file, m));
    const text = JSON.stringify(file);
    if (!splice) return text;
    const at = splice[0] % text.length;
    return text.slice(0, at) + splice[1] + text.slice(at + 1);
  });

function rowsOf(tables: BackupTables, table: DataTable): Row[] {
  return tables[table] as unknown as Row[];
}

/** A record a replace takes away: a tombstone where the table keeps them (one already is stays as it is), gone otherwise. */
function removedRow(row: Row, now: number): Row | null {
  if (!('deletedAt' in row)) return null;
  if (row.deletedAt !== null) return row;
  return { ...row, deletedAt: now, ...(row.updatedAt !== undefined && { updatedAt: now }) } as Row;
}

/** What the database must hold after importing `file` over `before`, straight from the rules. */
function expected(file: BackupFile, before: BackupTables, mode: 'replace' | 'merge', now: number): BackupTables {
  const result = {} as Record<DataTable, Row[]>;
  const scope = file.scope;
  for (const table of DATA_TABLES) {
    const rows = new Map(rowsOf(before, table).map((r) => [r.id, r]));
    const shared = table === 'templates' || table === 'templateVersions';
    if (mode === 'replace' && (scope.kind === 'all' || !shared)) {
      const owner = (r: Row) => (table === 'products' ? r.id : r.productId);
      for (const [id, row] of rows) {
        if (scope.kind === 'product' && owner(row) !== scope.productId) continue;
        const removed = removedRow(row, now);
        if (removed) rows.set(id, removed);
        else rows.delete(id);
      }
      for (const row of rowsOf(file.tables, table)) rows.set(row.id, row);
    } else {
      for (const row of rowsOf(file.tables, table)) {
        const here = rows.get(row.id);
        if (!here || (row.updatedAt !== undefined && here.updatedAt !== undefined && row.updatedAt > here.updatedAt)) rows.set(row.id, row);
      }
    }
    result[table] = [...rows.values()];
  }
  return byId(result as unknown as BackupTables);
}

/** Whether a record of the file sits here under another product: the import must refuse it. */
function conflicts(file: BackupFile, before: BackupTables): boolean {
  return (['products', ...PRODUCT_TABLES] as DataTable[]).some((table) => {
    const here = new Map(rowsOf(before, table).map((r) => [r.id, r]));
    return rowsOf(file.tables, table).some((row) => {
      const other = here.get(row.id);
      return other !== undefined && (table === 'products' ? other.id !== row.id : other.productId !== row.productId);
    });
  });
}

async function importOrRefuse(text: string, mode: 'replace' | 'merge', prototype: string[]): Promise<'imported' | 'refused'> {
  const before = await everything();
  const parsed = parseBackup(text);
  let outcome: 'imported' | 'refused' = 'refused';
  if (parsed.ok) {
    const result = await importBackup(parsed.backup, mode);
    if (result.ok) {
      outcome = 'imported';
      expect(byId(await readTables())).toEqual(expected(parsed.backup, before.tables, mode, Date.now()));
      // One change in the history, which stays: nothing is recorded when nothing changed.
      expect(await db.activity.count()).toBe(before.activity.length + (result.entryId === null ? 0 : 1));
    } else {
      expect(result.problem.code).toBe('conflict');
      expect(conflicts(parsed.backup, before.tables)).toBe(true);
    }
  }
  if (outcome === 'refused') expect(await everything()).toEqual(before);
  expect(prototypeKeys()).toEqual(prototype);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  return outcome;
}

describe('mangled and hostile backup files', () => {
  it('random JSON is refused, whatever it holds', () => {
    const prototype = prototypeKeys();
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.jsonValue().map((value) => JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 2, tables: value }))), (text) => {
        expect(parseBackup(text).ok).toBe(false);
        expect(prototypeKeys()).toEqual(prototype);
      }),
      fuzz(3000),
    );
  }, FUZZ_TIMEOUT);

  it('mutated valid files are read exactly as written, or refused', () => {
    const prototype = prototypeKeys();
    const seen = { read: 0, refused: 0 };
    fc.assert(
      fc.property(mangledFile, (text) => {
        const parsed = parseBackup(text);
        if (parsed.ok) {
          // Nothing is trimmed or coerced: the file as plain JSON, less the keys the reader drops.
          expect(parsed.backup).toEqual(JSON.parse(text, (key, value: unknown) => (FORBIDDEN.has(key) ? undefined : value)));
          seen.read++;
        } else seen.refused++;
        expect(prototypeKeys()).toEqual(prototype);
      }),
      fuzz(2000),
    );
    expectBoth(seen.read, seen.refused);
  }, FUZZ_TIMEOUT);

  it('mutated valid files are imported by the rules or refused with nothing changed', async () => {
    const prototype = prototypeKeys();
    const seen = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mangledFile, fc.constantFrom('replace' as const, 'merge' as const), async (text, mode) => {
        seen[await importOrRefuse(text, mode, prototype)]++;
      }),
      fuzz(600),
    );
    expectBoth(seen.imported, seen.refused);
  }, FUZZ_TIMEOUT);
});
