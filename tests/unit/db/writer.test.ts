import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { CommandError, runCommand, runRecordedCommand, type Writer } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { requireLive } from '../../../src/db/command-guards';
import { createInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import type { Story } from '../../../src/domain/delivery/types';
import type { Initiative, Stage, Transition } from '../../../src/domain/types';
import { expectCommandError, freshDb, makeProduct, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct('P');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the Writer, typed by table', () => {
  it('reads and writes the record type of the table it names', async () => {
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Card' });
    await runCommand('test', async (w) => {
      const story = await w.get('stories', card.id);
      expectTypeOf(story).toEqualTypeOf<Story | undefined>();
      expect(story).toBeUndefined();
      const renamed = await w.update('initiatives', card.id, { title: 'Renamed' });
      expectTypeOf(renamed).toEqualTypeOf<Initiative>();
      expect(await w.get('initiatives', card.id)).toEqual({ ...card, title: 'Renamed' });
    });
  });

  it('refuses, at compile time, a record or a patch that is not of the table', () => {
    const misuses = (w: Writer, card: Initiative, stage: Stage) => {
      // @ts-expect-error an initiative is not a story
      void w.put('stories', card);
      // @ts-expect-error a story has no title
      void w.update('stories', 'id', { title: 'Card' });
      // @ts-expect-error a rank is made by domain/ranking, not any string
      void w.update('stages', stage.id, { rank: 'a0' });
      // @ts-expect-error the activity log is not a data table
      void w.get('activity', 'id');
    };
    expectTypeOf(misuses).toBeFunction();
  });
});

describe('the Writer, writing without waiting', () => {
  it('lets a read made after a write see it, and records patch and add for undo like any write', async () => {
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Card' });
    const { entryId } = await runRecordedCommand('test', async (w) => {
      w.scope(p.productId, 'test');
      const read = await requireLive('initiatives', card.id, 'initiativeMissing');
      w.patch('initiatives', read, { title: 'Patched' });
      expect((await w.get('initiatives', card.id))?.title).toBe('Patched');
      const added = w.add('transitions', transitionOf(card, 'added'));
      expect(await w.get('transitions', 'added')).toEqual(added);
    });
    const entry = await db.activity.get(entryId!);
    expect(entry?.changes.map((c) => [c.table, c.key, c.before === undefined])).toEqual([
      ['initiatives', card.id, false],
      ['transitions', 'added', true],
    ]);
    expect((await db.initiatives.get(card.id))?.title).toBe('Patched');
  });

  it('fails the command when a write it did not wait for fails, and stores nothing of it', async () => {
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Card' });
    const entries = await db.activity.count();
    const broken = runCommand('test', async (w) => {
      w.scope(p.productId, 'test');
      const read = await requireLive('initiatives', card.id, 'initiativeMissing');
      w.patch('initiatives', read, { title: 'Lost' });
      // A key IndexedDB cannot store: this put is refused after the patch above left.
      w.add('transitions', transitionOf(card, {} as string));
    });
    await expect(broken).rejects.toHaveProperty('name', 'DataError');
    expect((await db.initiatives.get(card.id))?.title).toBe('Card');
    expect(await db.activity.count()).toBe(entries);
  });
});

const transitionOf = (card: Initiative, id: string): Transition => ({
  id,
  productId: card.productId,
  initiativeId: card.id,
  at: 1,
  kind: 'move',
  fromStageId: null,
  toStageId: card.stageId,
  fromLane: null,
  toLane: card.lane,
  status: 'active',
  reason: '',
});

describe('requireLive', () => {
  it('returns the live record, typed by its table', async () => {
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Card' });
    const live = await requireLive('initiatives', card.id, 'initiativeMissing');
    expectTypeOf(live).toEqualTypeOf<Initiative>();
    expect(live).toEqual(card);
  });

  it('refuses a missing or a deleted record with the code it is given, inside a command or before one', async () => {
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Card' });
    await deleteInitiative(card.id);
    await expectCommandError(() => requireLive('initiatives', card.id, 'initiativeMissing'), 'initiativeMissing');
    await expectCommandError(() => requireLive('stages', 'unknown', 'stageMissing'), 'stageMissing');
    const refused = runCommand('test', (w) => requireLive('initiatives', card.id, 'initiativeMissing').then((found) => w.put('initiatives', found)));
    await expect(refused).rejects.toEqual(new CommandError('initiativeMissing'));
  });

  it('takes only tables whose records are tombstoned', () => {
    // @ts-expect-error transitions are history, never deleted: there is no "live" one to require
    expectTypeOf(() => requireLive('transitions', 'id', 'notFound')).toBeFunction();
  });
});
