import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { deleteProduct } from '../../../src/db/product-commands';
import { deleteView, renameView, saveView, updateView } from '../../../src/db/saved-view-commands';
import { liveSavedViews } from '../../../src/db/saved-view-queries';
import { joinShared, setShareRole } from '../../../src/db/share-commands';
import { redo, undo } from '../../../src/db/undo';
import { advance, expectCommandError, failure, freshDb, makeProduct, snapshot, T0, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

async function expectFieldError(command: () => Promise<unknown>, error: string) {
  const thrown = await failure(command);
  expect(thrown).toBeInstanceOf(ValidationError);
  expect((thrown as ValidationError).fields).toEqual({ name: error });
}

const names = async (productId = p.productId) => (await liveSavedViews(productId)).map((v) => v.name);

describe('saveView', () => {
  it('stores the name trimmed and the query normalised, in its own undoable step', async () => {
    const saved = await saveView(p.productId, '  My Q3 ', 'list', 'sort=-score&utm=mail&tag=q3');
    expect(saved).toEqual({ id: expect.any(String), productId: p.productId, name: 'My Q3', view: 'list', query: 'tag=q3&sort=-score', createdAt: T0 + 10_000, updatedAt: T0 + 10_000, deletedAt: null });
    expect(await db.savedViews.get(saved.id)).toEqual(saved);
    expect((await db.activity.toArray()).at(-1)).toMatchObject({ command: 'saveView', productId: p.productId, label: 'My Q3' });
    await undo(p.productId);
    expect(await names()).toEqual([]);
    await redo(p.productId);
    expect(await names()).toEqual(['My Q3']);
  });

  it('refuses a missing, too long or taken name (in this product only) and changes nothing', async () => {
    await saveView(p.productId, 'My Q3', 'board', 'tag=q3');
    const other = await makeProduct('Other');
    const before = await snapshot();
    await expectFieldError(() => saveView(p.productId, ' ', 'board', ''), 'errors.viewNameRequired');
    await expectFieldError(() => saveView(p.productId, 'x'.repeat(81), 'board', ''), 'errors.viewNameTooLong');
    await expectFieldError(() => saveView(p.productId, 'MY q3', 'list', 'sort=title'), 'errors.viewNameTaken');
    expect(await snapshot()).toEqual(before);
    await saveView(other.productId, 'My Q3', 'board', '');
    expect(await names(other.productId)).toEqual(['My Q3']);
  });

  it('refuses a kind of view the app does not have, and a deleted product', async () => {
    await expect(saveView(p.productId, 'Odd', 'table' as 'list', '')).rejects.toBeInstanceOf(ValidationError);
    await deleteProduct(p.productId);
    await expectCommandError(() => saveView(p.productId, 'Late', 'board', ''), 'productMissing');
  });
});

describe('renameView, updateView, deleteView', () => {
  it('renames, refusing a name another view has but accepting its own in another case', async () => {
    const q3 = await saveView(p.productId, 'My Q3', 'board', 'tag=q3');
    await saveView(p.productId, 'B2B', 'board', 'segment=B2B');
    advance(1000);
    await expectFieldError(() => renameView(q3.id, 'b2b'), 'errors.viewNameTaken');
    expect(await renameView(q3.id, 'my q3')).toMatchObject({ name: 'my q3', updatedAt: T0 + 11_000 });
    await renameView(q3.id, 'Q3 bets');
    expect(await names()).toEqual(['B2B', 'Q3 bets']);
    await undo(p.productId);
    expect(await names()).toEqual(['B2B', 'my q3']);
  });

  it('overwrites the view with the page shown now, and writes nothing when it is the same', async () => {
    const q3 = await saveView(p.productId, 'My Q3', 'board', 'tag=q3');
    const entries = await db.activity.count();
    await updateView(q3.id, 'board', 'tag=q3&sort=-score');
    expect(await db.activity.count()).toBe(entries);
    advance(1000);
    expect(await updateView(q3.id, 'list', 'tag=q3&owner=Ana&sort=-score')).toMatchObject({ view: 'list', query: 'tag=q3&owner=Ana&sort=-score', updatedAt: T0 + 11_000 });
    await undo(p.productId);
    expect(await db.savedViews.get(q3.id)).toMatchObject({ view: 'board', query: 'tag=q3' });
  });

  it('deletes with a tombstone that undo lifts; the name is free again meanwhile', async () => {
    const q3 = await saveView(p.productId, 'My Q3', 'board', 'tag=q3');
    await deleteView(q3.id);
    expect(await db.savedViews.get(q3.id)).toMatchObject({ deletedAt: expect.any(Number) });
    expect(await names()).toEqual([]);
    await expectCommandError(() => renameView(q3.id, 'Again'), 'viewMissing');
    await undo(p.productId);
    expect(await names()).toEqual(['My Q3']);
  });
});

describe('a viewer of a shared product', () => {
  it('may not save, rename, update nor delete a view', async () => {
    const q3 = await saveView(p.productId, 'My Q3', 'board', 'tag=q3');
    await joinShared({ productId: p.productId, member: { id: 'm1', displayName: 'Ana', role: 'editor' }, token: 'm1.secret' });
    await setShareRole(p.productId, 'viewer');
    const before = await snapshot();
    await expectCommandError(() => saveView(p.productId, 'Mine', 'board', ''), 'readOnly');
    await expectCommandError(() => renameView(q3.id, 'Theirs'), 'readOnly');
    await expectCommandError(() => updateView(q3.id, 'list', 'sort=title'), 'readOnly');
    await expectCommandError(() => deleteView(q3.id), 'readOnly');
    expect(await snapshot()).toEqual(before);
  });
});
