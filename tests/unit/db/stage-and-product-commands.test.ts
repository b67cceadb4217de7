import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { closeInitiative, createInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import { createProduct, createSampleProduct, deleteProduct, renameProduct, seedFirstVisit } from '../../../src/db/product-commands';
import { activeInStage, closedInitiatives, liveProducts, liveStages, transitionsOf } from '../../../src/db/queries';
import { addStage, removeStage, renameStage, reorderStage } from '../../../src/db/stage-commands';
import { undo } from '../../../src/db/undo';
import { validName } from '../../../src/db/validate';
import { laneDurations } from '../../../src/domain/history';
import { LANES, type Initiative, type Lane, type Stage } from '../../../src/domain/types';
import { advance, expectCommandError, freshDb, liveCount, makeProduct, must, snapshot, T0, type TestProduct } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

/** A stage's display name: the user's, else its default key. */
const label = (s: Stage) => s.name || s.defaultKey;

async function laneNames(productId: string, lane: Lane) {
  return (await liveStages(productId)).filter((s) => s.lane === lane).map(label);
}

describe('stage commands', () => {
  let p: TestProduct;

  beforeEach(async () => {
    await freshDb();
    p = await makeProduct('P');
    advance(10_000);
  });

  it('starts a product with the default stages of every lane', async () => {
    const stages = await liveStages(p.productId);
    expect(stages.map((s) => `${s.lane}/${s.defaultKey}`)).toEqual([
      'strategy/opportunities',
      'strategy/framing',
      'discovery/exploring',
      'discovery/testing',
      'delivery/ready',
      'delivery/inSprint',
      'delivery/released',
    ]);
    expect(stages.every((s) => s.name === '' && s.productId === p.productId && s.deletedAt === null)).toBe(true);
  });

  describe('addStage', () => {
    it('appends a stage, trimmed, at the end of its lane', async () => {
      const added = await addStage(p.productId, 'discovery', '  Validation  ');
      expect(added).toMatchObject({ productId: p.productId, lane: 'discovery', name: 'Validation', defaultKey: null, deletedAt: null, createdAt: Date.now() });
      expect(await laneNames(p.productId, 'discovery')).toEqual(['exploring', 'testing', 'Validation']);
      // The other lanes and the overall board order are untouched.
      expect((await liveStages(p.productId)).map(label)).toEqual([
        'opportunities',
        'framing',
        'exploring',
        'testing',
        'Validation',
        'ready',
        'inSprint',
        'released',
      ]);
    });

    it('appends after a stage added before it', async () => {
      await addStage(p.productId, 'strategy', 'One');
      advance(1000);
      await addStage(p.productId, 'strategy', 'Two');
      expect(await laneNames(p.productId, 'strategy')).toEqual(['opportunities', 'framing', 'One', 'Two']);
    });

    it('refuses an empty or too long name and writes nothing', async () => {
      const before = await snapshot();
      await expectCommandError(() => addStage(p.productId, 'delivery', '   '), 'nameRequired');
      await expectCommandError(() => addStage(p.productId, 'delivery', 'x'.repeat(201)), 'titleTooLong');
      expect(await snapshot()).toEqual(before);
    });

    it('records one undoable activity entry', async () => {
      const count = await db.activity.count();
      const added = await addStage(p.productId, 'delivery', 'Monitoring');
      expect(await db.activity.count()).toBe(count + 1);
      expect(must(await db.activity.orderBy('id').last())).toMatchObject({ command: 'addStage', productId: p.productId, label: 'Monitoring' });
      await undo(p.productId);
      expect(must(await db.stages.get(added.id)).deletedAt).not.toBeNull();
    });
  });

  describe('renameStage', () => {
    it('renames a stage with a trimmed name', async () => {
      const framing = p.stage('framing');
      const renamed = await renameStage(framing.id, '  Cadrage ');
      expect(renamed).toMatchObject({ id: framing.id, name: 'Cadrage', defaultKey: 'framing', rank: framing.rank, updatedAt: Date.now() });
      expect(await laneNames(p.productId, 'strategy')).toEqual(['opportunities', 'Cadrage']);
    });

    it('refuses an empty name', async () => {
      await expectCommandError(() => renameStage(p.stage('framing').id, ''), 'nameRequired');
      expect(must(await db.stages.get(p.stage('framing').id)).name).toBe('');
    });

    it('refuses a removed stage', async () => {
      const testing = p.stage('testing');
      await removeStage(testing.id);
      await expectCommandError(() => renameStage(testing.id, 'X'), 'stageMissing');
    });
  });

  describe('reorderStage', () => {
    it('moves a stage one place up or down inside its lane', async () => {
      await reorderStage(p.stage('released').id, -1);
      expect(await laneNames(p.productId, 'delivery')).toEqual(['ready', 'released', 'inSprint']);
      await reorderStage(p.stage('released').id, -1);
      expect(await laneNames(p.productId, 'delivery')).toEqual(['released', 'ready', 'inSprint']);
      await reorderStage(p.stage('ready').id, 1);
      expect(await laneNames(p.productId, 'delivery')).toEqual(['released', 'inSprint', 'ready']);
      await reorderStage(p.stage('released').id, 1);
      expect(await laneNames(p.productId, 'delivery')).toEqual(['inSprint', 'released', 'ready']);
    });

    it('never takes a stage out of its lane', async () => {
      await reorderStage(p.stage('exploring').id, 1);
      expect(await laneNames(p.productId, 'discovery')).toEqual(['testing', 'exploring']);
      expect(await laneNames(p.productId, 'strategy')).toEqual(['opportunities', 'framing']);
      expect(await laneNames(p.productId, 'delivery')).toEqual(['ready', 'inSprint', 'released']);
    });

    it('refuses to move past the edges of the lane and writes nothing', async () => {
      const before = await snapshot();
      await expectCommandError(() => reorderStage(p.stage('opportunities').id, -1), 'stageEdge');
      await expectCommandError(() => reorderStage(p.stage('framing').id, 1), 'stageEdge');
      await expectCommandError(() => reorderStage(p.stage('ready').id, -1), 'stageEdge');
      await expectCommandError(() => reorderStage(p.stage('released').id, 1), 'stageEdge');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('removeStage', () => {
    it('refuses a stage that holds active cards, and writes nothing', async () => {
      const exploring = p.stage('exploring');
      await createInitiative(exploring.id, { title: 'Card' });
      const before = await snapshot();
      await expectCommandError(() => removeStage(exploring.id), 'stageNotEmpty');
      expect(await snapshot()).toEqual(before);
    });

    it('allows a stage whose cards are all closed or deleted', async () => {
      const exploring = p.stage('exploring');
      const a = await createInitiative(exploring.id, { title: 'A' });
      const b = await createInitiative(exploring.id, { title: 'B' });
      await closeInitiative(a.id, 'killed', 'no');
      await deleteInitiative(b.id);
      await removeStage(exploring.id);
      expect(await laneNames(p.productId, 'discovery')).toEqual(['testing']);
    });

    it('refuses the last stage of a lane', async () => {
      await removeStage(p.stage('exploring').id);
      const before = await snapshot();
      await expectCommandError(() => removeStage(p.stage('testing').id), 'lastStageOfLane');
      expect(await snapshot()).toEqual(before);
    });

    it('tombstones an empty stage and hides it from liveStages', async () => {
      const inSprint = p.stage('inSprint');
      const removed = await removeStage(inSprint.id);
      expect(removed.deletedAt).toBe(Date.now());
      const stored = must(await db.stages.get(inSprint.id));
      expect(stored).toEqual({ ...inSprint, deletedAt: Date.now(), updatedAt: Date.now() });
      expect(await laneNames(p.productId, 'delivery')).toEqual(['ready', 'released']);
      expect((await liveStages(p.productId)).some((s) => s.id === inSprint.id)).toBe(false);
    });

    it('refuses a stage that is already removed', async () => {
      const inSprint = p.stage('inSprint');
      await removeStage(inSprint.id);
      await expectCommandError(() => removeStage(inSprint.id), 'stageMissing');
    });

    it('cannot add a card to a removed stage', async () => {
      const inSprint = p.stage('inSprint');
      await removeStage(inSprint.id);
      await expectCommandError(() => createInitiative(inSprint.id, { title: 'X' }), 'stageMissing');
    });
  });
});

describe('product commands', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('creates a product with a trimmed name and one activity entry', async () => {
    const product = await createProduct('  Roadmap  ');
    expect(product).toMatchObject({ name: 'Roadmap', isSample: false, createdAt: T0, updatedAt: T0, deletedAt: null });
    expect(await db.products.get(product.id)).toEqual(product);
    expect(await db.activity.count()).toBe(1);
    expect(must(await db.activity.orderBy('id').last())).toMatchObject({ command: 'createProduct', productId: product.id, label: 'Roadmap' });
  });

  it('refuses an empty product name with nameRequired and writes nothing', async () => {
    const error = await expectCommandError(() => createProduct('   '), 'nameRequired');
    expect(error).toBeInstanceOf(CommandError);
    await expectCommandError(() => createProduct('x'.repeat(201)), 'titleTooLong');
    expect(await db.products.count()).toBe(0);
    expect(await db.stages.count()).toBe(0);
    expect(await db.activity.count()).toBe(0);
  });

  it('validName turns schema messages into error codes', async () => {
    expect(await validName(' ok ')).toBe('ok');
    await expect(validName('')).rejects.toBeInstanceOf(CommandError);
    await expectCommandError(() => validName('  '), 'nameRequired');
  });

  it('lists live products in creation order', async () => {
    const a = await createProduct('A');
    advance(1000);
    const b = await createProduct('B');
    advance(1000);
    await createProduct('C');
    expect((await liveProducts()).map((x) => x.name)).toEqual(['A', 'B', 'C']);
    expect(a.createdAt).toBeLessThan(b.createdAt);
  });

  it('renames a product', async () => {
    const product = await createProduct('Old');
    advance(1000);
    const renamed = await renameProduct(product.id, ' New ');
    expect(renamed).toEqual({ ...product, name: 'New', updatedAt: T0 + 1000 });
    expect((await liveProducts()).map((x) => x.name)).toEqual(['New']);
    await expectCommandError(() => renameProduct(product.id, ''), 'nameRequired');
    await expectCommandError(() => renameProduct('nope', 'X'), 'productMissing');
  });

  it('tombstones a deleted product, keeping its stages, and liveProducts hides it', async () => {
    const keep = await createProduct('Keep');
    advance(1000);
    const gone = await createProduct('Gone');
    advance(1000);
    await deleteProduct(gone.id);
    expect(must(await db.products.get(gone.id)).deletedAt).toBe(Date.now());
    expect((await liveProducts()).map((x) => x.id)).toEqual([keep.id]);
    expect(await liveStages(gone.id)).toHaveLength(7);
    await expectCommandError(() => deleteProduct(gone.id), 'productMissing');
    await expectCommandError(() => renameProduct(gone.id, 'Back'), 'productMissing');
  });
});

describe('sample product', () => {
  const DAY = 86_400_000;

  beforeEach(async () => {
    await freshDb();
  });

  async function sampleContents(productId: string) {
    const stages = await liveStages(productId);
    const active: Initiative[] = [];
    for (const s of stages) active.push(...(await activeInStage(s.id)));
    const closed = await closedInitiatives(productId);
    return { stages, active, closed };
  }

  it('seeds the English sample on the first visit, once', async () => {
    const product = must(await seedFirstVisit('en'));
    expect(product).toMatchObject({ name: 'Sample product', isSample: true, deletedAt: null });
    expect((await liveProducts()).map((x) => x.name)).toEqual(['Sample product']);

    const { stages, active, closed } = await sampleContents(product.id);
    expect(stages).toHaveLength(7);
    const lanes = new Set(active.map((i) => i.lane));
    expect([...lanes].sort()).toEqual([...LANES].sort());
    expect(active.length).toBeGreaterThanOrEqual(3);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((i) => i.status !== 'active' && i.closedAt !== null && i.closeReason !== '')).toBe(true);
    // Every card sits in a stage of its own lane.
    for (const i of [...active, ...closed]) {
      expect(must(stages.find((s) => s.id === i.stageId)).lane).toBe(i.lane);
    }

    const before = await snapshot();
    expect(await seedFirstVisit('en')).toBeNull();
    expect(await seedFirstVisit('fr')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('does not seed again after the sample product was deleted', async () => {
    const product = must(await seedFirstVisit('en'));
    await deleteProduct(product.id);
    expect(await seedFirstVisit('en')).toBeNull();
    expect(await liveProducts()).toEqual([]);
  });

  it('seeds the French sample in French', async () => {
    const product = must(await seedFirstVisit('fr'));
    expect(product.name).toBe('Produit exemple');
    expect((await liveProducts()).map((x) => x.name)).toEqual(['Produit exemple']);
  });

  it('gives every sample card a history whose lane durations add up', async () => {
    const product = must(await seedFirstVisit('en'));
    const now = Date.now();
    const { active, closed } = await sampleContents(product.id);
    let throughAllLanes = 0;
    for (const i of [...active, ...closed]) {
      const transitions = await transitionsOf(i.id);
      expect(transitions[0]?.kind, i.title).toBe('create');
      expect(transitions[0]?.at).toBe(i.createdAt);
      const durations = laneDurations(transitions, now);
      const total = durations.strategy + durations.discovery + durations.delivery;
      // Time on the board runs from creation to closing (or to now).
      expect(total, i.title).toBe((i.closedAt ?? now) - i.createdAt);
      if (i.status === 'active') expect(durations[i.lane], i.title).toBeGreaterThan(0);
      else expect(must(transitions.at(-1)).kind).toBe('close');
      if (LANES.every((l) => durations[l] > 0)) throughAllLanes += 1;
    }
    expect(throughAllLanes).toBeGreaterThan(0);

    const twoFactor = must(active.find((i) => i.title === 'Two-factor authentication'));
    expect(laneDurations(await transitionsOf(twoFactor.id), now)).toEqual({
      strategy: 120 * DAY - 95 * DAY,
      discovery: 95 * DAY - 60 * DAY,
      delivery: 60 * DAY,
    });
  });

  it('keeps sample cards in a stable order inside each stage', async () => {
    const product = must(await seedFirstVisit('en'));
    const opportunities = must((await liveStages(product.id)).find((s) => s.defaultKey === 'opportunities'));
    expect((await activeInStage(opportunities.id)).map((i) => i.title)).toEqual(['Self-serve onboarding for small teams', 'Usage-based pricing tier']);
  });

  it('adds the sample product on demand as one undoable command', async () => {
    const product = await createSampleProduct('fr');
    expect(product).toMatchObject({ name: 'Produit exemple', isSample: true });
    expect(await db.activity.count()).toBe(1);
    await undo(product.id);
    expect(await liveCount(db.products)).toBe(0);
    expect(await liveCount(db.initiatives)).toBe(0);
    expect(await db.transitions.count()).toBe(0);
  });
});
