import Papa from 'papaparse';
import { guardFormula } from '../discovery/hypothesis-log';
import type { Demand } from '../feedback/demand';
import type { ListColumn, ListRow } from '../list-view';
import type { Lane } from '../types';
import { localDateTime } from './board-csv';

/** What the CSV needs from the UI language: the headers, the lanes' names and demand in words. */
export interface ListCsvTexts {
  headers: Record<ListColumn, string>;
  lanes: Record<Lane, string>;
  /** "3 accounts · 1 strategic", as the list shows it. */
  demand: (demand: Demand) => string;
}

function cell(row: ListRow, column: ListColumn, texts: ListCsvTexts): string {
  switch (column) {
    case 'lane':
      return texts.lanes[row.lane];
    case 'score':
      return row.score === null ? '' : String(Math.round(row.score * 100) / 100);
    case 'tags':
      return row.tags.join(', ');
    case 'hypotheses':
    case 'stories':
      return String(row[column]);
    case 'demand':
      return row.demand ? texts.demand(row.demand) : '';
    case 'revenue':
      return row.demand && row.demand.revenue > 0 ? String(row.demand.revenue) : '';
    case 'updated':
      return localDateTime(row.updatedAt);
    default:
      return row[column];
  }
}

/** The rows and columns as shown, one line per row, as a spreadsheet reads them (formulas guarded). */
export function listCsvRows(rows: readonly ListRow[], columns: readonly ListColumn[], texts: ListCsvTexts): string[][] {
  return [columns.map((c) => texts.headers[c]), ...rows.map((row) => columns.map((c) => cell(row, c, texts)))].map((line) => line.map(guardFormula));
}

export function listToCsv(rows: readonly ListRow[], columns: readonly ListColumn[], texts: ListCsvTexts): string {
  return Papa.unparse(listCsvRows(rows, columns, texts), { newline: '\r\n' });
}
