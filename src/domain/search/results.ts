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
 * best first and cut to `perKind`. One pass keeping each kind's best few: a short query on a large
 * product matches tens of thousands of records, and sorting them all would cost each keystroke.
 */
export function groupHits<H extends Pick<SearchHit, 'kind' | 'score' | 'title'>>(hits: Iterable<H>, perKind = HITS_PER_KIND): { kind: SearchKind; hits: H[] }[] {
  const better = (a: H, b: H) => b.score - a.score || a.title.localeCompare(b.title);
  const byKind = new Map<SearchKind, H[]>();
  for (const hit of hits) {
    let best = byKind.get(hit.kind);
    if (!best) byKind.set(hit.kind, (best = []));
    if (best.length === perKind && better(hit, best[perKind - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(hit, best[at - 1]!) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > perKind) best.pop();
  }
  const order = (kind: SearchKind) => SEARCH_KINDS.indexOf(kind);
  return [...byKind]
    .map(([kind, best]) => ({ kind, hits: best }))
    .sort((a, b) => b.hits[0]!.score - a.hits[0]!.score || order(a.kind) - order(b.kind));
}
