import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/domain/feedback/csv-columns';
import { planFeedbackImport, type FeedbackImportChoices } from '../../../src/domain/feedback/csv-import';
import { readFeedbackCsv, type FeedbackTable } from '../../../src/domain/feedback/csv-read';
import { decodeBytes } from '../../../src/domain/import/encoding';
import { feedbackFixture } from './feedback-helpers';

function tableOf(csv: string): FeedbackTable {
  const read = readFeedbackCsv(csv);
  if (!read.ok) throw new Error(`refused: ${read.problem.code}`);
  return read.table;
}

const support = tableOf(decodeBytes(feedbackFixture('support-export.csv')).text);
const french = tableOf(decodeBytes(feedbackFixture('crm-export-fr.csv')).text);
const choicesFor = (table: FeedbackTable, patch: Partial<FeedbackImportChoices> = {}): FeedbackImportChoices => ({
  mapping: suggestMapping(table.headers),
  dayOrder: 'dmy',
  defaultSource: 'other',
  monthlyRevenue: false,
  today: '2026-04-01',
  ...patch,
});
const none = { accounts: [], notes: [] };

describe('planning a feedback import', () => {
  it('turns a help desk export into notes, one new account per distinct name, and says what it leaves out', () => {
    const plan = planFeedbackImport(support, choicesFor(support), none);
    expect(plan.notes).toHaveLength(12);
    expect(plan.noText).toEqual([6]);
    expect(plan.duplicates).toEqual([11]);
    expect(plan.refused).toEqual([{ row: 13, reasons: [{ field: 'date', reason: 'feedbackImport.reasons.date', value: 'next week' }] }]);
    expect(plan.unknownSources).toEqual(['API']);
    expect(plan.newAccounts.map((a) => a.input.name)).toEqual(['Acme Corp', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay Industries']);
    expect(plan.newAccounts[0]!.input).toEqual({ name: 'Acme Corp', segment: '', plan: 'Enterprise', revenue: 120_000, strategic: false });
    expect(plan.notes[0]).toEqual({
      row: 2,
      text: 'We need to export the quarterly report as PDF for our board, today we screenshot it.',
      source: 'support',
      person: 'Maria Lopez',
      date: '2026-03-02',
      tags: ['reporting', 'export'],
      account: { key: 'acme corp', name: 'Acme Corp' },
    });
    const byRow = new Map(plan.notes.map((n) => [n.row, n]));
    expect(byRow.get(7)).toMatchObject({ source: 'customerSuccess', tags: ['security', 'compliance'], account: { key: 'acme corp', name: 'Acme Corp' } });
    expect(byRow.get(7)!.text).toContain('\nWe need it before the renewal');
    expect(byRow.get(8)!.text).toBe('=HYPERLINK("http://example.com","click") is what we paste in reports');
    expect(byRow.get(5)).toMatchObject({ source: 'user', account: null });
    expect(byRow.get(10)).toMatchObject({ source: 'other' });
    expect(plan.matchedAccounts).toBe(0);
  });

  it('gives unknown and empty sources the default chosen, and dates rows without one today', () => {
    const table = tableOf('Text,Channel,Date\r\nA,Carrier pigeon,\r\nB,,2026-01-02\r\n');
    const plan = planFeedbackImport(table, choicesFor(table, { defaultSource: 'sales' }), none);
    expect(plan.notes.map((n) => [n.source, n.date])).toEqual([
      ['sales', '2026-04-01'],
      ['sales', '2026-01-02'],
    ]);
    expect(plan.undated).toEqual([2]);
    expect(plan.unknownSources).toEqual(['Carrier pigeon']);
    // Imported again another day, the row without a date is the same note.
    const later = planFeedbackImport(table, choicesFor(table, { defaultSource: 'sales', today: '2026-05-01' }), { accounts: [], notes: plan.notes.map((n) => ({ ...n, accountId: null })) });
    expect(later.duplicates).toEqual([2, 3]);
  });

  it('reads a French export: day-first dates, segments, amounts with a decimal comma', () => {
    const plan = planFeedbackImport(french, choicesFor(french), none);
    expect(plan.refused).toEqual([]);
    expect(plan.notes.map((n) => [n.date, n.source])).toEqual([
      ['2026-03-02', 'sales'],
      ['2026-03-14', 'customerSuccess'],
      ['2026-03-15', 'support'],
      ['2026-03-20', 'review'],
      ['2026-03-21', 'support'],
    ]);
    expect(plan.newAccounts.map((a) => a.input)).toEqual([
      { name: 'Boulangeries Martin', segment: 'B2B', plan: 'Pro', revenue: 12_000, strategic: false },
      { name: 'Mutuelle Sécurité', segment: 'B2B', plan: 'Entreprise', revenue: 85_000, strategic: false },
      { name: 'Cafés Lenoir', segment: 'B2B', plan: 'Essentiel', revenue: 3600.5, strategic: false },
    ]);
    expect(plan.notes[3]!.account).toBeNull();
    const monthly = planFeedbackImport(french, choicesFor(french, { monthlyRevenue: true }), none);
    expect(monthly.newAccounts[0]!.input.revenue).toBe(144_000);
  });

  it('refuses rows whose dates do not read in the order chosen', () => {
    const plan = planFeedbackImport(french, choicesFor(french, { dayOrder: 'mdy' }), none);
    expect(plan.refused.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(plan.notes).toHaveLength(1);
  });

  it('matches the product’s accounts by name (case, accents and spacing aside) and skips notes it holds already', () => {
    const existing = {
      accounts: [{ id: 'a1', name: 'ACME  corp' }],
      notes: [{ text: 'Let us edit the owner of many cards at once.', date: '2026-03-06', accountId: null }, { text: 'Raise the API rate limit, our sync job hits it every night.', date: '2026-03-06', accountId: 'gone' }],
    };
    const plan = planFeedbackImport(support, choicesFor(support), existing);
    expect(plan.matchedAccounts).toBe(1);
    expect(plan.newAccounts.map((a) => a.input.name)).not.toContain('Acme Corp');
    expect(plan.notes.filter((n) => n.account && 'id' in n.account).map((n) => n.row)).toEqual([2, 7, 16]);
    // The same words for another account, or none, are another note.
    expect(plan.duplicates).toEqual([11]);
    const again = planFeedbackImport(support, choicesFor(support), {
      accounts: [{ id: 'a1', name: 'Acme Corp' }],
      notes: [{ text: 'Let us edit the owner of many cards at once.', date: '2026-03-06', accountId: null }, { text: 'We need to export  the quarterly report as PDF for our board, today we screenshot it.', date: '2026-03-02', accountId: 'a1' }],
    });
    expect(again.duplicates).toEqual([2, 11]);
  });

  it('refuses rows over the fields’ limits, with every reason', () => {
    const long = 'x'.repeat(20_001);
    const tags = Array.from({ length: 31 }, (_, i) => `t${i}`).join(',');
    const csv = `Text,Person,Account,Tags,Revenue\r\n${long},Ann,Acme,,\r\nOk,${'p'.repeat(201)},${'a'.repeat(201)},"${tags}",-5\r\nFine,Bob,Acme,${'t'.repeat(61)},about ten\r\n`;
    const table = tableOf(csv);
    const plan = planFeedbackImport(table, choicesFor(table), none);
    expect(plan.notes).toEqual([]);
    expect(plan.refused.map((r) => [r.row, r.reasons.map((x) => `${x.field}:${x.reason}`)])).toEqual([
      [2, ['text:errors.feedbackTextTooLong']],
      [3, ['person:errors.titleTooLong', 'tags:errors.tooManyTags', 'account:errors.titleTooLong', 'revenue:errors.revenueInvalid']],
      [4, ['tags:errors.tagTooLong', 'revenue:feedbackImport.reasons.revenue']],
    ]);
    expect(plan.newAccounts).toEqual([]);
  });

  it('imports nothing when no column holds the text', () => {
    const plan = planFeedbackImport(support, choicesFor(support, { mapping: { ...suggestMapping(support.headers), text: null } }), none);
    expect(plan.notes).toEqual([]);
    expect(plan.noText).toHaveLength(15);
  });
});
