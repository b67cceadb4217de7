import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../src/db/backup-export';
import { importBackup } from '../../../src/db/backup-import';
import { readTables } from '../../../src/db/backup-tables';
import { db } from '../../../src/db/db';
import { DATA_TABLES, PRODUCT_TABLES } from '../../../src/domain/tables';
import { version } from '../../../package.json';
import { BACKUP_SCHEMA_VERSION, backupToText, type BackupFile } from '../../../src/domain/backup/format';
import { parseBackup } from '../../../src/domain/backup/parse';
import { byId, everything, fillDatabase, wipe } from './backup-helpers';
import { freshDb, T0 } from './helpers';

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

function readBack(file: BackupFile): BackupFile {
  const parsed = parseBackup(backupToText(file));
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
  return parsed.backup;
}

function readBackProblem(file: unknown) {
  const parsed = parseBackup(JSON.stringify(file));
  return parsed.ok ? null : parsed.problem;
}

/** The tables schema version 5 added. */
const FEEDBACK_TABLES = ['accounts', 'feedback', 'feedbackLinks'] as const;

describe('the backup format', () => {
  it('covers every user-data table of the database, at its schema version', () => {
    // The registry and the Dexie stores: a table in one and not the other would never be backed up or restored.
    const local = ['activity', 'meta', 'shares', 'snapshotData', 'snapshots', 'syncOutbox'];
    expect(db.tables.map((table) => table.name).filter((name) => !local.includes(name)).sort()).toEqual([...DATA_TABLES].sort());
    expect(BACKUP_SCHEMA_VERSION).toBe(db.verno);
  });

  it('names the format, versions and date', async () => {
    await fillDatabase();
    const file = await exportBackup(null);
    expect(file).toMatchObject({
      format: 'product-lifecycle-board/backup',
      schemaVersion: BACKUP_SCHEMA_VERSION,
      appVersion: version,
      exportedAt: new Date(T0 + 60_000).toISOString(),
      scope: { kind: 'all' },
    });
  });
});

describe('export, wipe, import', () => {
  it('brings back every record of every table, deep-equal', async () => {
    const { tables: before } = await fillDatabase();
    const file = readBack(await exportBackup(null));
    await wipe();
    const result = await importBackup(file, 'replace');
    expect(result.ok).toBe(true);
    expect(await readTables()).toEqual(before);
  });

  it('brings back one product whole, its team template with it, and leaves the other product alone', async () => {
    const { fr, en, retro } = await fillDatabase();
    const file = readBack(await exportBackup(fr.id));
    expect(file.scope).toEqual({ kind: 'product', productId: fr.id, productName: fr.name });
    expect(file.tables.products.map((p) => p.id)).toEqual([fr.id]);
    expect(file.tables.templates.map((t) => t.id)).toEqual([retro.id]);
    expect(file.tables.templateVersions.map((v) => v.version).sort()).toEqual([1, 2]);
    for (const table of DATA_TABLES) {
      for (const row of file.tables[table] as { productId?: string }[]) if (row.productId !== undefined) expect(row.productId).toBe(fr.id);
    }
    const before = await readTables();

    // The French product is lost: every one of its records removed.
    await db.transaction('rw', DATA_TABLES, async () => {
      await db.products.delete(fr.id);
      for (const table of PRODUCT_TABLES) await db.table(table).filter((row: { productId: string }) => row.productId === fr.id).delete();
    });
    expect((await readTables()).products.map((p) => p.id)).toEqual([en.id]);

    const result = await importBackup(file, 'replace');
    expect(result.ok).toBe(true);
    expect(byId(await readTables())).toEqual(byId(before));
  });

  it('reads a file of an older schema version: the tables it lacks are empty', async () => {
    const { tables } = await fillDatabase();
    const v1 = {
      format: 'product-lifecycle-board/backup',
      schemaVersion: 1,
      appVersion: '0.0.9',
      exportedAt: new Date(T0).toISOString(),
      scope: { kind: 'all' },
      tables: Object.fromEntries(DATA_TABLES.filter((t) => !(['stories', 'sprints', 'ritualRuns', 'actionItems', 'objectives', 'savedViews', ...FEEDBACK_TABLES] as string[]).includes(t)).map((t) => [t, tables[t]])),
    };
    v1.tables.evidence = tables.evidence.filter((e) => e.feedbackId === undefined);
    // A v1 database knew nothing of objectives or outcomes.
    v1.tables.initiatives = tables.initiatives.map(({ objectiveId: _o, keyResultId: _k, score: _s, outcome: _out, followUpOf: _f, ...rest }) => rest);
    v1.tables.products = tables.products.map(({ cadence: _c, vision: _v, segments: _s, valueProposition: _vp, competitors: _cp, northStar: _n, scoring: _sc, ...rest }) => rest);
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok && parsed.backup.tables.stories).toEqual([]);
    expect(parsed.ok && parsed.backup.tables.initiatives.length).toBe(tables.initiatives.length);
  });

  it('imports a file of version 3, written before saved views, whole', async () => {
    const { tables } = await fillDatabase();
    const file = JSON.parse(backupToText(await exportBackup(null))) as { schemaVersion: number; tables: Partial<BackupFile['tables']> };
    file.schemaVersion = 3;
    delete file.tables.savedViews;
    for (const table of FEEDBACK_TABLES) delete file.tables[table];
    file.tables.evidence = file.tables.evidence!.filter((e) => e.feedbackId === undefined);
    const v3 = readBack(file as BackupFile);
    expect(v3.tables.savedViews).toEqual([]);
    await wipe();
    expect((await importBackup(v3, 'replace')).ok).toBe(true);
    const after = await readTables();
    const withoutV4 = (t: BackupFile['tables']) => byId({ ...t, savedViews: [], accounts: [], feedback: [], feedbackLinks: [], evidence: t.evidence.filter((e) => e.feedbackId === undefined) });
    expect(withoutV4(after)).toEqual(withoutV4(tables));
    expect(after.savedViews).toEqual([]);
  });

  it('imports a file of version 4, written before feedback, whole; a v4 file may not hold feedback', async () => {
    const { tables } = await fillDatabase();
    const file = JSON.parse(backupToText(await exportBackup(null))) as { schemaVersion: number; tables: Partial<BackupFile['tables']> };
    file.schemaVersion = 4;
    expect(readBackProblem(file)).toEqual({ code: 'unknownTable', table: 'accounts' });
    for (const table of FEEDBACK_TABLES) delete file.tables[table];
    file.tables.evidence = file.tables.evidence!.filter((e) => e.feedbackId === undefined);
    const v4 = readBack(file as BackupFile);
    await wipe();
    expect((await importBackup(v4, 'replace')).ok).toBe(true);
    const after = await readTables();
    expect(after.feedback).toEqual([]);
    expect(after.savedViews.length).toBe(tables.savedViews.length);
  });

  it('keeps what was here when the file is refused', async () => {
    await fillDatabase();
    const before = await everything();
    const file = await exportBackup(null);
    const newer = BACKUP_SCHEMA_VERSION + 1;
    const text = backupToText(file).replace(`"schemaVersion":${BACKUP_SCHEMA_VERSION}`, `"schemaVersion":${newer}`);
    expect(parseBackup(text)).toEqual({ ok: false, problem: { code: 'newerVersion', version: newer } });
    expect(await everything()).toEqual(before);
  });
});
