import { version } from '../../package.json';
import { makeBackup, type BackupFile } from '../domain/backup/format';
import { productSlice } from '../domain/backup/product-slice';
import { DATA_TABLES } from '../domain/tables';
import { CommandError } from './command';
import { db } from './db';
import { readTables } from './backup-tables';

/** The whole database, or one product with what belongs to it and the team templates it uses. */
export async function exportBackup(productId: string | null): Promise<BackupFile> {
  const tables = await db.transaction('r', DATA_TABLES, readTables);
  if (productId === null) return makeBackup(tables, { kind: 'all' }, version, new Date());
  const product = tables.products.find((p) => p.id === productId && p.deletedAt === null);
  if (!product) throw new CommandError('productMissing');
  return makeBackup(productSlice(tables, productId), { kind: 'product', productId, productName: product.name }, version, new Date());
}
