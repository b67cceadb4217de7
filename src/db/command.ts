import type { Transaction } from 'dexie';
import { DATA_TABLES, type DataRecords, type DataTable } from '../domain/tables';
import { dataTable, db } from './db';
import type { Activity, Change } from './activity';

/** Edits of the same record by the same command within this window undo as one step. */
const COALESCE_MS = 4000;

/** What a command may do inside its transaction: every write is recorded for undo. */
export class Writer {
  readonly changes = new Map<string, Change>();
  /** The product this command belongs to ('' for app-wide commands) and what the undo button names. */
  productId = '';
  label = '';

  constructor(readonly tx: Transaction) {}

  scope(productId: string, label: string) {
    this.productId = productId;
    this.label = label;
  }

  async get<T extends DataTable>(table: T, id: string): Promise<DataRecords[T] | undefined> {
    return dataTable(table).get(id);
  }

  async put<T extends DataTable>(table: T, record: DataRecords[T]): Promise<DataRecords[T]> {
    const before = await this.get(table, record.id);
    this.record(table, record.id, before, record);
    await dataTable(table).put(record);
    return record;
  }

  /** Applies a patch to an existing record; throws if it does not exist. */
  async update<T extends DataTable>(table: T, id: string, patch: Partial<DataRecords[T]>): Promise<DataRecords[T]> {
    const before = await this.get(table, id);
    if (!before) throw new CommandError('notFound');
    const after = { ...before, ...patch };
    this.record(table, id, before, after);
    await dataTable(table).put(after);
    return after;
  }

  private record(table: DataTable, key: string, before: unknown, after: unknown) {
    const id = `${table}:${key}`;
    const earlier = this.changes.get(id);
    this.changes.set(id, { table, key, before: earlier ? earlier.before : before, after });
  }
}

/** A refusal a user can act on; `code` is an i18n key under errors. */
export class CommandError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'CommandError';
  }
}

/** Input refused field by field; each value is an i18n key. */
export class ValidationError extends CommandError {
  constructor(readonly fields: Record<string, string | undefined>) {
    super('invalid');
  }
}

export interface CommandOptions {
  /** Merge with the previous entry when it is the same command on the same record, moments ago. */
  coalesce?: boolean;
}

interface CommandMeta extends CommandOptions {
  command: string;
  productId: string;
  label: string;
}

/**
 * Runs one intent-named command: one transaction over the data tables and the activity log,
 * so the change and its history land together or not at all.
 */
export async function runCommand<T>(command: string, work: (w: Writer) => Promise<T>, options: CommandOptions = {}): Promise<T> {
  return db.transaction('rw', [...DATA_TABLES, 'activity'], async (tx) => {
    const w = new Writer(tx);
    const result = await work(w);
    if (w.changes.size > 0) {
      await appendActivity({ command, productId: w.productId, label: w.label, ...options }, [...w.changes.values()]);
    }
    return result;
  });
}

async function appendActivity(meta: CommandMeta, changes: Change[]) {
  const now = Date.now();
  await db.activity.where('[productId+state]').equals([meta.productId, 'undone']).modify({ state: 'discarded' });
  if (meta.coalesce) {
    const last = await db.activity.where('[productId+state]').equals([meta.productId, 'done']).last();
    if (last && last.command === meta.command && now - last.at < COALESCE_MS && sameKeys(last.changes, changes)) {
      const merged = last.changes.map((c, i) => ({ ...c, after: changes[i]!.after }));
      await db.activity.update(last.id!, { at: now, changes: merged });
      return;
    }
  }
  const entry: Activity = { at: now, command: meta.command, productId: meta.productId, label: meta.label, changes, state: 'done' };
  await db.activity.add(entry);
}

function sameKeys(a: Change[], b: Change[]): boolean {
  return a.length === b.length && a.every((c, i) => c.table === b[i]!.table && c.key === b[i]!.key);
}

export function newId(): string {
  return crypto.randomUUID();
}
