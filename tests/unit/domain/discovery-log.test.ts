import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  filterLog,
  guardFormula,
  lastChangeAt,
  logToCsv,
  logToMarkdown,
  NO_LOG_FILTER,
  sortLog,
  statementText,
  type LogExportColumns,
  type LogRow,
  type StatementWords,
} from '../../../src/domain/discovery/hypothesis-log';
import type { Hypothesis } from '../../../src/domain/discovery/types';

const WORDS: StatementWords = {
  weBelieve: 'We believe that',
  for: 'for',
  willAchieve: 'will achieve',
  weWillKnow: 'We will know this is true when we see',
};

const FR_WORDS: StatementWords = {
  weBelieve: 'Nous croyons que',
  for: 'pour',
  willAchieve: 'permettra',
  weWillKnow: 'Nous saurons que c’est vrai quand nous verrons',
};

function hyp(over: Partial<Hypothesis> = {}): Hypothesis {
  return {
    id: 'h1',
    productId: 'p',
    initiativeId: 'i1',
    belief: 'a CSV import',
    persona: 'office managers',
    outcome: 'faster onboarding',
    signal: 'accounts importing in 48 h',
    threshold: '40%',
    category: 'desirability',
    importance: 4,
    evidence: 2,
    owner: 'Hugo',
    status: 'testing',
    learning: '',
    content: { template: { templateId: 't', templateVersion: 1, templateName: 'T', family: 'hypothesis', body: { description: '', sections: [], timebox: { kind: 'none' }, outputs: [] } }, answers: {}, checked: {}, notes: {} },
    createdAt: 1_000,
    updatedAt: 1_000,
    statusChangedAt: 1_000,
    deletedAt: null,
    ...over,
  };
}

function row(over: Partial<Hypothesis> = {}, title = 'Bulk import', supports = 0, refutes = 0): LogRow {
  return { hypothesis: hyp(over), initiativeTitle: title, initiativeStatus: 'active', supports, refutes };
}

const COLUMNS: LogExportColumns = {
  headers: {
    initiative: 'Initiative',
    statement: 'Hypothesis',
    category: 'Category',
    status: 'Status',
    importance: 'Importance',
    evidence: 'Evidence',
    supports: 'Supports',
    refutes: 'Refutes',
    owner: 'Owner',
    lastChange: 'Last change',
    learning: 'Learning',
  },
  labels: {
    status: { draft: 'Draft', testing: 'Testing', validated: 'Validated', invalidated: 'Invalidated', inconclusive: 'Inconclusive' },
    category: { desirability: 'Desirability', viability: 'Viability', feasibility: 'Feasibility', usability: 'Usability' },
  },
  words: WORDS,
  dateFormat: (ms) => new Date(ms).toISOString().slice(0, 10),
};

const ids = (rows: LogRow[]) => rows.map((r) => r.hypothesis.id);

describe('statementText', () => {
  it('writes the Lean UX statement', () => {
    expect(statementText(hyp(), WORDS)).toBe(
      'We believe that a CSV import for office managers will achieve faster onboarding. We will know this is true when we see accounts importing in 48 h (40%).',
    );
  });

  it('takes its words from the UI language', () => {
    expect(statementText(hyp({ belief: 'proposer un import', persona: 'les office managers', outcome: 'd’aller plus vite', signal: 'des imports', threshold: '40 %' }), FR_WORDS)).toBe(
      'Nous croyons que proposer un import pour les office managers permettra d’aller plus vite. Nous saurons que c’est vrai quand nous verrons des imports (40 %).',
    );
  });

  it('leaves out empty parts with their words', () => {
    expect(statementText(hyp({ persona: '', outcome: '', signal: '', threshold: '' }), WORDS)).toBe('We believe that a CSV import.');
    expect(statementText(hyp({ threshold: '' }), WORDS)).toMatch(/when we see accounts importing in 48 h\.$/);
    expect(statementText(hyp({ signal: '' }), WORDS)).toMatch(/when we see \(40%\)\.$/);
  });

  it('keeps to one line with one full stop per sentence', () => {
    expect(statementText(hyp({ belief: ' a CSV\nimport. ', outcome: 'faster onboarding...' }), WORDS)).toBe(
      'We believe that a CSV import for office managers will achieve faster onboarding. We will know this is true when we see accounts importing in 48 h (40%).',
    );
  });
});

describe('filterLog', () => {
  const rows = [
    row({ id: 'a', status: 'validated', category: 'viability', initiativeId: 'i1' }),
    row({ id: 'b', status: 'testing', category: 'viability', initiativeId: 'i2' }),
    row({ id: 'c', status: 'testing', category: 'usability', initiativeId: 'i1' }),
  ];

  it('keeps everything with no filter', () => {
    expect(ids(filterLog(rows, NO_LOG_FILTER))).toEqual(['a', 'b', 'c']);
  });

  it('filters by status, category and initiative, together', () => {
    expect(ids(filterLog(rows, { ...NO_LOG_FILTER, status: 'testing' }))).toEqual(['b', 'c']);
    expect(ids(filterLog(rows, { ...NO_LOG_FILTER, category: 'viability' }))).toEqual(['a', 'b']);
    expect(ids(filterLog(rows, { ...NO_LOG_FILTER, initiativeId: 'i1' }))).toEqual(['a', 'c']);
    expect(ids(filterLog(rows, { status: 'testing', category: 'viability', initiativeId: 'i1' }))).toEqual([]);
    expect(ids(filterLog(rows, { status: 'testing', category: 'usability', initiativeId: 'i1' }))).toEqual(['c']);
  });
});

