import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { filterFromSearch, withFilter, type BoardFilter } from '../domain/filter';

/**
 * The board's filter lives in the URL, so a link or a reload shows the same cards. The board and
 * the list read the same parameters; the others (the list's sort) are kept.
 */
export function useBoardFilter(): [BoardFilter, (next: BoardFilter) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const setFilter = useCallback(
    (next: BoardFilter) => {
      const query = withFilter(search, next);
      navigate(query ? `${path}?${query}` : path, { replace: true });
    },
    [navigate, path, search],
  );
  return [filter, setFilter];
}
