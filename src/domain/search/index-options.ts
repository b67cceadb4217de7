import type { Options, SearchOptions } from 'minisearch';
import type { SearchDocument } from './documents';
import { foldText } from './fold';

/** What the palette's MiniSearch index holds of each document, and how it splits and folds text. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: ['kind', 'title', 'detail', 'parent', 'target'],
  processTerm: (term) => foldText(term) || null,
};

/**
 * As-you-type search: every word must match (AND), the last one being typed matches as a prefix,
 * and words of 5 letters or more forgive a typo (shorter ones would match too many other words).
 * A match in the title weighs most.
 */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { title: 3 },
  processTerm: (term) => foldText(term) || null,
};
