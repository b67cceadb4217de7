import type { Account } from '../../domain/feedback/types';

/** The accounts list's columns, in order; each sorts the list. */
export const SORT_COLUMNS = ['name', 'segment', 'plan', 'revenue', 'strategic', 'notes', 'asks'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export interface AccountRow {
  account: Account;
  notes: number;
  /** Titles of the initiatives it asks for, most important first. */
  asks: string[];
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

function compareColumn(a: AccountRow, b: AccountRow, column: SortColumn): number {
  switch (column) {
    case 'name':
      return byText(a.account.name, b.account.name);
    case 'segment':
      return byText(a.account.segment, b.account.segment);
    case 'plan':
      return byText(a.account.plan, b.account.plan);
    case 'revenue':
      return (a.account.revenue ?? -1) - (b.account.revenue ?? -1);
    case 'strategic':
      return Number(a.account.strategic) - Number(b.account.strategic);
    case 'notes':
      return a.notes - b.notes;
    case 'asks':
      return a.asks.length - b.asks.length;
  }
}

/** Rows in the chosen order; ties by name, always A to Z, so the order never jumps. */
export function compareRows(a: AccountRow, b: AccountRow, sort: Sort): number {
  const order = compareColumn(a, b, sort.column);
  return (sort.descending ? -order : order) || byText(a.account.name, b.account.name) || (a.account.id < b.account.id ? -1 : 1);
}
