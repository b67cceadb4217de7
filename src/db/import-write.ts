import type { Snapshot } from '../domain/backup/snapshot';
import { buildImport, type ImportChoices, type ImportCounts, type ImportWords } from '../domain/import/mapping';
import type { ImportSource } from '../domain/import/source';
import type { Product, Stage } from '../domain/types';
import { readTables } from './backup-tables';
import { CommandError, newId, runRecordedCommand } from './command';
import { requireLive } from './command-guards';
import { newProductRecords } from './product-records';
import { activeInStage, liveStages } from './queries';
import { activityMark, storeSnapshot } from './snapshot-store';
import { validName } from './validate';

/** Where the cards go: a product that exists, or a new one (its records made beforehand, so the dialog can offer its stages). */
export type ImportDestination = { kind: 'existing'; productId: string } | { kind: 'new'; product: Product; stages: Stage[] };

/** A new product for an import, with the default stages, named as the user chose (checked on import). */
export function newImportProduct(name: string): Extract<ImportDestination, { kind: 'new' }> {
  const { product, stages } = newProductRecords(name, Date.now());
  return { kind: 'new', product, stages };
}

export interface ImportDone {
  productId: string;
  counts: ImportCounts;
  /** The state before, kept as a snapshot too, in case. */
  before: Snapshot;
  /** The import's entry in the activity log: reverting it removes what the import added, and only that. */
  entryId: number;
}

/** The tables an import or a restore also writes: it keeps a snapshot of the state before. */
export const SNAPSHOT_TABLES = ['snapshots', 'snapshotData'] as const;

/** The product the cards go to, its stages, and the last card of each (imported cards come after it). */
async function target(destination: ImportDestination, newName: string, now: number) {
  if (destination.kind === 'new') {
    const stages = destination.stages.map((s) => ({ ...s, createdAt: now, updatedAt: now }));
    return { product: { ...destination.product, name: newName, createdAt: now, updatedAt: now }, stages, isNew: true, tails: new Map<string, string>() };
  }
  const product = await requireLive('products', destination.productId, 'productMissing');
  const stages = await liveStages(product.id);
  const tails = new Map<string, string>();
  for (const stage of stages) {
    const last = (await activeInStage(stage.id)).at(-1);
    if (last) tails.set(stage.id, last.rank);
  }
  return { product, stages, isNew: false, tails };
}

/**
 * Imports the cards of a Trello board or Jira export as initiatives, as one command: all of them
 * land, or none, recorded in the activity log like any other change, so Undo removes them (and
 * only them) and the history before stays. A snapshot of the state before is kept as well.
 */
export async function importCards(source: ImportSource, choices: ImportChoices, destination: ImportDestination, words: ImportWords): Promise<ImportDone> {
  const name = destination.kind === 'new' ? await validName(destination.product.name) : '';
  const { value, entryId } = await runRecordedCommand(
    'importCards',
    async (w) => {
      const now = Date.now();
      const into = await target(destination, name, now);
      const stageIds = new Set(into.stages.map((s) => s.id));
      for (const group of source.groups) {
        const stageId = choices.stageOf.get(group.key);
        if (stageId === undefined || !stageIds.has(stageId)) throw new CommandError('stageMissing');
      }
      const built = buildImport(source, choices, into, words, now, newId);
      const before = await storeSnapshot('beforeImport', await readTables(), await activityMark());
      w.scope(built.product.id, built.product.name);
      // An existing product is written back as read in this transaction (unchanged, so not recorded as a change).
      await w.putMany('products', [built.product]);
      await w.putMany('stages', built.stages);
      await w.putMany('initiatives', built.initiatives);
      await w.putMany('transitions', built.transitions);
      return { productId: built.product.id, counts: built.counts, before };
    },
    { alsoTables: SNAPSHOT_TABLES },
  );
  return { ...value, entryId: entryId! };
}
