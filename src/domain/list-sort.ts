import { isListColumn, type ListColumn } from './list-columns';

/** The list's order: a column, read down or up. */
export interface ListSort {
  column: ListColumn;
  desc: boolean;
}

const SORT_KEY = 'sort';

/** `sort=score` or `sort=-score` (descending): short enough to read in a shared link. */
export function sortFromSearch(search: string): ListSort | null {
  const value = new URLSearchParams(search).get(SORT_KEY) ?? '';
  const desc = value.startsWith('-');
  const column = desc ? value.slice(1) : value;
  return isListColumn(column) ? { column, desc } : null;
}

/** The search with its sort replaced, every other parameter (the filters) kept. */
export function withSort(search: string, sort: ListSort | null): string {
  const params = new URLSearchParams(search);
  if (sort) params.set(SORT_KEY, `${sort.desc ? '-' : ''}${sort.column}`);
  else params.delete(SORT_KEY);
  return params.toString();
}
