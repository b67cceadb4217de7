import { describe, expect, it } from 'vitest';
import { newProductRecords } from '../../../src/db/product-records';
import { decodeBytes } from '../../../src/domain/import/encoding';
import { parseJiraCsv } from '../../../src/domain/import/jira';
import { buildImport } from '../../../src/domain/import/mapping';
import type { ImportSource } from '../../../src/domain/import/source';
import { suggestClose } from '../../../src/domain/import/suggest';
import { initiativeFieldsSchema, TEXT_MAX } from '../../../src/domain/validation';
import { fixture, fixtureBytes, summaryOf, WORDS } from './import-helpers';

/** Real-shaped Jira exports written for these tests (see tests/fixtures/import/README.md). */

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

const CLOUD = () => parsed(decodeBytes(fixtureBytes('jira-cloud-comments.csv')).text);
const EXCEL_FR = () => parsed(decodeBytes(fixtureBytes('jira-excel-fr-1252.csv')).text);

describe('a CSV cut short', () => {
  it('leaves out a last row with fewer fields than the header, and says which row and how many fields it had', () => {
    const source = parsed(fixture('jira-cut-row.csv'));
    expect(source.items.map((i) => i.title)).toEqual(['First issue', 'Second issue']);
    expect(source.cutRow).toEqual({ row: 4, fields: 4, expected: 5 });
    expect(source.skippedRows).toEqual([]);
  });

  it('refuses a file that ends inside a quoted field, with the row where it opened', () => {
    expect(refusal(fixture('jira-cut-quote.csv'))).toEqual({ code: 'unclosedQuote', row: 3 });
  });

  it('refuses a file whose only issue is cut short, rather than saying it is empty', () => {
    expect(refusal('Summary,Status,Description\r\nOnly one,To Do')).toEqual({ code: 'cutShort', row: 2 });
  });

  it('reads a last row that is whole, with or without a line break after it', () => {
    expect(parsed('Summary,Status\r\nA,To Do\r\nB,Done').cutRow).toBeNull();
    expect(parsed('Summary,Status\r\nA,To Do\r\nB,Done\r\n').items).toHaveLength(2);
  });

  it('tells a JSON file chosen as Jira issues for what it is', () => {
    expect(refusal(fixture('trello-small.json'))).toEqual({ code: 'otherKind', kind: 'trello' });
  });
});

describe('comments and what has no field here', () => {
  it('keeps every Comment column with its date and author, named from the people of the file when Jira wrote an account id', () => {
    const [refunds, , crypto] = CLOUD().items;
    expect(refunds!.comments).toEqual([
      { author: 'Léo Martin', at: new Date(2026, 10, 3, 10, 0).getTime(), text: 'First pass: partial refunds only.' },
      { author: 'Amélie Dubois', at: new Date(2026, 10, 4, 14, 30).getTime(), text: 'Agreed; full refunds next sprint.\nSee the spec.' },
      { author: 'unknown-account', at: new Date(2026, 10, 5, 8, 0).getTime(), text: 'Ping' },
    ]);
    expect(crypto!.comments).toEqual([{ author: '', at: null, text: 'a comment without date or author' }]);
  });

  it('reads comments dated in French Jira’s format, in a file French Excel saved', () => {
    expect(EXCEL_FR().items[0]!.comments).toEqual([
      { author: 'leo.martin', at: new Date(2026, 10, 4, 10, 0).getTime(), text: 'Première remarque ; ça marche' },
      { author: 'amelie.dubois', at: new Date(2026, 10, 5, 11, 30).getTime(), text: 'Validé par le métier' },
    ]);
  });

  it('keeps the key, type, parent (named by id or by epic link), priority, points, sprints and resolution', () => {
    const [refunds, epic, crypto, reasons] = CLOUD().items;
    expect(refunds!.details).toEqual([
      { kind: 'issue', key: 'PAY-201', type: 'Story' },
      { kind: 'parent', key: 'PAY-200', summary: 'Refunds epic' },
      { kind: 'priority', value: 'Highest' },
      { kind: 'points', value: '8' },
      { kind: 'sprints', names: ['PAY Sprint 11', 'PAY Sprint 12'] },
    ]);
    expect(epic!.details).toContainEqual({ kind: 'resolution', value: 'Done' });
    expect(crypto!.details).toContainEqual({ kind: 'parent', key: 'PAY-200', summary: '' });
    expect(crypto!.details).toContainEqual({ kind: 'resolution', value: "Won't Do" });
    expect(crypto!.resolvedAt).toBe(new Date(2026, 9, 3, 9, 30).getTime());
    expect(reasons!.details).toContainEqual({ kind: 'points', value: '2' });
    expect(EXCEL_FR().items[0]!.details).toContainEqual({ kind: 'parent', key: 'REC-10', summary: 'Épopée reçus' });
  });

  it('tells which cards have attachments and which custom fields hold values, leaving out Jira’s own Rank and the fields it reads', () => {
    expect(CLOUD().leftOut).toEqual({ attachments: 1, customFields: ['Team'], olderComments: false });
    expect(EXCEL_FR().leftOut).toEqual({ attachments: 1, customFields: ['Équipe'], olderComments: false });
  });
});

