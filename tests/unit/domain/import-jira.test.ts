import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseJiraCsv } from '../../../src/domain/import/jira';
import { parseJiraDate } from '../../../src/domain/import/jira-date';
import type { ImportSource } from '../../../src/domain/import/source';
import { fixture, summaryOf, WORDS } from './import-helpers';

const CSV = fixture('jira-paiement.csv');

function parsed(text: string): ImportSource {
  const result = parseJiraCsv(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

function refusal(text: string) {
  const result = parseJiraCsv(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

/** A CSV from rows of cells, as Jira writes one. */
const csv = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n' });

describe('Jira CSV exports', () => {
  it('reads every issue of the export, with its BOM, accents, quoted multi-line descriptions and commas', () => {
    expect(CSV.startsWith('\ufeff')).toBe(true);
    const source = parsed(CSV);
    expect(source.kind).toBe('jira');
    expect(source.name).toBe('Paiement Mobile');
    expect(source.items).toHaveLength(7);
    expect(source.items.map((i) => i.title)).toContain('Le bouton « Payer » reste grisé sur Android 12');
    const first = source.items[0]!;
    expect(first.title).toBe('Paiement en un clic pour les clients récurrents');
    expect(first.description).toBe(
      'En tant que cliente récurrente, je veux payer en un clic.\n\nCritères :\n- la carte enregistrée est proposée par défaut\n- 3-D Secure n\'est demandé qu\'au-delà de 30 €, "si la banque l\'exige"',
    );
    expect(first.owner).toBe('Amélie Dubois');
    expect(source.skippedRows).toEqual([]);
    expect(source.undatedRows).toEqual([]);
  });

  it('groups the issues by status, in the order they first appear', () => {
    const source = parsed(CSV);
    expect(source.groups.map((g) => g.name)).toEqual(['In Progress', 'To Do', 'Done', 'Backlog', 'In Review']);
    expect(source.items.map((i) => i.group)).toEqual(['In Progress', 'To Do', 'Done', 'Backlog', 'In Review', 'To Do', 'Done']);
  });

  it('gathers repeated Labels and Sprint columns, and keeps the type as a tag and the key, points and sprints in the summary', () => {
    const source = parsed(CSV);
    const [payment, receipt, bug] = source.items;
    expect(payment!.tags).toEqual(['Story', 'paiement', 'mobile']);
    expect(bug!.tags).toEqual(['Bug', 'android', 'bug-client', 'mobile']);
    expect(receipt!.tags).toEqual(['Story', 'reçus']);
    expect(summaryOf(payment!, WORDS).split('\n\n')[0]).toBe('Jira: PAY-101 (Story)\nPriority: High\nStory points: 5\nSprints: PAY Sprint 11, PAY Sprint 12');
    expect(source.items[6]!.details).toContainEqual({ kind: 'points', value: '0.5' });
  });

  it('reads the Created dates in Jira’s format, in local time', () => {
    const source = parsed(CSV);
    expect(source.items[0]!.createdAt).toBe(new Date(2026, 10, 3, 9, 5).getTime());
    expect(source.items[0]!.updatedAt).toBe(new Date(2026, 10, 19, 16, 42).getTime());
    expect(source.items[5]!.createdAt).toBe(new Date(2026, 10, 10, 12, 0).getTime());
  });

  it.each(['Story Points', 'Story point estimate', 'Custom field (Story point estimate)', 'Custom field (Story Points)'])('finds the points under “%s”', (header) => {
    const text = CSV.replace('Custom field (Story Points)', header);
    expect(parsed(text).items[0]!.details).toContainEqual({ kind: 'points', value: '5' });
  });

  it('takes the first points column that has a value when a site has two', () => {
    const text = csv([
      ['Summary', 'Story Points', 'Story point estimate'],
      ['A', '', '8'],
    ]);
    expect(parsed(text).items[0]!.details).toEqual([{ kind: 'points', value: '8' }]);
  });

  it('tells which rows have a date it cannot read, and which have no summary', () => {
    const text = csv([
      ['Summary', 'Issue key', 'Status', 'Created'],
      ['Readable', 'A-1', 'To Do', '21/Nov/26 9:05 AM'],
      ['Unreadable', 'A-2', 'To Do', 'last Tuesday'],
      ['', 'A-3', 'To Do', '21/Nov/26 9:05 AM'],
      ['Impossible day', 'A-4', 'Done', '31/Feb/26 9:05 AM'],
    ]);
    const source = parsed(text);
    expect(source.items.map((i) => [i.title, i.createdAt])).toEqual([
      ['Readable', new Date(2026, 10, 21, 9, 5).getTime()],
      ['Unreadable', null],
      ['Impossible day', null],
    ]);
    expect(source.undatedRows).toEqual([3, 5]);
    expect(source.skippedRows).toEqual([4]);
    expect(source.name).toBe('A');
  });

  it('splits labels a site writes in one cell, separated by spaces', () => {
    expect(parsed(csv([['Summary', 'Labels'], ['A', 'one two  three']])).items[0]!.tags).toEqual(['one', 'two', 'three']);
  });

  it('keeps cells that look like formulas or prototype keys as plain text', () => {
    const source = parsed(csv([['Summary', '__proto__', 'Labels', 'Status'], ['=HYPERLINK("http://x")', 'x', 'constructor', '__proto__']]));
    expect(source.items[0]!.title).toBe('=HYPERLINK("http://x")');
    expect(source.items[0]!.tags).toEqual(['constructor']);
    expect(source.groups).toEqual([{ key: '__proto__', name: '__proto__', archived: false }]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
  });
});

describe('Jira files refused, with the reason', () => {
  it('refuses a CSV without a Summary column, an empty file or one with only the header', () => {
    expect(refusal('Key,Title\nA-1,Something')).toEqual({ code: 'missingColumn', column: 'Summary' });
    expect(refusal('')).toEqual({ code: 'notCsv' });
    expect(refusal('\ufeffSummary,Status\r\n')).toEqual({ code: 'empty' });
  });

  it('refuses a quoted field that is never closed', () => {
    expect(refusal('Summary,Description\nA,"never closed\nB,x')).toEqual({ code: 'unclosedQuote', row: 2 });
  });

  it('caps the size and the number of rows', () => {
    expect(parseJiraCsv(CSV, 100)).toEqual({ ok: false, problem: { code: 'tooLarge' } });
    const many = ['Summary', ...Array.from({ length: 10_001 }, (_, i) => `Issue ${i}`)].join('\n');
    expect(refusal(many)).toEqual({ code: 'tooMany', count: 10_001, max: 10_000 });
  });
});

describe('Jira dates', () => {
  it.each([
    ['21/Nov/26 9:05 AM', new Date(2026, 10, 21, 9, 5)],
    ['21/Nov/26 12:00 AM', new Date(2026, 10, 21, 0, 0)],
    ['21/Nov/26 12:30 PM', new Date(2026, 10, 21, 12, 30)],
    ['1/Jan/2027 11:59 pm', new Date(2027, 0, 1, 23, 59)],
    ['21/nov./26 09:05', new Date(2026, 10, 21, 9, 5)],
    ['03/févr./26 17:00', new Date(2026, 1, 3, 17, 0)],
    ['15/juil./26', new Date(2026, 6, 15)],
    ['15/juin/26', new Date(2026, 5, 15)],
    ['21/Dez/26 14:00', new Date(2026, 11, 21, 14, 0)],
    ['2026-11-21 09:05', new Date(2026, 10, 21, 9, 5)],
  ])('reads %s', (text, date) => {
    expect(parseJiraDate(text)).toBe(date.getTime());
  });

  it('reads an ISO date with its time zone', () => {
    expect(parseJiraDate('2026-11-21T09:05:00.000+0100')).toBe(Date.UTC(2026, 10, 21, 8, 5));
    expect(parseJiraDate('2026-11-21T09:05:00Z')).toBe(Date.UTC(2026, 10, 21, 9, 5));
  });

  it.each(['', 'yesterday', '31/Feb/26 9:05 AM', '21/Nov/26 13:05 PM', '21/Foo/26', '21/Nov/26 25:00', '2026-13-01'])('cannot read “%s”', (text) => {
    expect(parseJiraDate(text)).toBeNull();
  });
});
