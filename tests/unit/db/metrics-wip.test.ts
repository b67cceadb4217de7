import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { closeInitiative, createInitiative, deleteInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { flowRecords } from '../../../src/db/metrics-queries';
import { removeStage } from '../../../src/db/stage-commands';
import { redo, undo } from '../../../src/db/undo';
import { setWipLimit } from '../../../src/db/wip-commands';
import { advance, expectCommandError, failure, freshDb, makeProduct, snapshot, type TestProduct } from './helpers';

const DAY = 86_400_000;
let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const limitOf = async (stageId: string) => (await db.stages.get(stageId))?.wipLimit;

describe('setWipLimit', () => {
  it('sets and clears a stage’s limit, each an undoable step', async () => {
    const testing = p.stage('testing');
    expect(testing.wipLimit).toBeUndefined();
    const set = await setWipLimit(testing.id, 3);
    expect(set).toMatchObject({ id: testing.id, wipLimit: 3, updatedAt: Date.now() });
    advance(10_000);
    await setWipLimit(testing.id, null);
    expect(await limitOf(testing.id)).toBeNull();
    expect((await db.activity.toArray()).at(-1)).toMatchObject({ command: 'setWipLimit', productId: p.productId });
    await undo(p.productId);
    expect(await limitOf(testing.id)).toBe(3);
    await undo(p.productId);
    expect(await limitOf(testing.id)).toBeUndefined();
    await redo(p.productId);
    expect(await limitOf(testing.id)).toBe(3);
  });

  it('undoes typing moments apart as one step, and writes nothing when the limit is the same', async () => {
    const ready = p.stage('ready');
    await setWipLimit(ready.id, 1);
    advance(500);
    await setWipLimit(ready.id, 12);
    expect((await db.activity.toArray()).filter((a) => a.command === 'setWipLimit')).toHaveLength(1);
    const before = await snapshot();
    advance(10_000);
    await setWipLimit(ready.id, 12);
    expect(await snapshot()).toEqual(before);
    await undo(p.productId);
    expect(await limitOf(ready.id)).toBeUndefined();
  });

  it('refuses anything but a whole number from 1 to 999, next to the field, and writes nothing', async () => {
    const stage = p.stage('framing');
    const before = await snapshot();
    for (const bad of [0, -1, 2.5, 1000, Number.NaN]) {
      const error = await failure(() => setWipLimit(stage.id, bad));
      expect(error, String(bad)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual({ wipLimit: 'metrics.errors.wipLimit' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a removed stage', async () => {
    const stage = p.stage('framing');
    await removeStage(stage.id);
    await expectCommandError(() => setWipLimit(stage.id, 2), 'stageMissing');
    await expectCommandError(() => setWipLimit('nope', 2), 'stageMissing');
  });
});

describe('flowRecords', () => {
  it('reads the product’s stages, its initiatives on the board and closed, and their history; not deleted ones, not another product’s', async () => {
    const other = await makeProduct('Other');
    const a = await createInitiative(p.stage('opportunities').id, { title: 'A' });
    const b = await createInitiative(p.stage('exploring').id, { title: 'B' });
    const c = await createInitiative(p.stage('exploring').id, { title: 'C' });
    await createInitiative(other.stage('opportunities').id, { title: 'elsewhere' });
    advance(DAY);
    await moveInitiative(a.id, p.stage('framing').id, null, null);
    await closeInitiative(b.id, 'killed', 'learnt');
    await deleteInitiative(c.id);
    const records = await flowRecords(p.productId);
    expect(records.stages.map((s) => s.id)).toEqual(p.stages.map((s) => s.id));
    expect(records.initiatives.map((i) => i.title).sort()).toEqual(['A', 'B']);
    expect(records.transitions.map((t) => [t.initiativeId, t.kind])).toEqual(
      expect.arrayContaining([
        [a.id, 'create'],
        [a.id, 'move'],
        [b.id, 'create'],
        [b.id, 'close'],
      ]),
    );
    expect(records.transitions.every((t) => t.productId === p.productId)).toBe(true);
    // Oldest first, as the index returns them.
    expect(records.transitions.map((t) => t.at)).toEqual([...records.transitions.map((t) => t.at)].sort((x, y) => x - y));
  });
});
