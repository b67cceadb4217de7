/**
 * Saved views: a named board or list with its filters (and, for the list, its sort), kept as the
 * URL's search string so a saved view and a shared link are the same thing.
 */
import { filterFromSearch, filterToSearch, normalize } from './filter';
import { sortFromSearch, withSort } from './list-sort';
import type { FieldErrors } from './limits';
import type { Authored } from './types';

export const SAVED_VIEW_KINDS = ['board', 'list'] as const;
export type SavedViewKind = (typeof SAVED_VIEW_KINDS)[number];

/** Short enough to read in the sidebar at a glance. */
export const VIEW_NAME_MAX = 80;

export interface SavedView extends Authored {
  id: string;
  productId: string;
  name: string;
  view: SavedViewKind;
  /** The URL search without its "?", normalised by viewQuery. */
  query: string;
  createdAt: number;
  updatedAt: number;
  /** Set instead of deleting, so a concurrent edit elsewhere is not silently lost. */
  deletedAt: number | null;
}

export function isSavedViewKind(value: unknown): value is SavedViewKind {
  return typeof value === 'string' && (SAVED_VIEW_KINDS as readonly string[]).includes(value);
}

/**
 * The part of a URL search a view keeps, in one order: the filters the board knows, and the list's
 * sort on a list. Anything else (an unknown parameter, a sort on the board) is dropped, so two
 * links that show the same thing have the same query.
 */
export function viewQuery(view: SavedViewKind, search: string): string {
  const filters = filterToSearch(filterFromSearch(search));
  return view === 'list' ? withSort(filters, sortFromSearch(search)) : filters;
}

/** A name as stored: trimmed, inner runs of spaces kept as the user typed them. */
export function cleanViewName(name: string): string {
  return name.trim();
}

/**
 * Checks a view's name against the product's other live views (`others`, the view being renamed
 * left out): required, at most VIEW_NAME_MAX characters, and unique regardless of case and accents,
 * so the sidebar never lists two entries that read the same. Errors are i18n keys under `name`.
 */
export function viewNameErrors(name: unknown, others: readonly Pick<SavedView, 'name'>[]): FieldErrors {
  if (typeof name !== 'string') return { name: 'errors.valueInvalid' };
  const clean = cleanViewName(name);
  if (clean === '') return { name: 'errors.viewNameRequired' };
  if (clean.length > VIEW_NAME_MAX) return { name: 'errors.viewNameTooLong' };
  const key = normalize(clean);
  if (others.some((view) => normalize(cleanViewName(view.name)) === key)) return { name: 'errors.viewNameTaken' };
  return {};
}

/** The product's live views in the sidebar's order: by name, as a reader would look one up. */
export function sortViews<T extends Pick<SavedView, 'name' | 'id' | 'deletedAt'>>(views: readonly T[]): T[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return views.filter((v) => v.deletedAt === null).sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** Whether a page (its view kind and URL search) shows exactly what a saved view holds. */
export function showsView(view: Pick<SavedView, 'view' | 'query'>, page: SavedViewKind, search: string): boolean {
  return view.view === page && viewQuery(page, search) === view.query;
}
