import type { DataRecords, TombstonedTable } from '../domain/tables';
import type { Initiative, Product } from '../domain/types';
import { CommandError } from './command';
import { dataTable } from './db';

/**
 * The record a command acts on, live: a missing or deleted one refuses the command with `code`
 * (an i18n key under errors). Reads in the caller's transaction, or before it when there is none.
 */
export async function requireLive<T extends TombstonedTable>(table: T, id: string, code: string): Promise<DataRecords[T]> {
  const record = await dataTable(table).get(id);
  if (!record || record.deletedAt !== null) throw new CommandError(code);
  return record;
}

/**
 * The records a command reads before its transaction (to load templates, which awaits more than
 * Dexie): the initiative and its product, both live.
 */
export async function initiativeAndProduct(initiativeId: string): Promise<{ initiative: Initiative; product: Product }> {
  const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
  const product = await requireLive('products', initiative.productId, 'productMissing');
  return { initiative, product };
}
