import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { closeInitiative, createInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { createObjective, linkInitiative } from '../../../src/db/objective-commands';
import { setHorizon } from '../../../src/db/roadmap-commands';
import { matrixOf, roadmapOf } from '../../../src/db/roadmap-queries';
import { scoreInitiative } from '../../../src/db/score-commands';
import { undo } from '../../../src/db/undo';
import type { Horizon } from '../../../src/domain/strategy/types';
import { advance, expectCommandError, freshDb, makeProduct, snapshot, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

/** Each horizon's initiative titles, by group. */
async function horizons() {
  const roadmap = await roadmapOf(p.productId);
  return Object.fromEntries(roadmap!.horizons.map((h) => [h.horizon, h.groups.map((g) => [g.objective?.title ?? null, g.items.map((i) => i.title)])]));
}

describe('the roadmap’s horizons', () => {
  it('follow the board until the user moves an initiative, which then stays put; undo brings it back', async () => {
    const idea = await createInitiative(p.stage('opportunities').id, { title: 'Idea' });
    await createInitiative(p.stage('ready').id, { title: 'Building' });
    const objective = await createObjective(p.productId, { title: 'Grow', period: { kind: 'quarter', year: 2025, quarter: 1 } });
    await linkInitiative(idea.id, objective.id, null);
    expect(await horizons()).toEqual({ released: [], now: [[null, ['Building']]], next: [], later: [['Grow', ['Idea']]] });

    const before = await snapshot();
    await setHorizon(idea.id, 'now');
    expect(await horizons()).toEqual({ released: [], now: [['Grow', ['Idea']], [null, ['Building']]], next: [], later: [] });
    const activity = (await db.activity.toArray()).at(-1)!;
    expect(activity).toMatchObject({ command: 'setHorizon', label: 'Idea', productId: p.productId });

    // Moving it on the board leaves it where the user put it.
    await moveInitiative(idea.id, p.stage('exploring').id, null, null);
    expect((await horizons()).now).toEqual([['Grow', ['Idea']], [null, ['Building']]]);

    await undo(p.productId);
    await undo(p.productId);
    expect(await snapshot()).toEqual({ ...before, activity: expect.any(Array) });
  });

  it('goes back to following the lane with null, and writes nothing when unchanged', async () => {
    const idea = await createInitiative(p.stage('exploring').id, { title: 'Idea' });
    await setHorizon(idea.id, 'later');
    expect((await db.initiatives.get(idea.id))?.horizon).toBe('later');
    const unchanged = await snapshot();
    await setHorizon(idea.id, 'later');
    expect(await snapshot()).toEqual(unchanged);
    await setHorizon(idea.id, null);
    expect((await db.initiatives.get(idea.id))?.horizon).toBeNull();
    expect((await horizons()).next).toEqual([[null, ['Idea']]]);
  });

  it('refuses a horizon that is not one, a closed initiative and a missing one, writing nothing', async () => {
    const idea = await createInitiative(p.stage('exploring').id, { title: 'Idea' });
    await closeInitiative(idea.id, 'parked', 'Later');
    const before = await snapshot();
    await expectCommandError(() => setHorizon(idea.id, 'soon' as Horizon), 'valueInvalid');
    await expectCommandError(() => setHorizon(idea.id, 'now'), 'move.closed');
    await expectCommandError(() => setHorizon('missing', 'now'), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the matrix read', () => {
  it('places the product’s scored active initiatives and lists the others in board order', async () => {
    const a = await createInitiative(p.stage('opportunities').id, { title: 'A' });
    const b = await createInitiative(p.stage('exploring').id, { title: 'B' });
    await createInitiative(p.stage('framing').id, { title: 'Unscored' });
    const closed = await createInitiative(p.stage('framing').id, { title: 'Closed' });
    await scoreInitiative(a.id, 'rice', { reach: 100, impact: 1, confidence: 100, effort: 1 });
    await scoreInitiative(b.id, 'rice', { reach: 10, impact: 1, confidence: 100, effort: 5 });
    await scoreInitiative(closed.id, 'rice', { reach: 10, impact: 1, confidence: 100, effort: 5 });
    await closeInitiative(closed.id, 'killed', 'No');
    const view = await matrixOf(p.productId);
    expect(view?.matrix.points.map((pt) => [pt.item.title, pt.quadrant])).toEqual([
      ['A', 'quickWins'],
      ['B', 'moneyPit'],
    ]);
    expect(view?.matrix.unscored.map((i) => i.title)).toEqual(['Unscored']);
  });
});
