import type { SavedView, SavedViewKind } from '../domain/saved-views';
import { paths } from './paths';

/** A saved view's URL: the board or the list with its query, so a link and the sidebar's entry are one thing. */
export function savedViewHref(view: Pick<SavedView, 'productId' | 'view' | 'query'>): string {
  const path = view.view === 'list' ? paths.list(view.productId) : paths.board(view.productId);
  return view.query ? `${path}?${view.query}` : path;
}

/** The same URL whole, with this app's origin, for a teammate to open. */
export function savedViewUrl(view: Pick<SavedView, 'productId' | 'view' | 'query'>): string {
  return new URL(savedViewHref(view), window.location.origin).href;
}

/** Which kind of view a path of the product shows, if it is one a view can be saved from. */
export function viewKindAt(location: string, productId: string): SavedViewKind | null {
  if (location === paths.board(productId)) return 'board';
  if (location === paths.list(productId)) return 'list';
  return null;
}
