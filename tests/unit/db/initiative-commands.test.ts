import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import {
  closeInitiative,
  createInitiative,
  deleteInitiative,
  editInitiative,
  moveInitiative,
  moveInitiativeToEdge,
  reopenInitiative,
} from '../../../src/db/initiative-commands';
import { removeStage } from '../../../src/db/stage-commands';
import { activeCountsByStage, activeInStage, closedInitiatives, liveInitiative, transitionsOf } from '../../../src/db/queries';
import { laneDurations } from '../../../src/domain/history';
import type { Initiative } from '../../../src/domain/types';
import { vi } from 'vitest';
import { advance, expectCommandError, failure, freshDb, makeProduct, must, snapshot, T0, type TestProduct } from './helpers';

const HOUR = 3_600_000;

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct('P');
});

afterEach(() => {
  vi.useRealTimers();
});

const titles = (cards: readonly Initiative[]) => cards.map((c) => c.title);

async function titlesIn(stageId: string) {
  return titles(await activeInStage(stageId));
}

/** Three cards A, B, C in Opportunities, one clock second apart. */
async function threeCards() {
  const stageId = p.stage('opportunities').id;
  const a = await createInitiative(stageId, { title: 'A' });
  advance(1000);
  const b = await createInitiative(stageId, { title: 'B' });
  advance(1000);
  const c = await createInitiative(stageId, { title: 'C' });
  advance(1000);
  return { stageId, a, b, c };
}

