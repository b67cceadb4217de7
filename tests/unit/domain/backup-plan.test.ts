import { describe, expect, it } from 'vitest';
import { emptyTables, type BackupFile, type BackupTables } from '../../../src/domain/backup/format';
import { planImport, type ImportMode, type ImportPlan } from '../../../src/domain/backup/plan';
import { smallBackup, smallTables } from './backup-fixture';

function plan(file: BackupFile, current: BackupTables, mode: ImportMode): ImportPlan {
  const planned = planImport(file, current, mode);
  if (!planned.ok) throw new Error(JSON.stringify(planned.problem));
  return planned.plan;
}

const counts = ({ added, updated, kept, removed }: ImportPlan) => ({ added, updated, kept, removed });
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
const total = (tables: BackupTables) => Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);

/** A second product with one stage, to sit beside the file's. */
function withOtherProduct(tables: BackupTables): BackupTables {
  return {
    ...tables,
    products: [...tables.products, { ...tables.products[0]!, id: 'product-2', name: 'Mobile' }],
    stages: [...tables.stages, { ...tables.stages[0]!, id: 'stage-9', productId: 'product-2' }],
  };
}

describe('merge', () => {
  it('adds every record to an empty database', () => {
    const file = smallBackup();
    const result = plan(file, emptyTables(), 'merge');
    expect(counts(result)).toEqual({ added: total(file.tables), updated: 0, kept: 0, removed: 0 });
    expect(result.put).toEqual(file.tables);
  });

  it('keeps what is here when it is as new: the same file twice changes nothing', () => {
    const file = smallBackup();
    const result = plan(file, smallTables(), 'merge');
    expect(counts(result)).toEqual({ added: 0, updated: 0, kept: total(file.tables), removed: 0 });
    expect(total(result.put)).toBe(0);
  });

  it('updates a record when the file changed it later, keeps it when this copy is newer', () => {
    const here = smallTables();
    const tables = smallTables();
    tables.initiatives[0] = { ...tables.initiatives[0]!, title: 'From the file', updatedAt: tables.initiatives[0]!.updatedAt + 1 };
    here.stories[0] = { ...here.stories[0]!, iWant: 'Edited here', updatedAt: here.stories[0]!.updatedAt + 1 };
    tables.stories[0] = { ...tables.stories[0]!, iWant: 'Older in the file' };
    // History entries never change once written: a different copy with the same id is kept as is.
    tables.transitions[0] = { ...tables.transitions[0]!, reason: 'rewritten' };
    tables.transitions.push({ ...tables.transitions[1]!, id: 'transition-3' });

    const result = plan(smallBackup(tables), here, 'merge');
    expect(counts(result)).toEqual({ added: 1, updated: 1, kept: total(tables) - 2, removed: 0 });
    expect(result.put.initiatives).toEqual([tables.initiatives[0]]);
    expect(ids(result.put.transitions)).toEqual(['transition-3']);
    expect(result.put.stories).toEqual([]);
  });

  it('leaves the records the file does not have', () => {
    const result = plan(smallBackup(), withOtherProduct(smallTables()), 'merge');
    expect(result.removed).toBe(0);
    expect(Object.values(result.remove).flat()).toEqual([]);
  });
});

describe('replace', () => {
  it('a whole-database file removes what it does not have', () => {
    const here = withOtherProduct(smallTables());
    const result = plan(smallBackup(), here, 'replace');
    expect(counts(result)).toEqual({ added: 0, updated: total(smallTables()), kept: 0, removed: 2 });
    expect(result.remove.products).toEqual(['product-2']);
    expect(result.remove.stages).toEqual(['stage-9']);
    expect(result.put).toEqual(smallTables());
  });

  it('a product file replaces that product only, and merges the templates it carries', () => {
    const here = withOtherProduct(smallTables());
    here.stages.push({ ...here.stages[0]!, id: 'stage-extra' });
    here.templates.push({ ...here.templates[0]!, id: 'template-2' });
    const tables = smallTables();
    tables.templates[0] = { ...tables.templates[0]!, name: 'Older name', updatedAt: 0 };
    const file: BackupFile = { ...smallBackup(tables), scope: { kind: 'product', productId: 'product-1', productName: 'Checkout' } };

    const result = plan(file, here, 'replace');
    expect(result.remove.stages).toEqual(['stage-extra']);
    expect(result.remove.products).toEqual([]);
    expect(result.remove.templates).toEqual([]);
    // The template here is newer: kept; its version exists: kept.
    expect(result.put.templates).toEqual([]);
    expect(result.put.templateVersions).toEqual([]);
    expect(counts(result)).toEqual({ added: 0, updated: total(tables) - 2, kept: 2, removed: 1 });
  });

  it('a product file adds the product when this browser lacks it', () => {
    const file: BackupFile = { ...smallBackup(), scope: { kind: 'product', productId: 'product-1', productName: 'Checkout' } };
    const result = plan(file, emptyTables(), 'replace');
    expect(counts(result)).toEqual({ added: total(file.tables), updated: 0, kept: 0, removed: 0 });
  });
});

describe('conflicts', () => {
  it('refuses a record that exists here under another product, in both modes', () => {
    const here = withOtherProduct(emptyTables());
    const tables = smallTables();
    tables.stages[0] = { ...tables.stages[0]!, id: 'stage-9' };
    tables.initiatives[0] = { ...tables.initiatives[0]!, stageId: 'stage-9' };
    for (const mode of ['merge', 'replace'] as const) {
      const file: BackupFile = { ...smallBackup(tables), scope: { kind: 'product', productId: 'product-1', productName: 'Checkout' } };
      expect(planImport(file, here, mode)).toEqual({ ok: false, problem: { code: 'conflict', table: 'stages', id: 'stage-9' } });
    }
    // Replacing everything has nothing to conflict with.
    expect(planImport(smallBackup(tables), here, 'replace').ok).toBe(true);
  });
});
