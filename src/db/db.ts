import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DataRecord, DataRecords, DataTable } from '../domain/tables';
import type { Snapshot, SnapshotChunk } from '../domain/backup/snapshot';
import type { Activity } from './activity';
import type { OutboxEntry, Share } from './share-types';

export interface Meta {
  key: string;
  value: unknown;
}

export const DB_NAME = 'product-lifecycle-board';

/**
 * The schema, and the tables of this browser's own things (BoardDB adds the data tables' types).
 * Schema versions are append-only: never edit a released version.
 */
class BoardDatabase extends Dexie {
  activity!: EntityTable<Activity, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  snapshotData!: EntityTable<SnapshotChunk, 'id'>;
  meta!: EntityTable<Meta, 'key'>;
  shares!: EntityTable<Share, 'productId'>;
  syncOutbox!: EntityTable<OutboxEntry, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      products: 'id, createdAt',
      stages: 'id, productId',
      initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt',
      transitions: 'id, initiativeId, [productId+at]',
      hypotheses: 'id, initiativeId, productId',
      experiments: 'id, hypothesisId, initiativeId',
      interviews: 'id, productId, initiativeId',
      evidence: 'id, hypothesisId, interviewId',
      statusChanges: 'id, subjectId',
      templates: 'id, family',
      templateVersions: 'id, [templateId+version]',
      activity: '++id, [productId+state], at',
      meta: 'key',
    });
    // Delivery. New tables only, so no upgrade step: v1 records are read as they are (a product
    // without a cadence is on Scrum, an initiative without an outcome has none). IndexedDB leaves
    // records whose key is null out of an index, so "no sprint" (the backlog) is read by product.
    // Strategy: objectives, and initiatives indexed by the objective they serve (an objective lists
    // its initiatives without reading the whole product); a v1 initiative serves none.
    this.version(2).stores({
      stories: 'id, initiativeId, productId, sprintId',
      sprints: 'id, productId',
      ritualRuns: 'id, productId, sprintId',
      actionItems: 'id, productId, runId',
      objectives: 'id, productId',
      initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt, objectiveId',
      // Automatic local copies of the data tables (not user records: never undone nor exported).
      // The list and the copies (in chunks, by snapshot) are apart, so listing reads no copy.
      snapshots: 'id, at',
      snapshotData: 'id, snapshotId',
    });
    // Team sync. This browser's membership of each shared product (its token, role, and whether
    // it still syncs), and the local changes of shared products the server has not acknowledged
    // yet: both local, never exported nor undone.
    this.version(3).stores({
      shares: 'productId',
      syncOutbox: '++id, productId',
    });
    // Saved views: a new table only, so no upgrade step; a v3 product has none.
    this.version(4).stores({
      savedViews: 'id, productId',
    });
    // Customer feedback: accounts, notes and their links to initiatives, new tables only. A note
    // linked to a hypothesis is evidence (evidence.feedbackId, a new optional field: v4 evidence
    // came from interviews).
    this.version(5).stores({
      accounts: 'id, productId',
      feedback: 'id, productId, accountId',
      feedbackLinks: 'id, productId, feedbackId, initiativeId',
      evidence: 'id, hypothesisId, interviewId, feedbackId',
    });
  }
}

type DataTables = { [T in DataTable]: Table<DataRecords[T], string> };

/** The one typed database: a table per entry of the registry (domain/tables.ts), and the local ones. */
export type BoardDB = BoardDatabase & DataTables;

/** The database under `name` (tests make their own), not opened yet. */
export function createBoardDB(name = DB_NAME): BoardDB {
  return new BoardDatabase(name) as BoardDB;
}

export const db = createBoardDB();

/** A data table by name, typed by the registry: the very table `db.<name>` is. */
export function dataTable<T extends DataTable>(table: T): DataTables[T] {
  return (db as DataTables)[table];
}

/**
 * A data table whose name is only known at run time (undo replaying a logged change, a restore
 * writing every table): its records are any table's. Commands use dataTable, typed by table.
 */
export function anyDataTable(table: DataTable): Table<DataRecord, string> {
  return dataTable(table) as Table<DataRecord, string>;
}

const outdatedListeners = new Set<() => void>();
let outdated = false;

/** Refused writes of a tab whose code is older than the database (see onOutdated). */
export class OutdatedError extends Error {
  override name = 'OutdatedError';
}

/**
 * Calls `listener` once another tab opens the database with a newer schema (a new version of the
 * app). This tab's code targets the old schema: from then on it reads but writes nothing, and what
 * the user is typing stays on screen and in the draft store until a reload brings the new code.
 */
export function onOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

// Every write of every command, undo and import goes through `mutate`: one place to refuse them.
db.use({
  stack: 'dbcore',
  name: 'refuse-writes-when-outdated',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (request) => (outdated ? Promise.reject(new OutdatedError()) : table.mutate(request)) };
    },
  }),
});

db.on('versionchange', () => {
  outdated = true;
  // Closing lets the other tab's upgrade go ahead instead of waiting, blocked, on this one. The
  // connection then reopens at whatever version is installed (Dexie adapts), so screens keep
  // reading; the middleware above refuses writes.
  db.close();
  outdatedListeners.forEach((listener) => listener());
  db.open().catch(() => undefined);
  return false;
});
