import { cardMatcher, searchableText, type BoardFilter } from '../../domain/filter';
import type { Initiative } from '../../domain/types';

// Card records are replaced, never mutated, when they change, so the text can be cached per object.
const texts = new WeakMap<Initiative, string>();

function cachedText(i: Initiative): string {
  let text = texts.get(i);
  if (text === undefined) {
    text = searchableText(i);
    texts.set(i, text);
  }
  return text;
}

export function filterCards(cards: readonly Initiative[], filter: BoardFilter): readonly Initiative[] {
  const matches = cardMatcher(filter, cachedText);
  return cards.filter(matches);
}
