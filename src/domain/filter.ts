import type { Initiative, Segment } from './types';

/** What the board shows: every field optional, all given fields must match. */
export interface BoardFilter {
  text: string;
  tag: string;
  owner: string;
  segment: Segment;
  stageId: string;
}

export const EMPTY_FILTER: BoardFilter = { text: '', tag: '', owner: '', segment: '', stageId: '' };

const KEYS = { text: 'q', tag: 'tag', owner: 'owner', segment: 'segment', stageId: 'stage' } as const;

/** Lower case without accents, so "eleve" finds "Élève". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterFromSearch(search: string): BoardFilter {
  const params = new URLSearchParams(search);
  const segment = params.get(KEYS.segment);
  return {
    text: params.get(KEYS.text) ?? '',
    tag: params.get(KEYS.tag) ?? '',
    owner: params.get(KEYS.owner) ?? '',
    segment: segment === 'B2B' || segment === 'B2C' ? segment : '',
    stageId: params.get(KEYS.stageId) ?? '',
  };
}

export function filterToSearch(filter: BoardFilter): string {
  const params = new URLSearchParams();
  for (const field of Object.keys(KEYS) as (keyof BoardFilter)[]) {
    if (filter[field]) params.set(KEYS[field], filter[field]);
  }
  return params.toString();
}

/** The search with the filter replaced, every other parameter (the list's sort) kept. */
export function withFilter(search: string, filter: BoardFilter): string {
  const params = new URLSearchParams(search);
  for (const field of Object.keys(KEYS) as (keyof BoardFilter)[]) {
    if (filter[field]) params.set(KEYS[field], filter[field]);
    else params.delete(KEYS[field]);
  }
  return params.toString();
}

export function isFilterActive(filter: BoardFilter): boolean {
  return Object.values(filter).some(Boolean);
}

/** The text a card is searched by: title, summary and tags. */
export function searchableText(i: Pick<Initiative, 'title' | 'summary' | 'tags'>): string {
  return normalize(`${i.title}\n${i.summary}\n${i.tags.join('\n')}`);
}

/** What the filter reads of an initiative: a card on the board, or a row of the list. */
type Filterable = Pick<Initiative, 'title' | 'summary' | 'tags' | 'owner' | 'segment' | 'stageId'>;

/**
 * Builds the predicate once per filter, so a keystroke costs one pass over the cards. `haystack`
 * lets the caller cache searchableText per card.
 */
export function cardMatcher<T extends Filterable>(filter: BoardFilter, haystack: (i: T) => string = searchableText) {
  const words = normalize(filter.text).split(/\s+/).filter(Boolean);
  const tag = normalize(filter.tag.trim());
  const owner = normalize(filter.owner.trim());
  return (i: T): boolean => {
    if (filter.stageId && i.stageId !== filter.stageId) return false;
    if (filter.segment && i.segment !== filter.segment) return false;
    if (owner && !normalize(i.owner).includes(owner)) return false;
    if (tag && !i.tags.some((t) => normalize(t) === tag)) return false;
    if (words.length > 0) {
      const text = haystack(i);
      return words.every((w) => text.includes(w));
    }
    return true;
  };
}
