import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { FEEDBACK_STATES, type FeedbackState } from '../../domain/feedback/inbox';
import { isFeedbackSource, type FeedbackSource } from '../../domain/feedback/types';

export interface InboxQuery {
  state: FeedbackState | 'all';
  source: FeedbackSource | '';
  account: string;
  q: string;
  /** The selected note. */
  note: string;
  /** Open "New feedback" (the palette's action). */
  create: boolean;
}

function parse(search: string): InboxQuery {
  const params = new URLSearchParams(search);
  const state = params.get('state') ?? '';
  const source = params.get('source') ?? '';
  return {
    state: (FEEDBACK_STATES as readonly string[]).includes(state) || state === 'all' ? (state as InboxQuery['state']) : 'toProcess',
    source: isFeedbackSource(source) ? source : '',
    account: params.get('account') ?? '',
    q: params.get('q') ?? '',
    note: params.get('note') ?? '',
    create: params.get('new') === '1',
  };
}

function format(query: InboxQuery): string {
  const params = new URLSearchParams();
  if (query.note) params.set('note', query.note);
  if (query.state !== 'toProcess') params.set('state', query.state);
  if (query.source) params.set('source', query.source);
  if (query.account) params.set('account', query.account);
  if (query.q) params.set('q', query.q);
  return params.toString();
}

/** The inbox's filters and selected note live in the URL, so a link (from a hypothesis's evidence) or a reload shows the same. */
export function useInboxQuery(): [InboxQuery, (patch: Partial<InboxQuery>) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const query = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (patch: Partial<InboxQuery>) => {
      const next = format({ ...parse(window.location.search), create: false, ...patch });
      navigate(next ? `${path}?${next}` : path, { replace: true });
    },
    [navigate, path],
  );
  return [query, update];
}
