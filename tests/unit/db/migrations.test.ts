import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createBoardDB } from '../../../src/db/db';

/**
 * Schema upgrades, from a fixture database of each released version. Each fixture was dumped once
 * from a database of its version holding the first-visit sample and a few commands (activity, a
 * custom template with two versions, …); it is never regenerated. A new version adds its fixture
 * and its frozen stores below.
 */

const NAME = 'migration-test';

/** Version 1 exactly as released, frozen here: the app's schema may only add versions after it. */
const V1_STORES = {
  products: 'id, createdAt',
  stages: 'id, productId',
  initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt',
  transitions: 'id, initiativeId, [productId+at]',
  hypotheses: 'id, initiativeId, productId',
  experiments: 'id, hypothesisId, initiativeId',
  interviews: 'id, productId, initiativeId',
  evidence: 'id, hypothesisId, interviewId',
  statusChanges: 'id, subjectId',
  templates: 'id, family',
  templateVersions: 'id, [templateId+version]',
  activity: '++id, [productId+state], at',
  meta: 'key',
};

/** Version 2 exactly as released: Delivery, Strategy and local snapshots; initiatives gain an index. */
const V2_STORES = {
  stories: 'id, initiativeId, productId, sprintId',
  sprints: 'id, productId',
  ritualRuns: 'id, productId, sprintId',
  actionItems: 'id, productId, runId',
  objectives: 'id, productId',
  initiatives: 'id, [productId+status], [stageId+status+rank], updatedAt, objectiveId',
  snapshots: 'id, at',
  snapshotData: 'id, snapshotId',
};

type Row = Record<string, unknown>;
// Read as data rather than imported: TypeScript would infer a type for every record of it.
const fixture = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/db-v1.json'), 'utf8')) as { version: number; tables: Record<string, Row[]> };
const tables = fixture.tables;

async function writeV1() {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await v1.table(name).bulkAdd(rows);
  });
  v1.close();
}

/** The primary key of a row of a table, as the v1 schema names it. */
function keyOf(table: string, row: Row): unknown {
  return table === 'meta' ? row.key : table === 'shares' ? row.productId : row.id;
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('the v1 fixture', () => {
  it('holds realistic records in every v1 table', () => {
    expect(Object.keys(tables).sort()).toEqual(Object.keys(V1_STORES).sort());
    for (const [name, rows] of Object.entries(tables)) expect(rows.length, name).toBeGreaterThan(0);
  });
});

describe('opening a v1 database with the current schema', () => {
  it('finds every record of every table, unchanged', async () => {
    await writeV1();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      expect(current.verno).toBeGreaterThan(1);
      for (const [name, rows] of Object.entries(tables)) {
        const stored = await current.table(name).toArray();
        expect(stored.length, name).toBe(rows.length);
        for (const row of rows) expect(await current.table(name).get(keyOf(name, row) as string), `${name} ${String(keyOf(name, row))}`).toEqual(row);
      }
      // Version 2 adds the Delivery tables, empty.
      for (const name of ['stories', 'sprints', 'ritualRuns', 'actionItems']) expect(await current.table(name).count(), name).toBe(0);
    } finally {
      current.close();
    }
  });

  it('answers the v1 indexes the app queries', async () => {
    await writeV1();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      const product = tables.products![0]!;
      const stages = await current.stages.where('productId').equals(product.id as string).count();
      expect(stages).toBe(tables.stages!.length);
      const active = await current.initiatives.where('[productId+status]').equals([product.id as string, 'active']).count();
      expect(active).toBe(tables.initiatives!.filter((i) => i.status === 'active').length);
      const done = await current.activity.where('[productId+state]').equals([product.id as string, 'done']).count();
      expect(done).toBe(tables.activity!.filter((a) => a.productId === product.id && a.state === 'done').length);
    } finally {
      current.close();
    }
  });
});

const fixtureV2 = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/db-v2.json'), 'utf8')) as { version: number; tables: Record<string, Row[]> };

describe('opening a v2 database with the current schema', () => {
  it('has a fixture with records in every v2 table', () => {
    expect(Object.keys(fixtureV2.tables).sort()).toEqual([...new Set([...Object.keys(V1_STORES), ...Object.keys(V2_STORES)])].sort());
    for (const [name, rows] of Object.entries(fixtureV2.tables)) expect(rows.length, name).toBeGreaterThan(0);
  });

  it('finds every record of every table, unchanged', async () => {
    const v2 = new Dexie(NAME);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    await v2.transaction('rw', v2.tables, async () => {
      for (const [name, rows] of Object.entries(fixtureV2.tables)) await v2.table(name).bulkAdd(rows);
    });
    v2.close();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      expect(current.verno).toBeGreaterThanOrEqual(2);
      for (const [name, rows] of Object.entries(fixtureV2.tables)) {
        expect(await current.table(name).count(), name).toBe(rows.length);
        for (const row of rows) expect(await current.table(name).get(keyOf(name, row) as string), `${name} ${String(keyOf(name, row))}`).toEqual(row);
      }
      const sprint = fixtureV2.tables.sprints!.find((s) => s.status === 'active')!;
      expect(await current.stories.where('sprintId').equals(sprint.id as string).count()).toBe(fixtureV2.tables.stories!.filter((s) => s.sprintId === sprint.id).length);
    } finally {
      current.close();
    }
  });
});

