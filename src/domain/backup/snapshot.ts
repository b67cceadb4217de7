import { DATA_TABLES, type DataRecord, type DataTable } from '../tables';
import { emptyTables, isLive, type BackupTables } from './format';

export type SnapshotReason = 'auto' | 'beforeImport' | 'beforeRestore';

/**
 * A copy of the whole database kept in this browser, to go back to. What the list shows is kept
 * apart from the copy itself (its chunks), so listing snapshots never reads megabytes of records.
 */
export interface Snapshot {
  id: string;
  at: number;
  reason: SnapshotReason;
  /** Records in use per table, and the names of the products in use: what it holds, at a glance. */
  counts: Record<DataTable, number>;
  products: string[];
  /** The activity log's latest entry when taken: an automatic snapshot is taken only once it moved. */
  activityMark: string;
}

/**
 * A slice of one table of a snapshot's copy. The browser serialises a stored value in one go on
 * the main thread: one value holding 5,000 cards took 90 to 190 ms, a chunk a few milliseconds.
 */
export interface SnapshotChunk {
  /** `${snapshotId}:${sequence}`, zero-padded, so a snapshot's chunks read back in order. */
  id: string;
  snapshotId: string;
  table: DataTable;
  rows: DataRecord[];
}

const HEAVY: ReadonlySet<DataTable> = new Set(['hypotheses', 'experiments', 'interviews', 'stories', 'ritualRuns', 'templates', 'templateVersions']);

/**
 * How many records of a table to read or write at a time for a snapshot: a few hundred kilobytes,
 * a few milliseconds of the main thread. Records holding template snapshots weigh kilobytes each.
 */
export function chunkRows(table: DataTable): number {
  return HEAVY.has(table) ? 50 : 500;
}

export function snapshotChunks(snapshotId: string, tables: BackupTables): SnapshotChunk[] {
  const chunks: SnapshotChunk[] = [];
  for (const table of DATA_TABLES) {
    const rows: DataRecord[] = tables[table];
    const size = chunkRows(table);
    for (let i = 0; i < rows.length; i += size) {
      chunks.push({ id: `${snapshotId}:${String(chunks.length).padStart(6, '0')}`, snapshotId, table, rows: rows.slice(i, i + size) });
    }
  }
  return chunks;
}

/** A snapshot's tables from its chunks, in their order. */
export function tablesFromChunks(chunks: readonly SnapshotChunk[]): BackupTables {
  const tables = emptyTables();
  for (const chunk of [...chunks].sort((a, b) => (a.id < b.id ? -1 : 1))) (tables[chunk.table] as DataRecord[]).push(...chunk.rows);
  return tables;
}

export function snapshotCounts(tables: BackupTables): Pick<Snapshot, 'counts' | 'products'> {
  const counts = Object.fromEntries(DATA_TABLES.map((table) => [table, tables[table].filter(isLive).length])) as Record<DataTable, number>;
  return { counts, products: tables.products.filter(isLive).map((p) => p.name) };
}
