import type { Table } from 'dexie';
import { db, DATA_TABLES } from './db';
import type { ProductRecords } from './product-records';

export const BULK_CHUNK = 1000;

async function putInChunks<T>(table: Table<T>, rows: readonly T[]) {
  for (let i = 0; i < rows.length; i += BULK_CHUNK) await table.bulkPut(rows.slice(i, i + BULK_CHUNK));
}

/**
 * The bulk path for seeding and imports: one bulkPut per chunk of each table. Run it inside a
 * transaction of the caller, or use writeProductRecords, which opens one for the whole set.
 */
export async function bulkPutRecords(records: ProductRecords) {
  await db.products.put(records.product);
  await putInChunks(db.stages, records.stages);
  await putInChunks(db.initiatives, records.initiatives);
  await putInChunks(db.transitions, records.transitions);
  await putInChunks(db.hypotheses, records.hypotheses);
  await putInChunks(db.experiments, records.experiments);
  await putInChunks(db.interviews, records.interviews);
  await putInChunks(db.evidence, records.evidence);
  await putInChunks(db.statusChanges, records.statusChanges);
  await putInChunks(db.stories, records.stories);
  await putInChunks(db.sprints, records.sprints);
  await putInChunks(db.ritualRuns, records.ritualRuns);
  await putInChunks(db.actionItems, records.actionItems);
  await putInChunks(db.objectives, records.objectives);
}

/** Writes a whole product in one transaction: all of it lands, or none of it. */
export function writeProductRecords(records: ProductRecords): Promise<void> {
  return db.transaction('rw', DATA_TABLES, () => bulkPutRecords(records));
}
