import type { Transaction } from 'dexie';
import { sameValue, tombstoneOf } from '../domain/undo-rules';
import type { DataRecords, DataTable } from '../domain/tables';
import { anyDataTable, dataTable, db } from './db';
import type { Activity, Change } from './activity';
import type { Share } from './share-types';
import { queueForSync, signerFor, WRITE_TABLES, type Signer } from './sync-outbox';

/** Edits of the same record by the same command within this window undo as one step. */
const COALESCE_MS = 4000;
const PUT_MANY_CHUNK = 1000;

/** What a command may do inside its transaction: every write is recorded for undo. */
export class Writer {
  readonly changes = new Map<string, Change>();
  /** The product this command belongs to ('' for app-wide commands) and what the undo button names. */
  productId = '';
  label = '';
  /** Signs a shared product's records, once this browser's memberships are read. */
  private sign: Signer | null = null;
  private readonly signer: Promise<Signer>;

  /** `shares`: this browser's memberships, asked for when the transaction began. */
  constructor(
    readonly tx: Transaction,
    shares: Promise<readonly Share[]>,
  ) {
    this.signer = shares.then((list) => (this.sign = signerFor(list)));
    this.signer.catch(() => undefined);
  }

  scope(productId: string, label: string) {
    this.productId = productId;
    this.label = label;
  }

  async get<T extends DataTable>(table: T, id: string): Promise<DataRecords[T] | undefined> {
    return dataTable(table).get(id);
  }

  async put<T extends DataTable>(table: T, record: DataRecords[T]): Promise<DataRecords[T]> {
    const before = await this.get(table, record.id);
    return this.write(table, before, record);
  }

  /** Writes a record the command has just made, under a new id: there is nothing before it to read. */
  add<T extends DataTable>(table: T, record: DataRecords[T]): DataRecords[T] {
    return this.write(table, undefined, record);
  }

  /** Applies a patch to an existing record; throws if it does not exist. */
  async update<T extends DataTable>(table: T, id: string, patch: Partial<DataRecords[T]>): Promise<DataRecords[T]> {
    const before = await this.get(table, id);
    if (!before) throw new CommandError('notFound');
    return this.patch(table, before, patch);
  }

  /**
   * update, from the record as this command read it in its transaction (a round trip fewer): the
   * command must not have written it since.
   */
  patch<T extends DataTable>(table: T, read: DataRecords[T], patch: Partial<DataRecords[T]>): DataRecords[T] {
    return this.write(table, read, { ...read, ...patch });
  }

  /**
   * Records and writes one record, signed with the member's name when its product is shared, so
   * its history, its undo and the team see it as written. Before the memberships are read (a write
   * that comes first in its command), it is recorded at once and written, signed, once they are.
   */
  private write<T extends DataTable>(table: T, before: DataRecords[T] | undefined, record: DataRecords[T]): DataRecords[T] {
    if (this.sign) {
      const signed = this.sign(table, record);
      this.record(table, record.id, before, signed);
      this.issue(dataTable(table).put(signed));
      return signed;
    }
    const change = this.record(table, record.id, before, record);
    this.issue(
      this.signer.then((sign) => {
        const signed = sign(table, record);
        if (change.after === record) change.after = signed;
        return dataTable(table).put(signed);
      }),
    );
    return record;
  }

  /**
   * The command's writes, awaited together when it ends. Each leaves without waiting for the one
   * before: IndexedDB runs a transaction's requests in order, so a later read still sees them, and
   * a drop's write reaches the disk, and the team, a few round trips sooner.
   */
  written(): Promise<unknown> {
    return Promise.all(this.pending);
  }

  private readonly pending: Promise<unknown>[] = [];

  private issue(write: Promise<unknown>) {
    // A failed write fails the command when written() is awaited; until then it is not unhandled.
    write.catch(() => undefined);
    this.pending.push(write);
  }