describe('sortLog', () => {
  it('puts the latest change first, status change or edit, ties by id', () => {
    const rows = [
      row({ id: 'b', statusChangedAt: 10, updatedAt: 10 }),
      row({ id: 'a', statusChangedAt: 10, updatedAt: 10 }),
      row({ id: 'c', statusChangedAt: 5, updatedAt: 30 }),
      row({ id: 'd', statusChangedAt: 20, updatedAt: 20 }),
    ];
    expect(ids(sortLog(rows, 'lastChange'))).toEqual(['c', 'd', 'a', 'b']);
    expect(lastChangeAt(rows[2]!.hypothesis)).toBe(30);
  });

  it('does not change the rows it is given', () => {
    const rows = [row({ id: 'a', updatedAt: 1 }), row({ id: 'b', updatedAt: 2 })];
    sortLog(rows, 'lastChange');
    expect(ids(rows)).toEqual(['a', 'b']);
  });

  it('sorts by status in display order, then latest change', () => {
    const rows = [
      row({ id: 'inv', status: 'invalidated' }),
      row({ id: 'dr', status: 'draft' }),
      row({ id: 'te-old', status: 'testing', updatedAt: 1 }),
      row({ id: 'te-new', status: 'testing', updatedAt: 2_000 }),
      row({ id: 'inc', status: 'inconclusive' }),
      row({ id: 'val', status: 'validated' }),
    ];
    expect(ids(sortLog(rows, 'status'))).toEqual(['val', 'te-new', 'te-old', 'dr', 'inc', 'inv']);
  });

  it('sorts by category, by initiative title, by importance (riskiest first)', () => {
    const rows = [
      row({ id: 'u', category: 'usability', importance: 5, evidence: 4 }, 'Zebra'),
      row({ id: 'd', category: 'desirability', importance: 2, evidence: 1 }, 'alpha'),
      row({ id: 'f', category: 'feasibility', importance: 5, evidence: 1 }, 'Beta'),
      row({ id: 'v', category: 'viability', importance: 3, evidence: 3 }, 'Éclair'),
    ];
    expect(ids(sortLog(rows, 'category'))).toEqual(['d', 'v', 'f', 'u']);
    expect(ids(sortLog(rows, 'initiative'))).toEqual(['d', 'f', 'v', 'u']);
    expect(ids(sortLog(rows, 'importance'))).toEqual(['f', 'u', 'v', 'd']);
  });
});

describe('logToCsv', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('writes a header and one line per row, CRLF between lines', () => {
    const csv = logToCsv([row({ status: 'validated', learning: 'Yes' }, 'Bulk import', 2, 1)], COLUMNS);
    expect(csv.split('\r\n')).toHaveLength(2);
    expect(parse(csv)).toEqual([
      ['Initiative', 'Hypothesis', 'Category', 'Status', 'Importance', 'Evidence', 'Supports', 'Refutes', 'Owner', 'Last change', 'Learning'],
      ['Bulk import', statementText(hyp(), WORDS), 'Desirability', 'Validated', '4', '2', '2', '1', 'Hugo', '1970-01-01', 'Yes'],
    ]);
  });

  it('quotes commas, quotes and line breaks so they read back as written', () => {
    const learning = 'Line one, with a comma\nline "two"\r\nand three';
    const csv = logToCsv([row({ learning, owner: 'Hugo, Léa' }, 'Title "quoted"')], COLUMNS);
    const [, cells] = parse(csv);
    expect(cells![0]).toBe('Title "quoted"');
    expect(cells![8]).toBe('Hugo, Léa');
    expect(cells![10]).toBe(learning);
    expect(csv).toContain('"Title ""quoted"""');
  });

  it('defuses formulas: cells starting with = + - @ get a leading quote', () => {
    const csv = logToCsv([row({ owner: '=HYPERLINK("http://evil","x")', learning: '+1', belief: 'x' }, '@SUM(A1)'), row({ learning: '-2', owner: '\tTAB' }, 'Safe = fine')], COLUMNS);
    const [, first, second] = parse(csv);
    expect(first![0]).toBe("'@SUM(A1)");
    expect(first![8]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(first![10]).toBe("'+1");
    expect(second![0]).toBe('Safe = fine');
    expect(second![8]).toBe("'\tTAB");
    expect(second![10]).toBe("'-2");
    expect(['=1', '+1', '-1', '@1', 'a=1', ''].map(guardFormula)).toEqual(["'=1", "'+1", "'-1", "'@1", 'a=1', '']);
  });

  it('has only the header when there are no rows', () => {
    expect(parse(logToCsv([], COLUMNS))).toHaveLength(1);
  });
});

describe('logToMarkdown', () => {
  it('writes a heading and a table', () => {
    const md = logToMarkdown([row({ status: 'validated' }, 'Bulk import', 3, 0)], COLUMNS, 'Hypotheses of Sample');
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('# Hypotheses of Sample');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('| Initiative | Hypothesis | Category | Status | Importance | Evidence | Supports | Refutes | Owner | Last change | Learning |');
    expect(lines[3]).toBe('| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |');
    expect(lines[4]).toBe(`| Bulk import | ${statementText(hyp(), WORDS)} | Desirability | Validated | 4 | 2 | 3 | 0 | Hugo | 1970-01-01 |  |`);
    expect(lines).toHaveLength(5);
  });

  it('escapes pipes and backslashes and turns line breaks into <br>', () => {
    const md = logToMarkdown([row({ learning: 'a | b\nc\r\nd \\| e', owner: 'x\\' }, 'T|T')], COLUMNS, 'Log\nof | things');
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('# Log of | things');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain('| T\\|T |');
    expect(lines[4]).toContain('| x\\\\ |');
    expect(lines[4]).toContain('| a \\| b<br>c<br>d \\\\\\| e |');
    // Every unescaped pipe is a cell boundary: 12 of them for 11 columns.
    expect(lines[4]!.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|')).toHaveLength(13);
  });
});
