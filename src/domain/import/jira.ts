/**
 * Reading a Jira CSV export (Filters → Export → CSV). Jira writes one column per value of a
 * multi-valued field under the same header (three "Labels" columns, two "Sprint" columns), names
 * the story points field after the site's setup ("Custom field (Story Points)", "Story Points",
 * "Story point estimate"…), and dates as "21/Nov/26 9:05 AM".
 */
import Papa from 'papaparse';
import { normalize } from '../filter';
import { parseJiraDate } from './jira-date';
import type { Parsed } from './problems';
import { IMPORT_MAX_BYTES, MAX_IMPORT_ITEMS, type ImportSource, type SourceDetail, type SourceItem } from './source';

/** The headers each field goes by, lower case without accents: Jira's English names, and French ones. */
const HEADERS = {
  summary: ['summary', 'resume'],
  key: ['issue key', 'cle de ticket', 'cle'],
  type: ['issue type', 'type de ticket'],
  status: ['status', 'etat', 'statut'],
  labels: ['labels', 'etiquettes', 'libelles'],
  description: ['description'],
  sprint: ['sprint'],
  assignee: ['assignee', 'responsable', 'personne assignee'],
  created: ['created', 'creation', 'cree', 'date de creation'],
  updated: ['updated', 'mise a jour', 'mis a jour'],
  project: ['project name', 'nom du projet', 'projet'],
} as const;
type Field = keyof typeof HEADERS;

const POINTS = /\bstory ?points?\b|\bpoints de story\b/;

/** Every column of each field, in the file's order; the story points under whichever name the site uses. */
function columnsOf(headers: readonly string[]) {
  const names = headers.map((h) => normalize(h.replace(/^\ufeff/, '')).replace(/\s+/g, ' ').trim());
  const columns = Object.fromEntries(
    (Object.keys(HEADERS) as Field[]).map((field) => [field, names.flatMap((name, i) => ((HEADERS[field] as readonly string[]).includes(name) ? [i] : []))]),
  ) as Record<Field, number[]>;
  return { ...columns, points: names.flatMap((name, i) => (POINTS.test(name) ? [i] : [])) };
}
type Columns = ReturnType<typeof columnsOf>;

const cell = (row: readonly string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? '').trim());
const cells = (row: readonly string[], indexes: readonly number[]) => indexes.map((i) => cell(row, i)).filter(Boolean);

/** Points as a number reads ("3.0" → "3"), or the text as Jira wrote it. */
function pointsOf(value: string): string {
  const n = Number(value.replace(',', '.'));
  return value !== '' && Number.isFinite(n) ? String(n) : value;
}

function detailsOf(row: readonly string[], columns: Columns): SourceDetail[] {
  const details: SourceDetail[] = [];
  const key = cell(row, columns.key[0]);
  const type = cell(row, columns.type[0]);
  if (key) details.push({ kind: 'issue', key, type });
  const points = cells(row, columns.points)[0];
  if (points) details.push({ kind: 'points', value: pointsOf(points) });
  const sprints = [...new Set(cells(row, columns.sprint))];
  if (sprints.length > 0) details.push({ kind: 'sprints', names: sprints });
  return details;
}

/** The product's name: the project's, or the prefix of the issue keys ("ABC" of ABC-12). */
function projectName(rows: readonly (readonly string[])[], columns: Columns): string {
  for (const row of rows) {
    const name = cell(row, columns.project[0]) || /^([A-Za-z][A-Za-z0-9_]*)-\d+$/.exec(cell(row, columns.key[0]))?.[1];
    if (name) return name;
  }
  return '';
}

/**
 * Reads a Jira CSV: size capped, the header row checked for a Summary column, then one item per
 * row in the file's order, grouped by status. Rows without a summary are left out and their
 * numbers kept (as a spreadsheet numbers them, the header being row 1), as are the rows whose
 * Created date cannot be read (they get today's date). Nothing the file holds is ever run or used
 * as an object key.
 */
export function parseJiraCsv(text: string, maxBytes = IMPORT_MAX_BYTES): Parsed<ImportSource> {
  // Characters, not bytes (the file's size in bytes is checked before it is read): a bound all the same.
  if (text.length > maxBytes) return { ok: false, problem: { code: 'tooLarge' } };
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) return { ok: false, problem: { code: 'unclosedQuote', row: (unclosed.row ?? 0) + 1 } };
  const [headers, ...rows] = result.data;
  if (!headers || headers.every((h) => h.trim() === '')) return { ok: false, problem: { code: 'notCsv' } };
  const columns = columnsOf(headers);
  if (columns.summary.length === 0) return { ok: false, problem: { code: 'missingColumn', column: 'Summary' } };
  if (rows.length > MAX_IMPORT_ITEMS) return { ok: false, problem: { code: 'tooMany', count: rows.length, max: MAX_IMPORT_ITEMS } };

  const items: SourceItem[] = [];
  const statuses = new Set<string>();
  const skippedRows: number[] = [];
  const undatedRows: number[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const title = cell(row, columns.summary[0]);
    if (!title) {
      skippedRows.push(line);
      return;
    }
    const status = cell(row, columns.status[0]);
    statuses.add(status);
    const created = cell(row, columns.created[0]);
    const createdAt = created ? parseJiraDate(created) : null;
    if (columns.created.length > 0 && createdAt === null) undatedRows.push(line);
    const updated = cell(row, columns.updated[0]);
    // Jira has no spaces in labels: a site that writes them in one cell separates them with spaces.
    const labels = cells(row, columns.labels).flatMap((value) => value.split(/\s+/));
    items.push({
      group: status,
      title,
      description: cell(row, columns.description[0]),
      tags: [...cells(row, columns.type.slice(0, 1)), ...labels],
      owner: cell(row, columns.assignee[0]),
      details: detailsOf(row, columns),
      archived: false,
      createdAt,
      updatedAt: updated ? parseJiraDate(updated) : createdAt,
    });
  });
  if (items.length === 0) return { ok: false, problem: { code: 'empty' } };
  return {
    ok: true,
    value: {
      kind: 'jira',
      name: projectName(rows, columns),
      groups: [...statuses].map((status) => ({ key: status, name: status, archived: false })),
      items,
      skippedRows,
      undatedRows,
    },
  };
}
