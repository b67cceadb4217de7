/** The list view's columns, in the order they are shown and exported. */
export const LIST_COLUMNS = ['title', 'lane', 'stage', 'owner', 'score', 'objective', 'segment', 'tags', 'hypotheses', 'stories', 'demand', 'revenue', 'updated'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export function isListColumn(value: unknown): value is ListColumn {
  return typeof value === 'string' && (LIST_COLUMNS as readonly string[]).includes(value);
}

/** The columns a user hid, as remembered: unknown names are dropped, and the title is never hidden. */
export function hiddenColumns(stored: unknown): ListColumn[] {
  if (!Array.isArray(stored)) return [];
  return LIST_COLUMNS.filter((c) => c !== 'title' && stored.includes(c));
}