describe('createInitiative', () => {
  it('refuses an empty title with a ValidationError and writes nothing', async () => {
    const before = await snapshot();
    const error = await failure(() => createInitiative(p.stage('framing').id, { title: '   ' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.title).toBe('errors.titleRequired');
    expect((error as ValidationError).code).toBe('invalid');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a missing or deleted stage and writes nothing', async () => {
    const before = await snapshot();
    await expectCommandError(() => createInitiative('no-such-stage', { title: 'X' }), 'stageMissing');
    expect(await snapshot()).toEqual(before);
  });

  it('stores a card with defaults, trimmed title, in the stage lane', async () => {
    const stage = p.stage('exploring');
    const created = await createInitiative(stage.id, { title: '  Dark mode ', tags: ['ui'], segment: 'B2C', owner: ' Léa ' });
    const stored = must(await db.initiatives.get(created.id));
    expect(stored).toEqual(created);
    expect(stored).toMatchObject({
      productId: p.productId,
      stageId: stage.id,
      lane: 'discovery',
      title: 'Dark mode',
      summary: '',
      problem: '',
      owner: 'Léa',
      tags: ['ui'],
      segment: 'B2C',
      status: 'active',
      closeReason: '',
      closedAt: null,
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
    });
  });

  it('appends each new card at the bottom of its stage by default', async () => {
    const { stageId } = await threeCards();
    expect(await titlesIn(stageId)).toEqual(['A', 'B', 'C']);
  });

  it('puts a card at the top when asked', async () => {
    const { stageId } = await threeCards();
    await createInitiative(stageId, { title: 'Top' }, 'top');
    expect(await titlesIn(stageId)).toEqual(['Top', 'A', 'B', 'C']);
  });

  it('records a create transition into the stage', async () => {
    const stage = p.stage('ready');
    const created = await createInitiative(stage.id, { title: 'X' });
    const transitions = await transitionsOf(created.id);
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({
      productId: p.productId,
      initiativeId: created.id,
      kind: 'create',
      at: T0,
      fromStageId: null,
      fromLane: null,
      toStageId: stage.id,
      toLane: 'delivery',
      status: 'active',
    });
  });

  it('records one activity entry scoped to the product and named by the title', async () => {
    const countBefore = await db.activity.count();
    const created = await createInitiative(p.stage('framing').id, { title: 'Pricing' });
    expect(await db.activity.count()).toBe(countBefore + 1);
    const entry = must(await db.activity.orderBy('id').last());
    expect(entry).toMatchObject({ command: 'createInitiative', productId: p.productId, label: 'Pricing', state: 'done', at: T0 });
    const keys = entry.changes.map((c) => `${c.table}:${String(c.before === undefined)}`).sort();
    expect(keys).toEqual(['initiatives:true', 'transitions:true']);
    expect(entry.changes.find((c) => c.table === 'initiatives')?.after).toEqual(created);
  });
});

describe('editInitiative', () => {
  it('saves the new fields and the update time', async () => {
    const { a } = await threeCards();
    const edited = await editInitiative(a.id, { title: 'A2', summary: 'sum', problem: 'pb', owner: 'Hugo', tags: ['x'], segment: 'B2B' });
    expect(must(await db.initiatives.get(a.id))).toEqual({
      ...a,
      title: 'A2',
      summary: 'sum',
      problem: 'pb',
      owner: 'Hugo',
      tags: ['x'],
      segment: 'B2B',
      updatedAt: T0 + 3000,
    });
    expect(edited.title).toBe('A2');
  });

  it('writes only the fields given: a field another tab changed meanwhile keeps its change', async () => {
    const { a } = await threeCards();
    await editInitiative(a.id, { summary: 'typed in tab A' });
    await editInitiative(a.id, { problem: 'typed in tab B', tags: ['x'] });
    expect(must(await db.initiatives.get(a.id))).toMatchObject({ title: 'A', summary: 'typed in tab A', problem: 'typed in tab B', tags: ['x'] });
    const error = await failure(() => editInitiative(a.id, { owner: 'o'.repeat(201) }));
    expect((error as ValidationError).fields).toEqual({ owner: 'errors.textTooLong' });
  });

  it('writes nothing, not even the activity log, for a save that changes nothing', async () => {
    const { a } = await threeCards();
    const before = await snapshot();
    await editInitiative(a.id, { title: 'A', summary: '' });
    await editInitiative(a.id, {});
    expect(await snapshot()).toEqual(before);
  });

  it('does not move the card or add a transition', async () => {
    const { a, stageId } = await threeCards();
    await editInitiative(a.id, { title: 'A2' });
    expect(await titlesIn(stageId)).toEqual(['A2', 'B', 'C']);
    expect(await transitionsOf(a.id)).toHaveLength(1);
  });

  it('refuses an invalid draft and writes nothing', async () => {
    const { a } = await threeCards();
    const before = await snapshot();
    const error = await failure(() => editInitiative(a.id, { title: '' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ title: 'errors.titleRequired' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a deleted initiative', async () => {
    const { a } = await threeCards();
    await deleteInitiative(a.id);
    await expectCommandError(() => editInitiative(a.id, { title: 'zombie' }), 'initiativeMissing');
  });

  it('coalesces two quick edits of the same card into one activity entry', async () => {
    const { a } = await threeCards();
    const count = await db.activity.count();
    await editInitiative(a.id, { title: 'A1' });
    advance(1000);
    await editInitiative(a.id, { title: 'A12' });
    expect(await db.activity.count()).toBe(count + 1);
    const entry = must(await db.activity.orderBy('id').last());
    expect(entry.command).toBe('editInitiative');
    expect(entry.changes).toHaveLength(1);
    expect((entry.changes[0]!.before as Initiative).title).toBe('A');
    expect((entry.changes[0]!.after as Initiative).title).toBe('A12');
    expect(entry.at).toBe(Date.now());
  });

  it('does not coalesce edits a while apart, or edits of different cards', async () => {
    const { a, b } = await threeCards();
    const count = await db.activity.count();
    await editInitiative(a.id, { title: 'A1' });
    advance(10_000);
    await editInitiative(a.id, { title: 'A2' });
    expect(await db.activity.count()).toBe(count + 2);
    advance(100);
    await editInitiative(b.id, { title: 'B1' });
    expect(await db.activity.count()).toBe(count + 3);
  });
});

describe('moveInitiative', () => {
  it('moves a card between two neighbours of its stage, without a transition', async () => {
    const { stageId, a, b, c } = await threeCards();
    await moveInitiative(c.id, stageId, a.id, b.id);
    expect(await titlesIn(stageId)).toEqual(['A', 'C', 'B']);
    await moveInitiative(a.id, stageId, b.id, null);
    expect(await titlesIn(stageId)).toEqual(['C', 'B', 'A']);
    await moveInitiative(a.id, stageId, null, c.id);
    expect(await titlesIn(stageId)).toEqual(['A', 'C', 'B']);
    expect(await transitionsOf(c.id)).toHaveLength(1);
  });

  it('moves a card to another lane and records the move', async () => {
    const { stageId, b } = await threeCards();
    const exploring = p.stage('exploring');
    const x = await createInitiative(exploring.id, { title: 'X' });
    advance(HOUR);
    const moved = await moveInitiative(b.id, exploring.id, x.id, null);
    expect(moved).toMatchObject({ stageId: exploring.id, lane: 'discovery', updatedAt: Date.now() });
    expect(await titlesIn(stageId)).toEqual(['A', 'C']);
    expect(await titlesIn(exploring.id)).toEqual(['X', 'B']);
    const transitions = await transitionsOf(b.id);
    expect(transitions.map((t) => t.kind)).toEqual(['create', 'move']);
    expect(transitions[1]).toMatchObject({
      kind: 'move',
      at: Date.now(),
      fromStageId: stageId,
      fromLane: 'strategy',
      toStageId: exploring.id,
      toLane: 'discovery',
      status: 'active',
    });
  });

  it('records a move between two stages of the same lane', async () => {
    const { stageId, a } = await threeCards();
    const framing = p.stage('framing');
    await moveInitiative(a.id, framing.id, null, null);
    const last = must((await transitionsOf(a.id)).at(-1));
    expect(last).toMatchObject({ kind: 'move', fromStageId: stageId, toStageId: framing.id, fromLane: 'strategy', toLane: 'strategy' });
  });

  it('refuses to move a closed card and changes nothing', async () => {
    const { a } = await threeCards();
    await closeInitiative(a.id, 'parked', 'later');
    const before = await snapshot();
    await expectCommandError(() => moveInitiative(a.id, p.stage('testing').id, null, null), 'move.closed');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to move a card to a stage of another product', async () => {
    const { a } = await threeCards();
    const other = await makeProduct('Other');
    const before = await snapshot();
    await expectCommandError(() => moveInitiative(a.id, other.stage('ready').id, null, null), 'move.otherProduct');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to move a card to a removed stage', async () => {
    const { a } = await threeCards();
    const testing = p.stage('testing');
    await removeStage(testing.id);
    const before = await snapshot();
    await expectCommandError(() => moveInitiative(a.id, testing.id, null, null), 'stageMissing');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the lane durations right across moves', async () => {
    const { a } = await threeCards();
    const created = a.createdAt;
    vi.setSystemTime(created + 2 * HOUR);
    await moveInitiative(a.id, p.stage('testing').id, null, null);
    vi.setSystemTime(created + 5 * HOUR);
    await moveInitiative(a.id, p.stage('inSprint').id, null, null, { gateReason: 'not what this test is about' });
    vi.setSystemTime(created + 6 * HOUR);
    await closeInitiative(a.id, 'shipped', 'done');
    const durations = laneDurations(await transitionsOf(a.id), created + 100 * HOUR);
    expect(durations).toEqual({ strategy: 2 * HOUR, discovery: 3 * HOUR, delivery: 1 * HOUR });
  });
});

describe('moveInitiativeToEdge', () => {
  it('moves a card to the top or the bottom of another stage', async () => {
    const { stageId, a, b } = await threeCards();
    const framing = p.stage('framing');
    await createInitiative(framing.id, { title: 'F1' });
    await createInitiative(framing.id, { title: 'F2' });
    await moveInitiativeToEdge(a.id, framing.id, 'top');
    expect(await titlesIn(framing.id)).toEqual(['A', 'F1', 'F2']);
    await moveInitiativeToEdge(b.id, framing.id, 'bottom');
    expect(await titlesIn(framing.id)).toEqual(['A', 'F1', 'F2', 'B']);
    expect(await titlesIn(stageId)).toEqual(['C']);
    expect(must((await transitionsOf(b.id)).at(-1))).toMatchObject({ kind: 'move', fromStageId: stageId, toStageId: framing.id });
  });

  it('moves a card to an edge of its own stage', async () => {
    const { stageId, a, c } = await threeCards();
    await moveInitiativeToEdge(c.id, stageId, 'top');
    expect(await titlesIn(stageId)).toEqual(['C', 'A', 'B']);
    await moveInitiativeToEdge(a.id, stageId, 'bottom');
    expect(await titlesIn(stageId)).toEqual(['C', 'B', 'A']);
  });

  it('moves a card into an empty stage', async () => {
    const { a } = await threeCards();
    const released = p.stage('released');
    await moveInitiativeToEdge(a.id, released.id, 'bottom', { gateReason: 'not what this test is about' });
    expect(await titlesIn(released.id)).toEqual(['A']);
  });

  it('records exactly one activity entry', async () => {
    const { a } = await threeCards();
    const count = await db.activity.count();
    await moveInitiativeToEdge(a.id, p.stage('ready').id, 'top', { gateReason: 'not what this test is about' });
    expect(await db.activity.count()).toBe(count + 1);
  });
});

describe('closeInitiative and reopenInitiative', () => {
  it('closes a card with a status and a trimmed reason, and takes it off the board', async () => {
    const { stageId, b } = await threeCards();
    const closed = await closeInitiative(b.id, 'shipped', '  Customers love it  ');
    expect(closed).toMatchObject({ status: 'shipped', closeReason: 'Customers love it', closedAt: Date.now(), updatedAt: Date.now(), stageId });
    expect(await titlesIn(stageId)).toEqual(['A', 'C']);
    expect(titles(await closedInitiatives(p.productId))).toEqual(['B']);
    expect((await activeCountsByStage(p.productId)).get(stageId)).toBe(2);
    const last = must((await transitionsOf(b.id)).at(-1));
    expect(last).toMatchObject({
      kind: 'close',
      fromStageId: stageId,
      fromLane: 'strategy',
      toStageId: null,
      toLane: null,
      status: 'shipped',
      reason: 'Customers love it',
    });
  });

  it('refuses to close a closed card', async () => {
    const { a } = await threeCards();
    await closeInitiative(a.id, 'killed', 'no');
    await expectCommandError(() => closeInitiative(a.id, 'shipped', 'yes'), 'alreadyClosed');
  });

  it('reopens a card at the bottom of its stage', async () => {
    const { stageId, a } = await threeCards();
    await closeInitiative(a.id, 'parked', 'later');
    advance(HOUR);
    const reopened = await reopenInitiative(a.id);
    expect(reopened).toMatchObject({ status: 'active', closeReason: '', closedAt: null, stageId, lane: 'strategy', updatedAt: Date.now() });
    expect(await titlesIn(stageId)).toEqual(['B', 'C', 'A']);
    expect(await closedInitiatives(p.productId)).toEqual([]);
    const transitions = await transitionsOf(a.id);
    expect(transitions.map((t) => t.kind)).toEqual(['create', 'close', 'reopen']);
    expect(transitions[2]).toMatchObject({ fromStageId: null, fromLane: null, toStageId: stageId, toLane: 'strategy', status: 'active' });
  });

  it('reopens a card whose stage was removed in the first stage of the product', async () => {
    const testing = p.stage('testing');
    const card = await createInitiative(testing.id, { title: 'T' });
    await closeInitiative(card.id, 'killed', 'no');
    await removeStage(testing.id);
    const reopened = await reopenInitiative(card.id);
    expect(reopened).toMatchObject({ stageId: p.stage('opportunities').id, lane: 'strategy' });
    expect(await titlesIn(p.stage('opportunities').id)).toEqual(['T']);
  });

  it('refuses to reopen an active card', async () => {
    const { a } = await threeCards();
    await expectCommandError(() => reopenInitiative(a.id), 'notClosed');
  });
});

describe('deleteInitiative', () => {
  it('tombstones the card and takes it off the board', async () => {
    const { stageId, b } = await threeCards();
    const deleted = await deleteInitiative(b.id);
    expect(deleted.deletedAt).toBe(Date.now());
    const stored = must(await db.initiatives.get(b.id));
    expect(stored.deletedAt).toBe(Date.now());
    expect(stored.title).toBe('B');
    expect(await titlesIn(stageId)).toEqual(['A', 'C']);
    expect(await liveInitiative(b.id)).toBeNull();
    expect((await activeCountsByStage(p.productId)).get(stageId)).toBe(2);
  });

  it('hides a deleted closed card from the archive', async () => {
    const { a } = await threeCards();
    await closeInitiative(a.id, 'killed', 'no');
    await deleteInitiative(a.id);
    expect(await closedInitiatives(p.productId)).toEqual([]);
  });

  it('refuses to delete twice', async () => {
    const { a } = await threeCards();
    await deleteInitiative(a.id);
    await expectCommandError(() => deleteInitiative(a.id), 'initiativeMissing');
  });
});

describe('the activity log', () => {
  it('gets exactly one entry per command', async () => {
    const stageId = p.stage('opportunities').id;
    const steps: [string, () => Promise<unknown>][] = [];
    let id = '';
    steps.push(['createInitiative', async () => (id = (await createInitiative(stageId, { title: 'X' })).id)]);
    steps.push(['editInitiative', () => editInitiative(id, { title: 'Y' })]);
    steps.push(['moveInitiative', () => moveInitiative(id, p.stage('ready').id, null, null, { gateReason: 'not what this test is about' })]);
    steps.push(['moveInitiative', () => moveInitiativeToEdge(id, p.stage('testing').id, 'top')]);
    steps.push(['closeInitiative', () => closeInitiative(id, 'shipped', 'r')]);
    steps.push(['reopenInitiative', () => reopenInitiative(id)]);
    steps.push(['deleteInitiative', () => deleteInitiative(id)]);
    for (const [command, run] of steps) {
      const count = await db.activity.count();
      await run();
      expect(await db.activity.count(), command).toBe(count + 1);
      const entry = must(await db.activity.orderBy('id').last());
      expect(entry.command).toBe(command);
      expect(entry.productId).toBe(p.productId);
      expect(entry.state).toBe('done');
      advance(10_000);
    }
  });

  it('gets no entry for a refused command', async () => {
    const { a } = await threeCards();
    await closeInitiative(a.id, 'shipped', '');
    const count = await db.activity.count();
    await failure(() => closeInitiative(a.id, 'shipped', ''));
    await failure(() => moveInitiative(a.id, p.stage('ready').id, null, null));
    await failure(() => createInitiative(p.stage('ready').id, { title: '' }));
    expect(await db.activity.count()).toBe(count);
  });
});