/** Version 3 exactly as released: team sync's memberships and outbox. */
const V3_STORES = {
  shares: 'productId',
  syncOutbox: '++id, productId',
};

/** Version 4 exactly as released: saved views. */
const V4_STORES = {
  savedViews: 'id, productId',
};

const V5_STORES = {
  accounts: 'id, productId',
  feedback: 'id, productId, accountId',
  feedbackLinks: 'id, productId, feedbackId, initiativeId',
  evidence: 'id, hypothesisId, interviewId, feedbackId',
};

const fixtureV3 = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/db-v3.json'), 'utf8')) as { version: number; tables: Record<string, Row[]> };

describe('opening a v3 database with the current schema', () => {
  it('finds every record of every table, unchanged, shared products and signed records included', async () => {
    expect(Object.keys(fixtureV3.tables).sort()).toEqual([...new Set([...Object.keys(V1_STORES), ...Object.keys(V2_STORES), ...Object.keys(V3_STORES)])].sort());
    const v3 = new Dexie(NAME);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    await v3.transaction('rw', v3.tables, async () => {
      for (const [name, rows] of Object.entries(fixtureV3.tables)) await v3.table(name).bulkAdd(rows);
    });
    v3.close();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      for (const [name, rows] of Object.entries(fixtureV3.tables)) {
        expect(await current.table(name).count(), name).toBe(rows.length);
        for (const row of rows) expect(await current.table(name).get(keyOf(name, row) as string), `${name} ${String(keyOf(name, row))}`).toEqual(row);
      }
    } finally {
      current.close();
    }
  });

  it('upgrades to v4: saved views start empty and are found by product', async () => {
    const v3 = new Dexie(NAME);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    await v3.table('products').bulkAdd(fixtureV3.tables.products!);
    v3.close();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(5);
      for (const [name, spec] of Object.entries(V4_STORES)) {
        const { primKey, indexes } = current.table(name).schema;
        expect([primKey, ...indexes].map((index) => index.src).join(', '), name).toBe(spec);
      }
      expect(await current.savedViews.count()).toBe(0);
      const productId = fixtureV3.tables.products![0]!.id as string;
      await current.savedViews.add({ id: 'view-1', productId, name: 'My Q3', view: 'board', query: 'tag=q3', createdAt: 1, updatedAt: 1, deletedAt: null });
      expect(await current.savedViews.where('productId').equals(productId).primaryKeys()).toEqual(['view-1']);
      expect(await current.products.count()).toBe(fixtureV3.tables.products!.length);
    } finally {
      current.close();
    }
  });

  it('upgrades v4 to v5: feedback starts empty, and the interviews’ evidence is kept and found by feedback note', async () => {
    const v4 = new Dexie(NAME);
    v4.version(1).stores(V1_STORES);
    v4.version(2).stores(V2_STORES);
    v4.version(3).stores(V3_STORES);
    v4.version(4).stores(V4_STORES);
    await v4.open();
    await v4.table('products').bulkAdd(fixtureV3.tables.products!);
    await v4.table('evidence').bulkAdd(fixtureV3.tables.evidence ?? []);
    v4.close();
    const current = createBoardDB(NAME);
    await current.open();
    try {
      for (const [name, spec] of Object.entries(V5_STORES)) {
        const { primKey, indexes } = current.table(name).schema;
        expect([primKey, ...indexes].map((index) => index.src).join(', '), name).toBe(spec);
      }
      expect(await current.feedback.count()).toBe(0);
      expect(await current.evidence.count()).toBe((fixtureV3.tables.evidence ?? []).length);
      const productId = fixtureV3.tables.products![0]!.id as string;
      await current.evidence.add({ id: 'evidence-f', productId, hypothesisId: 'h', interviewId: '', feedbackId: 'note-1', stance: 'supports', excerpt: 'x', createdAt: 1, deletedAt: null });
      expect(await current.evidence.where('feedbackId').equals('note-1').primaryKeys()).toEqual(['evidence-f']);
    } finally {
      current.close();
    }
  });
});
