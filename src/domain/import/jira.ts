/**
 * Reading a Jira CSV export (Filters → Export → CSV), as Jira writes it or as a spreadsheet saved
 * it again: `,` or `;` (Excel where the decimal mark is a comma) or tabs between fields, CRLF or LF,
 * dates as "21/Nov/26 9:05 AM" or numeric. The columns are found by their headers (jira-columns.ts).
 */
import Papa from 'papaparse';
import { columnsOf, type Columns } from './jira-columns';
import { dayOrderOf, parseJiraDate, type DayOrder } from './jira-date';
import type { Parsed } from './problems';
import { IMPORT_MAX_BYTES, MAX_IMPORT_ITEMS, type CsvSeparator, type CutRow, type ImportSource, type SourceComment, type SourceDetail, type SourceItem } from './source';

type Row = readonly string[];

const cell = (row: Row, index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
const cells = (row: Row, indexes: readonly number[]) => indexes.map((i) => cell(row, i)).filter(Boolean);

/** The separator of the header row, outside quotes: the one it has most of, a comma when none. */
export function separatorOf(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  return (Object.keys(counts) as CsvSeparator[]).reduce((best, s) => (counts[s] > counts[best] ? s : best), ',');
}

/** Points as a number reads ("3.0" → "3"), or the text as Jira wrote it. */
function pointsOf(value: string): string {
  const n = Number(value.replace(',', '.'));
  return value !== '' && Number.isFinite(n) ? String(n) : value;
}

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/** What the whole file tells about each row: issue keys by id (a parent is often named by id), people by account id. */
function lookups(rows: readonly Row[], columns: Columns) {
  const keys = new Map<string, string>();
  const people = new Map<string, string>();
  for (const row of rows) {
    const id = cell(row, columns.id[0]);
    const key = cell(row, columns.key[0]);
    if (id && key) keys.set(id, key);
    for (const [idColumn, nameColumn] of [
      [columns.assigneeId, columns.assignee],
      [columns.reporterId, columns.reporter],
      [columns.creatorId, columns.creator],
    ] as const) {
      const accountId = cell(row, idColumn[0]);
      const name = cell(row, nameColumn[0]);
      if (accountId && name) people.set(accountId, name);
    }
  }
  return { keys, people };
}
type Lookups = ReturnType<typeof lookups>;

function parentOf(row: Row, columns: Columns, { keys }: Lookups): SourceDetail | null {
  const values = cells(row, columns.parent);
  const key = values.find((v) => ISSUE_KEY.test(v)) ?? values.map((v) => keys.get(v)).find(Boolean) ?? values[0];
  return key ? { kind: 'parent', key, summary: cell(row, columns.parentSummary[0]) } : null;
}

function detailsOf(row: Row, columns: Columns, known: Lookups): SourceDetail[] {
  const details: SourceDetail[] = [];
  const key = cell(row, columns.key[0]);
  if (key) details.push({ kind: 'issue', key, type: cell(row, columns.type[0]) });
  const parent = parentOf(row, columns, known);
  if (parent) details.push(parent);
  const priority = cell(row, columns.priority[0]);
  if (priority) details.push({ kind: 'priority', value: priority });
  const points = cells(row, columns.points)[0];
  if (points) details.push({ kind: 'points', value: pointsOf(points) });
  const sprints = [...new Set(cells(row, columns.sprint))];
  if (sprints.length > 0) details.push({ kind: 'sprints', names: sprints });
  const resolution = cell(row, columns.resolution[0]);
  if (resolution) details.push({ kind: 'resolution', value: resolution });
  return details;
}

// "21/Nov/26 9:05 AM;5b10a2844c20165700ede21g;The text; with semicolons"
const COMMENT = /^([^;\n]{4,40});([^;\n]*);([\s\S]*)$/;

/** A Comment cell as Jira writes it (date;author;text), or the cell as text when it is not in that form. */
function commentOf(value: string, order: DayOrder, { people }: Lookups): SourceComment {
  const parts = COMMENT.exec(value);
  const at = parts ? parseJiraDate(parts[1]!, order) : null;
  if (!parts || at === null) return { author: '', at: null, text: value };
  const author = parts[2]!.trim();
  return { author: people.get(author) ?? author, at, text: parts[3]!.trim() };
}

/** The product's name: the project's, or the prefix of the issue keys ("ABC" of ABC-12). */
function projectName(rows: readonly Row[], columns: Columns): string {
  for (const row of rows) {
    const name = cell(row, columns.project[0]) || /^([A-Za-z][A-Za-z0-9_]*)-\d+$/.exec(cell(row, columns.key[0]))?.[1];
    if (name) return name;
  }
  return '';
}

/** Custom fields that hold a value somewhere in the file, by name. */
function customFieldsUsed(rows: readonly Row[], columns: Columns): string[] {
  return [...new Set(columns.custom.filter((c) => rows.some((row) => cell(row, c.index) !== '')).map((c) => c.name))];
}

/** The last row, when it stops before the header's last column: the file was cut short. */
function cutRowOf(rows: readonly Row[], expected: number): CutRow | null {
  const last = rows.at(-1);
  return last && last.length < expected ? { row: rows.length + 1, fields: last.length, expected } : null;
}

/**
 * Reads a Jira CSV: size capped, the header row checked for a Summary column, then one item per
 * row in the file's order, grouped by status. Rows without a summary are left out and their
 * numbers kept (as a spreadsheet numbers them, the header being row 1), as are the rows whose
 * Created date cannot be read (they get today's date). A last row cut short is left out and told;
 * a quoted field never closed refuses the file. Nothing the file holds is ever run or used as an
 * object key.
 */
export function parseJiraCsv(text: string, maxBytes = IMPORT_MAX_BYTES): Parsed<ImportSource> {
  // Characters, not bytes (the file's size in bytes is checked before it is read): a bound all the same.
  if (text.length > maxBytes) return { ok: false, problem: { code: 'tooLarge' } };
  const trimmed = text.replace(/^\ufeff/, '');
  if (/^\s*[[{]/.test(trimmed)) return { ok: false, problem: { code: 'otherKind', kind: 'trello' } };
  // "sep=;" on a first line of its own tells Excel the separator; a spreadsheet does not show it as a row.
  const hint = /^sep=([,;\t])\r?\n/i.exec(trimmed);
  const body = hint ? trimmed.slice(hint[0].length) : trimmed;
  const separator = (hint?.[1] as CsvSeparator | undefined) ?? separatorOf(body);
  const result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: separator });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return { ok: false, problem: { code: 'unclosedQuote', row: (unclosed.row ?? 0) + 1 } };
  const [headers, ...all] = result.data;
  if (!headers || headers.every((h) => h.trim() === '')) return { ok: false, problem: { code: 'notCsv' } };
  const columns = columnsOf(headers);
  if (columns.summary.length === 0) return { ok: false, problem: { code: 'missingColumn', column: 'Summary' } };
  if (all.length > MAX_IMPORT_ITEMS) return { ok: false, problem: { code: 'tooMany', count: all.length, max: MAX_IMPORT_ITEMS } };
  const cutRow = cutRowOf(all, headers.length);
  const rows = cutRow ? all.slice(0, -1) : all;

  const known = lookups(rows, columns);
  const order = dayOrderOf(rows.flatMap((row) => [cell(row, columns.created[0]), cell(row, columns.updated[0])]));
  const dateOf = (row: Row, column: number | undefined) => {
    const value = cell(row, column);
    return value ? parseJiraDate(value, order) : null;
  };
  const items: SourceItem[] = [];
  const statuses = new Set<string>();
  const skippedRows: number[] = [];
  const undatedRows: number[] = [];
  let attachments = 0;
  rows.forEach((row, index) => {
    const line = index + 2;
    const title = cell(row, columns.summary[0]);
    if (!title) {
      skippedRows.push(line);
      return;
    }
    const status = cell(row, columns.status[0]);
    statuses.add(status);
    const createdAt = dateOf(row, columns.created[0]);
    if (columns.created.length > 0 && createdAt === null) undatedRows.push(line);
    if (cells(row, columns.attachment).length > 0) attachments++;
    // Jira has no spaces in labels: a site that writes them in one cell separates them with spaces.
    const labels = cells(row, columns.labels).flatMap((value) => value.split(/\s+/));
    items.push({
      group: status,
      title,
      description: cell(row, columns.description[0]),
      tags: [...cells(row, columns.type.slice(0, 1)), ...labels],
      owner: cell(row, columns.assignee[0]),
      details: detailsOf(row, columns, known),
      comments: cells(row, columns.comment).map((value) => commentOf(value, order, known)),
      archived: false,
      createdAt,
      updatedAt: dateOf(row, columns.updated[0]) ?? createdAt,
      resolvedAt: dateOf(row, columns.resolved[0]),
    });
  });
  if (items.length === 0) return { ok: false, problem: cutRow ? { code: 'cutShort', row: cutRow.row } : { code: 'empty' } };
  return {
    ok: true,
    value: {
      kind: 'jira',
      name: projectName(rows, columns),
      groups: [...statuses].map((status) => ({ key: status, name: status, archived: false })),
      items,
      skippedRows,
      undatedRows,
      cutRow,
      separator,
      leftOut: { attachments, customFields: customFieldsUsed(rows, columns), olderComments: false },
    },
  };
}
