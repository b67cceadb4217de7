import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { askersToCsv } from '../../../src/domain/export/askers-csv';
import { askersMarkdown } from '../../../src/domain/export/askers-markdown';
import type { AskersTexts } from '../../../src/domain/export/askers-rows';
import { loopToClose } from '../../../src/domain/feedback/close-the-loop';
import type { Asker } from '../../../src/domain/feedback/inbox';
import { demandEn } from '../../../src/i18n/en/demand';

const texts: AskersTexts = {
  title: 'Who asked for “Bulk export”',
  reason: 'It shipped: tell the customers who asked for it.',
  headers: demandEn.demand.loop.headers,
  importance: { niceToHave: 'Nice to have', important: 'Important', critical: 'Critical' },
  noAccount: 'No account',
  yes: 'Yes',
  money: (amount) => new Intl.NumberFormat('en').format(amount),
};

const acme: Asker = {
  key: 'account:a1',
  account: { id: 'a1', name: 'Acme | Corp', segment: 'B2B', plan: 'Enterprise', revenue: 120_000, strategic: true },
  people: ['Ana (CTO)', 'Bo'],
  importance: 'critical',
  notes: 2,
  lastAsked: '2026-11-03',
};
const anonymous: Asker = { key: 'person:zoe', account: null, people: ['=HYPERLINK("evil")'], importance: 'niceToHave', notes: 1, lastAsked: '2026-10-01' };

describe('who asked, as Markdown', () => {
  it('gives a title, the reason, and a table of the people to tell, user text escaped', () => {
    expect(askersMarkdown([acme, anonymous], texts)).toBe(
      [
        '# Who asked for “Bulk export”',
        '',
        'It shipped: tell the customers who asked for it.',
        '',
        '| Account | People | Importance | Last asked | Yearly revenue | Strategic |',
        '| --- | --- | --- | --- | --- | --- |',
        '| Acme \\| Corp | Ana (CTO), Bo | Critical | 2026-11-03 | 120,000 | Yes |',
        '| No account | =HYPERLINK("evil") | Nice to have | 2026-10-01 |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('keeps the table when nobody asked', () => {
    expect(askersMarkdown([], texts).trim().split('\n').at(-1)).toBe('| --- | --- | --- | --- | --- | --- |');
  });
});

describe('who asked, as CSV', () => {
  it('has one row per customer, revenue as a plain number, formulas guarded', () => {
    const csv = askersToCsv([acme, anonymous], texts);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['Account', 'People', 'Importance', 'Notes', 'Last asked', 'Segment', 'Plan', 'Yearly revenue', 'Strategic'],
      ['Acme | Corp', 'Ana (CTO), Bo', 'Critical', '2', '2026-11-03', 'B2B', 'Enterprise', '120000', 'Yes'],
      ['No account', `'=HYPERLINK("evil")`, 'Nice to have', '1', '2026-10-01', '', '', '', ''],
    ]);
  });

  it('guards a header or an account name that starts like a formula', () => {
    const csv = askersToCsv([{ ...acme, account: { ...acme.account!, name: '@SUM(A1)' } }], { ...texts, headers: { ...texts.headers, account: '+Account' } });
    expect(Papa.parse<string[]>(csv).data.map((row) => row[0])).toEqual([`'+Account`, `'@SUM(A1)`]);
  });
});

describe('closing the loop', () => {
  const live = { defaultKey: 'released', deletedAt: null } as const;
  it('is due once shipped or in the Released stage, or once parked or killed', () => {
    expect(loopToClose({ status: 'active' }, live)).toBe('released');
    expect(loopToClose({ status: 'shipped' }, undefined)).toBe('released');
    expect(loopToClose({ status: 'parked' }, undefined)).toBe('parked');
    expect(loopToClose({ status: 'killed' }, live)).toBe('killed');
  });

  it('is not due while the work goes on', () => {
    expect(loopToClose({ status: 'active' }, { defaultKey: 'inSprint', deletedAt: null })).toBeNull();
    expect(loopToClose({ status: 'active' }, { defaultKey: 'released', deletedAt: 5 })).toBeNull();
    expect(loopToClose({ status: 'active' }, undefined)).toBeNull();
  });
});
