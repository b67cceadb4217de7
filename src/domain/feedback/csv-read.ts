/**
 * Reading a CSV of feedback exported by a support tool or a CRM (Zendesk, Intercom, HubSpot, a
 * spreadsheet): the header row and the rows as text, nothing interpreted yet. Whatever the file
 * holds stays text: a cell starting with "=" is words, never a formula.
 */
import Papa from 'papaparse';
import { separatorOf } from '../import/jira';
import type { CsvSeparator } from '../import/source';

/** A support tool's yearly export of tickets fits; a file larger than this is not feedback. */
export const FEEDBACK_CSV_MAX_BYTES = 16 * 1024 * 1024;
/** At most this many rows in one import: the inbox stays quick with ten thousand notes. */
export const FEEDBACK_CSV_MAX_ROWS = 10_000;
/** A header longer than this is not a column's name (a CSV of text without a header row). */
const HEADER_MAX = 200;
const COLUMNS_MAX = 200;

export interface FeedbackTable {
  headers: string[];
  /** Each row's cells, trimmed, as many as the headers (missing ones ''); empty rows left out. */
  rows: string[][];
  /** Each row's number in a spreadsheet (the header is row 1), for the preview's reasons. */
  rowNumbers: number[];
  separator: CsvSeparator;
}

export type FeedbackCsvProblem =
  | { code: 'tooLarge'; max: number }
  | { code: 'binary' | 'notCsv' | 'noHeader' | 'noRows' | 'json' }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'unclosedQuote'; row: number };

export type FeedbackCsvRead = { ok: true; table: FeedbackTable } | { ok: false; problem: FeedbackCsvProblem };

const refuse = (problem: FeedbackCsvProblem): FeedbackCsvRead => ({ ok: false, problem });

/** NUL or other control characters no text file holds: an image, a zip, a spreadsheet's .xlsx. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return sample.includes('\u0000') || controls > sample.length / 100;
}

/** A header row reads as names: not empty, not one long sentence, not a list of numbers. */
function isHeader(headers: readonly string[]): boolean {
  const named = headers.filter((h) => h !== '');
  return named.length > 0 && headers.length <= COLUMNS_MAX && named.every((h) => h.length <= HEADER_MAX && !/^[\d\s.,:/-]+$/.test(h));
}

/**
 * The file's header and rows: size capped, binary files and JSON refused, the separator taken from
 * the header row (`,`, `;` or tab), a quoted field never closed refuses the whole file (damaged or
 * cut short), and empty rows left out.
 */
export function readFeedbackCsv(text: string, maxChars = FEEDBACK_CSV_MAX_BYTES): FeedbackCsvRead {
  if (text.length > maxChars) return refuse({ code: 'tooLarge', max: maxChars });
  if (looksBinary(text)) return refuse({ code: 'binary' });
  const trimmed = text.replace(/^\ufeff/, '');
  if (trimmed.trim() === '') return refuse({ code: 'noHeader' });
  if (/^\s*[[{]/.test(trimmed)) return refuse({ code: 'json' });
  const hint = /^sep=([,;\t])\r?\n/i.exec(trimmed);
  const body = hint ? trimmed.slice(hint[0].length) : trimmed;
  const separator = (hint?.[1] as CsvSeparator | undefined) ?? separatorOf(body);
  // Empty rows are left out after parsing, so each row keeps its number as a spreadsheet shows it.
  const result = Papa.parse<string[]>(body, { delimiter: separator });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (unclosed) return refuse({ code: 'unclosedQuote', row: (unclosed.row ?? 0) + 1 });
  const records = result.data.map((row, index) => ({ cells: row.map((c) => c.trim()), number: index + 1 })).filter((r) => r.cells.some((c) => c !== ''));
  const [first, ...all] = records;
  const headers = first?.cells ?? [];
  if (!isHeader(headers)) return refuse({ code: headers.length > 1 ? 'noHeader' : 'notCsv' });
  if (all.length === 0) return refuse({ code: 'noRows' });
  if (all.length > FEEDBACK_CSV_MAX_ROWS) return refuse({ code: 'tooMany', count: all.length, max: FEEDBACK_CSV_MAX_ROWS });
  const rows = all.map((row) => headers.map((_, i) => row.cells[i] ?? ''));
  return { ok: true, table: { headers, rows, rowNumbers: all.map((r) => r.number), separator } };
}
