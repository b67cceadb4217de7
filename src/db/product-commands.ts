import type { Product } from '../domain/types';
import { CommandError, runCommand, type Writer } from './command';
import { validName } from './validate';
import { db, DATA_TABLES } from './db';
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
  for (const stage of records.stages) await w.put('stages', stage);
  for (const initiative of records.initiatives) await w.put('initiatives', initiative);
  for (const transition of records.transitions) await w.put('transitions', transition);
  for (const hypothesis of records.hypotheses) await w.put('hypotheses', hypothesis);
  for (const experiment of records.experiments) await w.put('experiments', experiment);
  for (const interview of records.interviews) await w.put('interviews', interview);
  for (const evidence of records.evidence) await w.put('evidence', evidence);
  for (const change of records.statusChanges) await w.put('statusChanges', change);
  for (const story of records.stories) await w.put('stories', story);
  for (const sprint of records.sprints) await w.put('sprints', sprint);
  for (const run of records.ritualRuns) await w.put('ritualRuns', run);
  for (const item of records.actionItems) await w.put('actionItems', item);
  for (const objective of records.objectives) await w.put('objectives', objective);
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
    const product = await w.get<Product>('products', id);
    if (!product || product.deletedAt !== null) throw new CommandError('productMissing');
    w.scope(id, valid);
    return w.update<Product>('products', id, { name: valid, updatedAt: Date.now() });
  });
}

/** Tombstones the product; its stages and cards stay in place so undo brings back everything. */
export function deleteProduct(id: string): Promise<Product> {
  return runCommand('deleteProduct', async (w) => {
    const product = await w.get<Product>('products', id);
    if (!product || product.deletedAt !== null) throw new CommandError('productMissing');
    w.scope(id, product.name);
    const now = Date.now();
    return w.update<Product>('products', id, { deletedAt: now, updatedAt: now });
  });
}

/**
 * On the very first visit, creates the sample product in the UI language. The check and the
 * seeding share one transaction, so two tabs opened at once still seed only once.
 */
export async function seedFirstVisit(language: SampleLanguage): Promise<Product | null> {
  if (await db.meta.get(FIRST_VISIT)) return null;
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
