import type { Product } from '../domain/types';
import { DATA_TABLES, PRODUCT_TABLES } from '../domain/tables';
import { runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { validName } from './validate';
import { db } from './db';
import { bulkPutRecords } from './bulk';
import { newProductRecords, sampleProductRecords, type ProductRecords } from './product-records';
import { fetchData } from '../domain/data-file';
import { loadBuiltIns } from '../domain/templates/builtins';
import type { SampleContent, SampleText } from './sample/content';
import sampleEn from './sample/en.ts?data';
import sampleFr from './sample/fr.ts?data';
import { sampleTemplates } from './sample/templates';

export type SampleLanguage = 'en' | 'fr';
/** Sample texts are data files, loaded only when a sample is made: most visits never need them. */
const SAMPLE_TEXTS: Record<SampleLanguage, string> = { en: sampleEn, fr: sampleFr };

/** A sample's texts, and the built-in templates of its language that its artefacts start from. */
async function loadSample(language: SampleLanguage): Promise<SampleContent> {
  const [text] = await Promise.all([fetchData<SampleText>(SAMPLE_TEXTS[language]), loadBuiltIns(language)]);
  return { ...text, templates: sampleTemplates(language) };
}
const FIRST_VISIT = 'firstVisitSeeded';

async function putAll(w: Writer, records: ProductRecords) {
  w.scope(records.product.id, records.product.name);
  await w.put('products', records.product);
  for (const table of PRODUCT_TABLES) for (const record of records[table]) await w.put(table, record);
}

export async function createProduct(name: string): Promise<Product> {
  const valid = await validName(name);
  return runCommand('createProduct', async (w) => {
    const records = newProductRecords(valid, Date.now());
    await putAll(w, records);
    return records.product;
  });
}

export async function createSampleProduct(language: SampleLanguage): Promise<Product> {
  const content = await loadSample(language);
  return runCommand('createSampleProduct', async (w) => {
    const records = sampleProductRecords(content, Date.now());
    await putAll(w, records);
    return records.product;
  });
}

export async function renameProduct(id: string, name: string): Promise<Product> {
  const valid = await validName(name);
  return runCommand('renameProduct', async (w) => {
    await requireLive('products', id, 'productMissing');
    w.scope(id, valid);
    return w.update('products', id, { name: valid, updatedAt: Date.now() });
  });
}

/** Tombstones the product; its stages and cards stay in place so undo brings back everything. */
export function deleteProduct(id: string): Promise<Product> {
  return runCommand('deleteProduct', async (w) => {
    const product = await requireLive('products', id, 'productMissing');
    w.scope(id, product.name);
    const now = Date.now();
    return w.update('products', id, { deletedAt: now, updatedAt: now });
  });
}

/**
 * On the very first visit, creates the sample product in the UI language, unless told not to (a
 * person joining a team by an invite link). The check and the seeding share one transaction, so
 * two tabs opened at once still seed only once.
 */
export async function seedFirstVisit(language: SampleLanguage, withSample = true): Promise<Product | null> {
  if (await db.meta.get(FIRST_VISIT)) return null;
  if (!withSample) {
    await db.meta.put({ key: FIRST_VISIT, value: Date.now() });
    return null;
  }
  // Loaded before the transaction: awaiting anything but Dexie inside one would end it early.
  const content = await loadSample(language);
  return db.transaction('rw', [...DATA_TABLES, 'meta'], async () => {
    if (await db.meta.get(FIRST_VISIT)) return null;
    await db.meta.put({ key: FIRST_VISIT, value: Date.now() });
    const records = sampleProductRecords(content, Date.now());
    await bulkPutRecords(records);
    return records.product;
  });
}
