import { sortViews, type SavedView } from '../domain/saved-views';
import { db } from './db';

/** The product's live saved views, in the sidebar's order. */
export async function liveSavedViews(productId: string): Promise<SavedView[]> {
  return sortViews(await db.savedViews.where('productId').equals(productId).toArray());
}
