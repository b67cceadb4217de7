import { shortLabel } from '../domain/limits';
import { cleanViewName, isSavedViewKind, viewNameErrors, viewQuery, type SavedView, type SavedViewKind } from '../domain/saved-views';
import { newId, runCommand, ValidationError, type Writer } from './command';
import { requireLive } from './command-guards';
import { db } from './db';

/** The product's other live views, which a name must not repeat. */
async function otherViews(productId: string, exceptId: string | null): Promise<SavedView[]> {
  const views = await db.savedViews.where('productId').equals(productId).toArray();
  return views.filter((v) => v.deletedAt === null && v.id !== exceptId);
}

/** Refuses a name the product's other views already use (read inside the command's transaction, so two saves cannot both pass). */
async function refuseName(productId: string, exceptId: string | null, name: unknown) {
  const errors = viewNameErrors(name, await otherViews(productId, exceptId));
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

function refuseKind(view: unknown): asserts view is SavedViewKind {
  if (!isSavedViewKind(view)) throw new ValidationError({ view: 'errors.valueInvalid' });
}

/** Loads a live saved view and scopes the command to its product. */
async function liveView(w: Writer, id: string): Promise<SavedView> {
  const view = await requireLive('savedViews', id, 'viewMissing');
  w.scope(view.productId, shortLabel(view.name));
  return view;
}

/** Saves the board or the list as it is filtered (and sorted) now, under a name unique in the product. */
export async function saveView(productId: string, name: string, view: SavedViewKind, search: string): Promise<SavedView> {
  refuseKind(view);
  return runCommand('saveView', async (w) => {
    await requireLive('products', productId, 'productMissing');
    await refuseName(productId, null, name);
    const now = Date.now();
    const saved: SavedView = { id: newId(), productId, name: cleanViewName(name), view, query: viewQuery(view, search), createdAt: now, updatedAt: now, deletedAt: null };
    w.scope(productId, shortLabel(saved.name));
    return w.put('savedViews', saved);
  });
}

/** Renames a saved view: its own name in another case is allowed, the very same name writes nothing. */
export function renameView(id: string, name: string): Promise<SavedView> {
  return runCommand('renameView', async (w) => {
    const view = await liveView(w, id);
    await refuseName(view.productId, id, name);
    const clean = cleanViewName(name);
    if (clean === view.name) return view;
    w.scope(view.productId, shortLabel(clean));
    return w.update('savedViews', id, { name: clean, updatedAt: Date.now() });
  });
}

/** Overwrites a saved view with the page shown now: board or list, its filters and sort. */
export async function updateView(id: string, view: SavedViewKind, search: string): Promise<SavedView> {
  refuseKind(view);
  return runCommand('updateView', async (w) => {
    const saved = await liveView(w, id);
    const query = viewQuery(view, search);
    if (saved.view === view && saved.query === query) return saved;
    return w.update('savedViews', id, { view, query, updatedAt: Date.now() });
  });
}

/** Deletes a saved view with a tombstone: undo brings it back, and a teammate's edit of it is not lost. */
export function deleteView(id: string): Promise<void> {
  return runCommand('deleteView', async (w) => {
    await liveView(w, id);
    await w.remove('savedViews', id);
  });
}
