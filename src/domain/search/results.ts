import { SEARCH_KINDS, type SearchKind } from './documents';

/** A match as the search library returns it: the document's stored fields and a relevance score. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  detail: string;
  parent: string | null;
  target: string;
  score: number;
}

export interface ResultGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** How many results a kind shows: enough to choose from, few enough to see every kind at once. */
export const HITS_PER_KIND = 5;

/**
 * The palette's results: grouped by kind, the groups ordered by their best match (what the user
 * most likely means comes first, whatever its kind; ties keep the kinds' usual order), each group
 * best first and cut to `perKind`.
 */
export function groupHits(hits: readonly SearchHit[], perKind = HITS_PER_KIND): ResultGroup[] {
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) {
    const list = byKind.get(hit.kind);
    if (list) list.push(hit);
    else byKind.set(hit.kind, [hit]);
  }
  const groups = [...byKind].map(([kind, list]) => ({
    kind,
    hits: [...list].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, perKind),
  }));
  const order = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
  return groups.sort((a, b) => b.hits[0]!.score - a.hits[0]!.score || order(a.kind) - order(b.kind));
}
