import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { LOG_SORTS, type LogFilter, type LogSort } from '../../domain/discovery/log-order';
import { ASSUMPTION_CATEGORIES, HYPOTHESIS_STATUSES, type AssumptionCategory, type HypothesisStatus } from '../../domain/discovery/types';

export interface LogView {
  filter: LogFilter;
  sort: LogSort;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' => (values as readonly string[]).includes(value ?? '') ? (value as T) : '';

export function viewFromSearch(search: string): LogView {
  const params = new URLSearchParams(search);
  return {
    filter: {
      status: oneOf<HypothesisStatus>(HYPOTHESIS_STATUSES, params.get('status')),
      category: oneOf<AssumptionCategory>(ASSUMPTION_CATEGORIES, params.get('category')),
      initiativeId: params.get('initiative') ?? '',
    },
    sort: oneOf(LOG_SORTS, params.get('sort')) || 'lastChange',
  };
}

export function viewToSearch({ filter, sort }: LogView): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.category) params.set('category', filter.category);
  if (filter.initiativeId) params.set('initiative', filter.initiativeId);
  if (sort !== 'lastChange') params.set('sort', sort);
  return params.toString();
}

/** The log's filters and sort live in the URL, so a link or a reload shows the same rows. */
export function useLogView(): [LogView, (next: LogView) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const view = useMemo(() => viewFromSearch(search), [search]);
  const setView = useCallback(
    (next: LogView) => {
      const query = viewToSearch(next);
      navigate(query ? `${path}?${query}` : path, { replace: true });
    },
    [navigate, path],
  );
  return [view, setView];
}
