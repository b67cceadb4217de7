import Papa from 'papaparse';
import { lastChangeAt, type LogRow } from './log-order';
import type { AssumptionCategory, Hypothesis, HypothesisStatus } from './types';

export { filterLog, lastChangeAt, LOG_SORTS, NO_LOG_FILTER, sortLog, type LogFilter, type LogRow, type LogSort } from './log-order';

/** The words around a Lean UX hypothesis statement, from the UI language. */
export interface StatementWords {
  /** "We believe that" */
  weBelieve: string;
  /** "for" */
  for: string;
  /** "will achieve" */
  willAchieve: string;
  /** "We will know this is true when we see" */
  weWillKnow: string;
}

/** One part of the statement: on one line, without the full stop the sentence adds. */
function part(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.+$/, '').trim();
}

/**
 * The hypothesis as one readable statement: "We believe that [belief] for [persona] will achieve
 * [outcome]. We will know this is true when we see [signal] ([threshold])." Empty parts are left
 * out with their words.
 */
export function statementText(h: Pick<Hypothesis, 'belief' | 'persona' | 'outcome' | 'signal' | 'threshold'>, words: StatementWords): string {
  const [belief, persona, outcome, signal, threshold] = [h.belief, h.persona, h.outcome, h.signal, h.threshold].map(part);
  let first = `${words.weBelieve} ${belief}`;
  if (persona) first += ` ${words.for} ${persona}`;
  if (outcome) first += ` ${words.willAchieve} ${outcome}`;
  const sentences = [`${first.trim()}.`];
  if (signal || threshold) {
    const measured = [signal, threshold ? `(${threshold})` : ''].filter(Boolean).join(' ');
    sentences.push(`${words.weWillKnow} ${measured}.`);
  }
  return sentences.join(' ');
}

export const LOG_COLUMNS = [
  'initiative',
  'statement',
  'category',
  'status',
  'importance',
  'evidence',
  'supports',
  'refutes',
  'owner',
  'lastChange',
  'learning',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

/** Everything an export needs from the UI language. */
export interface LogExportColumns {
  headers: Record<LogColumn, string>;
  labels: { status: Record<HypothesisStatus, string>; category: Record<AssumptionCategory, string> };
  words: StatementWords;
  dateFormat: (ms: number) => string;
}

/** One row's cells, in LOG_COLUMNS order. */
function cells(row: LogRow, columns: LogExportColumns): string[] {
  const h = row.hypothesis;
  const values: Record<LogColumn, string> = {
    initiative: row.initiativeTitle,
    statement: statementText(h, columns.words),
    category: columns.labels.category[h.category],
    status: columns.labels.status[h.status],
    importance: String(h.importance),
    evidence: String(h.evidence),
    supports: String(row.supports),
    refutes: String(row.refutes),
    owner: h.owner,
    lastChange: columns.dateFormat(lastChangeAt(h)),
    learning: h.learning,
  };
  return LOG_COLUMNS.map((c) => values[c]);
}

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula:
 * such cells get a leading single quote, so a statement can never run as one (CSV injection).
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The log as CSV (RFC 4180: commas, quotes and line breaks quoted; CRLF between rows). */
export function logToCsv(rows: readonly LogRow[], columns: LogExportColumns): string {
  return Papa.unparse(
    {
      fields: LOG_COLUMNS.map((c) => guardFormula(columns.headers[c])),
      data: rows.map((row) => cells(row, columns).map(guardFormula)),
    },
    { newline: '\r\n' },
  );
}

/** A Markdown table cell: backslashes and pipes escaped, line breaks as <br>. */
function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

const NUMERIC: ReadonlySet<LogColumn> = new Set(['importance', 'evidence', 'supports', 'refutes']);

/** The log as a Markdown document: a heading, then one table (numbers right-aligned). */
export function logToMarkdown(rows: readonly LogRow[], columns: LogExportColumns, title: string): string {
  const line = (values: readonly string[]) => `| ${values.join(' | ')} |`;
  const lines = [
    `# ${title.replace(/\s+/g, ' ').trim()}`,
    '',
    line(LOG_COLUMNS.map((c) => markdownCell(columns.headers[c]))),
    line(LOG_COLUMNS.map((c) => (NUMERIC.has(c) ? '---:' : '---'))),
    ...rows.map((row) => line(cells(row, columns).map(markdownCell))),
  ];
  return `${lines.join('\n')}\n`;
}
