import { foldedWords } from './fold';

/** A command of the palette as a list entry: its id, and the words it answers to in the UI language. */
export interface PaletteAction {
  id: string;
  label: string;
  /** Other words it is known by ("theme" for "Dark theme", "scrum" for "Start a daily"). */
  keywords?: string;
}

/**
 * The actions that match a query: every word of the query starts a word of the label or the
 * keywords, accents and case aside. An empty query lists them all, in the order given.
 */
export function matchActions<A extends PaletteAction>(actions: readonly A[], query: string): A[] {
  const wanted = foldedWords(query);
  if (wanted.length === 0) return [...actions];
  return actions.filter((action) => {
    const words = foldedWords(`${action.label} ${action.keywords ?? ''}`);
    return wanted.every((w) => words.some((word) => word.startsWith(w)));
  });
}
