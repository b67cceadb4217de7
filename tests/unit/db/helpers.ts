import { expect, vi } from 'vitest';
import type { Table } from 'dexie';
import { CommandError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { DATA_TABLES, emptyRecords } from '../../../src/domain/tables';
import type { DefaultStageKey, Stage } from '../../../src/domain/types';

export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

/** Fresh database and a frozen clock (only Date is faked; Dexie's timers keep running). */
export async function freshDb() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  await db.delete();
  await db.open();
}

/** Moves the frozen clock forward. */
export function advance(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/** Runs a command and returns what it threw; fails the test if it did not throw. */
export async function failure(command: () => Promise<unknown>): Promise<unknown> {
  try {
    await command();
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to be refused');
}

export async function expectCommandError(command: () => Promise<unknown>, code: string) {
  const error = await failure(command);
  expect(error).toBeInstanceOf(CommandError);
  expect((error as CommandError).code).toBe(code);
  return error as CommandError;
}

/** Every row of the data tables and the activity log, to check that a refusal wrote nothing. */
export async function snapshot() {
  const tables = emptyRecords(DATA_TABLES);
  for (const table of DATA_TABLES) tables[table] = await db.table(table).toArray();
  return { ...tables, activity: await db.activity.toArray() };
}

export interface TestProduct {
  productId: string;
  stages: Stage[];
  stage(key: DefaultStageKey): Stage;
}

export async function makeProduct(name = 'P'): Promise<TestProduct> {
  const product = await createProduct(name);
  const stages = await liveStages(product.id);
  return {
    productId: product.id,
    stages,
    stage: (key) => must(stages.find((s) => s.defaultKey === key), `stage ${key}`),
  };
}

/** Records in use in a table: tombstones (what undoing a creation leaves) are not counted. */
export function liveCount(table: Table<object, string>): Promise<number> {
  return table.filter((r) => !('deletedAt' in r) || r.deletedAt === null).count();
}
