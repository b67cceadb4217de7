import { expect } from 'vitest';
import { readTables } from '../../../src/db/backup-tables';
import { db } from '../../../src/db/db';
import { DATA_TABLES } from '../../../src/domain/tables';
import { createSampleProduct, seedFirstVisit } from '../../../src/db/product-commands';
import { saveView } from '../../../src/db/saved-view-commands';
import { addFeedback } from '../../../src/db/feedback-commands';
import { linkFeedback, linkFeedbackEvidence } from '../../../src/db/feedback-link-commands';
import { duplicateTemplate, saveTemplate, setDefaultTemplate } from '../../../src/db/template-commands';
import type { BackupTables } from '../../../src/domain/backup/format';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { advance, must } from './helpers';

/**
 * A database with records in every table: the English first-visit sample, the French sample, and
 * a team template with two versions that the French product uses by default, and a saved view of
 * each product, and feedback from a new account linked to an initiative and, as evidence, to a hypothesis.
 */
export async function fillDatabase() {
  const en = must(await seedFirstVisit('en'), 'sample');
  const fr = await createSampleProduct('fr');
  const retro = await duplicateTemplate(must(builtInTemplate(BUILTIN_IDS.retro4L, 'fr')), 'Notre rétro');
  advance(60_000);
  await saveTemplate(retro.id, 'Notre rétro', { ...retro.body, description: 'Version 2' });
  await setDefaultTemplate(fr.id, 'retrospective', retro.id);
  await saveView(en.id, 'My Q3', 'list', 'tag=q3&sort=-score');
  await saveView(fr.id, 'Mon T3', 'board', 'segment=B2B');
  const initiative = must(await db.initiatives.where('productId').equals(en.id).first(), 'initiative');
  const hypothesis = must(await db.hypotheses.where('productId').equals(en.id).first(), 'hypothesis');
  const note = await addFeedback(en.id, { text: 'We need invoices by e-mail.', source: 'sales', person: 'Jo', date: '2026-11-20', tags: ['billing'] }, { create: { name: 'Acme', segment: 'B2B', plan: 'Pro', revenue: 50_000, strategic: true } });
  await linkFeedback(note.id, initiative.id, 'critical', 'invoices by e-mail');
  await linkFeedbackEvidence(note.id, hypothesis.id, 'supports');
  const tables = await readTables();
  for (const table of DATA_TABLES) expect(tables[table].length, table).toBeGreaterThan(0);
  return { en, fr, retro, tables };
}

/** Everything stored: the data tables, the activity log and the snapshots, to check that nothing was written. */
export async function everything() {
  return {
    tables: await readTables(),
    activity: await db.activity.toArray(),
    snapshots: await db.snapshots.toArray(),
    meta: await db.meta.toArray(),
  };
}

/** Empties the data tables, as a browser that lost its data would be. */
export async function wipe() {
  await db.transaction('rw', DATA_TABLES, async () => {
    for (const table of DATA_TABLES) await db.table(table).clear();
  });
}

/** Tables with each one's records in id order, to compare what was written whatever the order given. */
export function byId(tables: BackupTables): BackupTables {
  return Object.fromEntries(DATA_TABLES.map((table) => [table, [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))])) as unknown as BackupTables;
}

/** What Object.prototype holds now, to check that no file added anything to it. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
