import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { filterFromSearch, filterToSearch, type BoardFilter } from '../domain/filter';

/** The board's filter lives in the URL, so a link or a reload shows the same cards. */
export function useBoardFilter(): [BoardFilter, (next: BoardFilter) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const setFilter = useCallback(
    (next: BoardFilter) => {
      const query = filterToSearch(next);
      navigate(query ? `${path}?${query}` : path, { replace: true });
    },
    [navigate, path],
  );
  return [filter, setFilter];
}
