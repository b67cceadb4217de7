import { compareDemand, NO_DEMAND, type Demand } from './feedback/demand';
import type { ListColumn } from './list-columns';
import type { ListSort } from './list-sort';
import type { Lane, Segment } from './types';

export { LIST_COLUMNS, type ListColumn } from './list-columns';
// The sort's place in the URL is apart, so the sidebar (matching saved views) reads it without the sorting itself.
export { sortFromSearch, withSort, type ListSort } from './list-sort';


/** One initiative as the list shows it: every cell already read, so sorting touches no other record. */
export interface ListRow {
  id: string;
  productId: string;
  title: string;
  summary: string;
  lane: Lane;
  stageId: string;
  /** The stage's name and its place on the board, so sorting by stage follows the board, not the alphabet. */
  stage: string;
  stageOrder: number;
  owner: string;
  /** In the product's scoring framework; null when not scored. */
  score: number | null;
  objective: string;
  segment: Segment;
  tags: string[];
  hypotheses: number;
  stories: number;
  /** Who asks for it through feedback; null when nobody does. */
  demand: Demand | null;
  updatedAt: number;
}

const LANE_ORDER: Record<Lane, number> = { strategy: 0, discovery: 1, delivery: 2 };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareText(a: string, b: string): number {
  // Empty cells go last whichever way the column is read first.
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return collator.compare(a, b);
}

const COMPARE: Record<ListColumn, (a: ListRow, b: ListRow) => number> = {
  title: (a, b) => compareText(a.title, b.title),
  lane: (a, b) => LANE_ORDER[a.lane] - LANE_ORDER[b.lane],
  stage: (a, b) => a.stageOrder - b.stageOrder,
  owner: (a, b) => compareText(a.owner, b.owner),
  score: (a, b) => (a.score ?? -Infinity) - (b.score ?? -Infinity),
  objective: (a, b) => compareText(a.objective, b.objective),
  segment: (a, b) => compareText(a.segment, b.segment),
  tags: (a, b) => compareText(a.tags.join(', '), b.tags.join(', ')),
  hypotheses: (a, b) => a.hypotheses - b.hypotheses,
  stories: (a, b) => a.stories - b.stories,
  // compareDemand puts the most asked first: read the other way round for an ascending order.
  demand: (a, b) => compareDemand(b.demand ?? NO_DEMAND, a.demand ?? NO_DEMAND),
  revenue: (a, b) => (a.demand?.revenue ?? 0) - (b.demand?.revenue ?? 0),
  updated: (a, b) => a.updatedAt - b.updatedAt,
};

/** A cell's value to sort by; undefined when empty, so empty cells go last whichever way the column is read. */
export function sortValue(row: ListRow, column: ListColumn): string | number | undefined {
  switch (column) {
    case 'score':
      return row.score ?? undefined;
    case 'tags':
      return row.tags.length > 0 ? row.tags.join(', ') : undefined;
    case 'lane':
      return LANE_ORDER[row.lane];
    case 'stage':
      return row.stageOrder;
    case 'updated':
      return row.updatedAt;
    case 'demand':
      return row.demand ? row.demand.weight : undefined;
    case 'revenue':
      return row.demand && row.demand.revenue > 0 ? row.demand.revenue : undefined;
    default:
      return row[column] === '' ? undefined : row[column];
  }
}

/** Ascending order of a column; ties keep the board order (stage, then title). */
export function compareListRows(column: ListColumn): (a: ListRow, b: ListRow) => number {
  const compare = COMPARE[column];
  return (a, b) => compare(a, b) || a.stageOrder - b.stageOrder || collator.compare(a.title, b.title);
}

/** Numbers and dates read best biggest and newest first; words from A. */
export function firstSortDesc(column: ListColumn): boolean {
  return column === 'score' || column === 'hypotheses' || column === 'stories' || column === 'demand' || column === 'revenue' || column === 'updated';
}

/** The rows in a column's order, empty cells last; without a sort, in board order. */
export function sortListRows(rows: readonly ListRow[], sort: ListSort | null): ListRow[] {
  if (!sort) return [...rows].sort(compareListRows('stage'));
  const compare = compareListRows(sort.column);
  const empty = (row: ListRow) => (sortValue(row, sort.column) === undefined ? 1 : 0);
  return [...rows].sort((a, b) => empty(a) - empty(b) || (sort.desc ? compare(b, a) : compare(a, b)));
}