  /**
   * Writes many records of one table (imports, restores): the records they replace are read in
   * one go, and those that change are written back in chunks, each recorded for undo like a single
   * put. A record written back as it is changes nothing and is not recorded.
   */
  async putMany<T extends DataTable>(table: T, records: readonly DataRecords[T][]): Promise<void> {
    for (let i = 0; i < records.length; i += PUT_MANY_CHUNK) {
      const chunk = records.slice(i, i + PUT_MANY_CHUNK);
      const [before, sign] = await Promise.all([dataTable(table).bulkGet(chunk.map((r) => r.id)), this.signer]);
      const changed = chunk.flatMap((record, j) => {
        if (sameValue(before[j], record)) return [];
        const signed = sign(table, record);
        this.record(table, record.id, before[j], signed);
        return [signed];
      });
      if (changed.length > 0) this.issue(dataTable(table).bulkPut(changed));
    }
  }

  /**
   * Removes a record: a tombstone where the table keeps them (restorable, and a teammate's edit of
   * it is not lost), deleted otherwise. A record that is already gone or a tombstone is left as is.
   */
  async remove(table: DataTable, id: string): Promise<void> {
    const records = anyDataTable(table);
    const [before, sign] = await Promise.all([records.get(id), this.signer]);
    if (before === undefined || ('deletedAt' in before && before.deletedAt !== null)) return;
    const tombstone = tombstoneOf(before, Date.now());
    const after = tombstone ? sign(table, tombstone) : undefined;
    this.record(table, id, before, after);
    this.issue(after ? records.put(after) : records.delete(id));
  }

  private record(table: DataTable, key: string, before: unknown, after: unknown): Change {
    const id = `${table}:${key}`;
    const earlier = this.changes.get(id);
    const change = { table, key, before: earlier ? earlier.before : before, after };
    this.changes.set(id, change);
    return change;
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
  /** Tables the command also uses beyond the data tables and the activity log (the snapshots, for imports). */
  alsoTables?: readonly string[];
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
  return (await runRecordedCommand(command, work, options)).value;
}

/** runCommand, also giving the activity entry it wrote (null when it changed nothing), for an undo out of turn. */
export async function runRecordedCommand<T>(command: string, work: (w: Writer) => Promise<T>, options: CommandOptions = {}): Promise<{ value: T; entryId: number | null }> {
  const { alsoTables = [], ...meta } = options;
  return db.transaction('rw', [...WRITE_TABLES, ...alsoTables], async (tx) => {
    // Asked first, answered while the command works: no command changes a membership.
    const shares = db.shares.toArray();
    shares.catch(() => undefined);
    const w = new Writer(tx, shares);
    const value = await work(w);
    const changes = [...w.changes.values()];
    // The record, its way to the team and its history are written together, and the transaction
    // commits once they all are.
    const queued = queueForSync(changes, await shares);
    if (queued === 'readOnly') throw new CommandError('readOnly');
    const [entryId] = await Promise.all([changes.length > 0 ? appendActivity({ command, productId: w.productId, label: w.label, ...meta }, changes) : null, queued, w.written()]);
    return { value, entryId };
  });
}

async function appendActivity(meta: CommandMeta, changes: Change[]): Promise<number> {
  const now = Date.now();
  // Doing something new ends what could be redone; the new entry is written alongside. Not with
  // modify(): it holds the transaction's other requests back until it is done.
  const discarding = db.activity
    .where('[productId+state]')
    .equals([meta.productId, 'undone'])
    .primaryKeys()
    .then((keys) => (keys.length > 0 ? db.activity.bulkUpdate(keys.map((key) => ({ key: key!, changes: { state: 'discarded' as const } }))) : 0));
  if (meta.coalesce) {
    await discarding;
    const last = await db.activity.where('[productId+state]').equals([meta.productId, 'done']).last();
    if (last && last.command === meta.command && now - last.at < COALESCE_MS && sameKeys(last.changes, changes)) {
      const merged = last.changes.map((c, i) => ({ ...c, after: changes[i]!.after }));
      await db.activity.update(last.id!, { at: now, changes: merged });
      return last.id!;
    }
  }
  const entry: Activity = { at: now, command: meta.command, productId: meta.productId, label: meta.label, changes, state: 'done' };
  const [id] = await Promise.all([db.activity.add(entry), discarding]);
  return id!;
}

function sameKeys(a: Change[], b: Change[]): boolean {
  return a.length === b.length && a.every((c, i) => c.table === b[i]!.table && c.key === b[i]!.key);
}

export function newId(): string {
  return crypto.randomUUID();
}
