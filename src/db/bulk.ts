import { DATA_TABLES, PRODUCT_TABLES, type DataRecords, type DataTable } from '../domain/tables';
import { dataTable, db } from './db';
import type { ProductRecords } from './product-records';

export const BULK_CHUNK = 1000;

/** Writes records in chunks, inside the caller's transaction. */
export async function putRows<T extends DataTable>(table: T, rows: readonly DataRecords[T][]) {
  for (let i = 0; i < rows.length; i += BULK_CHUNK) await dataTable(table).bulkPut(rows.slice(i, i + BULK_CHUNK));
}

/**
 * The bulk path for seeding and imports: one bulkPut per chunk of each table. Run it inside a
 * transaction of the caller, or use writeProductRecords, which opens one for the whole set.
 */
export async function bulkPutRecords(records: ProductRecords) {
  await db.products.put(records.product);
  for (const table of PRODUCT_TABLES) await putRows(table, records[table]);
}

/** Writes a whole product in one transaction: all of it lands, or none of it. */
export function writeProductRecords(records: ProductRecords): Promise<void> {
  return db.transaction('rw', DATA_TABLES, () => bulkPutRecords(records));
}
