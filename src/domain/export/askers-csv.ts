import Papa from 'papaparse';
import { guardFormula } from '../discovery/hypothesis-log';
import type { Asker } from '../feedback/inbox';
import { ASKER_COLUMNS, askerCells, type AskersTexts } from './askers-rows';

/**
 * The askers as CSV, one row per customer (RFC 4180, CRLF between rows). Revenue is a plain
 * number so a spreadsheet sums it; cells a spreadsheet would run as a formula are guarded.
 */
export function askersToCsv(askers: readonly Asker[], texts: AskersTexts): string {
  const plain = { ...texts, money: (amount: number) => String(amount) };
  const rows = [ASKER_COLUMNS.map((c) => texts.headers[c]), ...askers.map((asker) => ASKER_COLUMNS.map((c) => askerCells(asker, plain)[c]))];
  return Papa.unparse(
    rows.map((row) => row.map(guardFormula)),
    { newline: '\r\n' },
  );
}