describe('a description over the length limit', () => {
  it('never pushes out the metadata: it comes first in the summary, whole, and the description is cut after it', () => {
    const source = CLOUD();
    const refunds = source.items[0]!;
    expect(refunds.description.length).toBeGreaterThan(TEXT_MAX);
    const facts = 'Jira: PAY-201 (Story)\nParent: PAY-200 (Refunds epic)\nPriority: Highest\nStory points: 8\nSprints: PAY Sprint 11, PAY Sprint 12';
    const summary = summaryOf(refunds, WORDS);
    expect(summary).toHaveLength(TEXT_MAX);
    expect(summary.startsWith(`${facts}\n\n1. Le parcours`)).toBe(true);
    expect(summary.endsWith('…')).toBe(true);

    const { product, stages } = newProductRecords('PAY', 0);
    const built = buildImport(source, { stageOf: new Map(source.groups.map((g) => [g.key, stages[0]!.id])), archived: 'park' }, { product, stages, isNew: true, tails: new Map() }, WORDS, Date.UTC(2027, 0, 1), () => crypto.randomUUID());
    expect(built.initiatives[0]!.summary).toBe(summary);
    expect(built.counts.shortened).toBe(1);
    for (const initiative of built.initiatives) expect(initiativeFieldsSchema.safeParse(initiative).success).toBe(true);
  });

  it('keeps the facts whole with any description length, and cuts them only when they alone exceed the limit', () => {
    const details = [{ kind: 'issue' as const, key: 'A-1', type: 'Bug' }, { kind: 'resolution' as const, value: 'Fixed' }];
    for (const length of [0, 1, 50, 80, 81, 82, 100, 10_000]) {
      const summary = summaryOf({ description: 'd'.repeat(length), details }, WORDS, 80);
      expect(summary.length).toBeLessThanOrEqual(80);
      expect(summary.startsWith('Jira: A-1 (Bug)\nResolution: Fixed')).toBe(true);
    }
    expect(summaryOf({ description: 'short', details: [{ kind: 'sprints', names: ['x'.repeat(100)] }] }, WORDS, 50)).toHaveLength(50);
  });
});

describe('statuses of real workflows', () => {
  it('suggests closing as killed for given-up statuses, in English, French, Spanish and Portuguese', () => {
    expect(['Cancelled', 'Canceled', 'Aborted', "Won't Do", 'Won’t do', 'Rejected', 'Annulé', 'Abandonné', 'Rejeté', 'Cancelado', 'Rechazado', 'Descartado', 'Rejeitado'].map(suggestClose)).toEqual(
      Array(13).fill('killed'),
    );
    expect(['On hold', 'En pause', 'Suspendu', 'En espera', 'Em espera'].map(suggestClose)).toEqual(Array(5).fill('parked'));
    expect(['Done', 'To Do', 'In Progress', 'Blocked', 'Terminé', 'Backlog', 'Haciendo', ''].map(suggestClose)).toEqual(Array(8).fill(null));
  });
});
