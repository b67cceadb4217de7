import { describe, expect, it } from 'vitest';
import { suggestMapping, isMonthlyHeader } from '../../../src/domain/feedback/csv-columns';
import { FEEDBACK_CSV_MAX_ROWS, readFeedbackCsv } from '../../../src/domain/feedback/csv-read';
import { decodeBytes } from '../../../src/domain/import/encoding';
import { feedbackFixture } from './feedback-helpers';

const text = (name: string) => decodeBytes(feedbackFixture(name)).text;

function table(csv: string) {
  const read = readFeedbackCsv(csv);
  if (!read.ok) throw new Error(`refused: ${read.problem.code}`);
  return read.table;
}

describe('reading a feedback CSV', () => {
  it('reads a help desk export: headers, rows as text (a line break and a formula kept as written)', () => {
    const t = table(text('support-export.csv'));
    expect(t.separator).toBe(',');
    expect(t.headers).toEqual(['Ticket ID', 'Subject', 'Description', 'Requester', 'Requester email', 'Organization', 'Channel', 'Tags', 'Created at', 'Plan', 'ARR']);
    expect(t.rows).toHaveLength(15);
    expect(t.rows[5]![2]).toBe('Compliance asked for an audit log of who changed what.\nWe need it before the renewal in June.');
    expect(t.rows[6]![2]).toBe('=HYPERLINK("http://example.com","click") is what we paste in reports');
  });

  it('reads a French Excel export: Windows-1252, semicolons', () => {
    const decoded = decodeBytes(feedbackFixture('crm-export-fr.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    const t = table(decoded.text);
    expect(t.separator).toBe(';');
    expect(t.headers[0]).toBe('Date de création');
    expect(t.rows[0]![4]).toBe('Il nous faut l’export des ventes par boutique, chaque lundi.');
  });

  it('gives short rows empty cells and leaves empty lines out', () => {
    const t = table('\r\nText,Account\r\nHello\r\n\r\n ,\r\nBye,Acme\r\n');
    expect(t.rows).toEqual([['Hello', ''], ['Bye', 'Acme']]);
    expect(t.rowNumbers).toEqual([3, 6]);
  });

  it('refuses a damaged file (a quote never closed), naming the row', () => {
    expect(readFeedbackCsv(text('damaged-quote.csv'))).toEqual({ ok: false, problem: { code: 'unclosedQuote', row: 2 } });
  });

  it('refuses hostile or wrong files with the reason', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d) + 'IHDR'.repeat(20);
    expect(readFeedbackCsv(png)).toMatchObject({ ok: false, problem: { code: 'binary' } });
    expect(readFeedbackCsv('PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml')).toMatchObject({ ok: false, problem: { code: 'binary' } });
    expect(readFeedbackCsv('[{"text":"hi"}]')).toMatchObject({ ok: false, problem: { code: 'json' } });
    expect(readFeedbackCsv('')).toMatchObject({ ok: false, problem: { code: 'noHeader' } });
    expect(readFeedbackCsv('\ufeff \r\n')).toMatchObject({ ok: false, problem: { code: 'noHeader' } });
    expect(readFeedbackCsv('12,2026-03-01,4500\r\n13,2026-03-02,12\r\n')).toMatchObject({ ok: false, problem: { code: 'noHeader' } });
    expect(readFeedbackCsv(`${'word '.repeat(60)}\nmore text\n`)).toMatchObject({ ok: false, problem: { code: 'notCsv' } });
    expect(readFeedbackCsv('Text,Account\r\n')).toMatchObject({ ok: false, problem: { code: 'noRows' } });
  });

  it('refuses a file over the size cap or with too many rows, before looking at its rows', () => {
    expect(readFeedbackCsv('Text\nhello\n', 5)).toEqual({ ok: false, problem: { code: 'tooLarge', max: 5 } });
    const many = `Text\n${'a\n'.repeat(FEEDBACK_CSV_MAX_ROWS + 1)}`;
    expect(readFeedbackCsv(many)).toEqual({ ok: false, problem: { code: 'tooMany', count: FEEDBACK_CSV_MAX_ROWS + 1, max: FEEDBACK_CSV_MAX_ROWS } });
    expect(readFeedbackCsv(`Text\n${'a\n'.repeat(FEEDBACK_CSV_MAX_ROWS)}`).ok).toBe(true);
  });
});

describe('suggesting the columns', () => {
  const named = (headers: string[]) => {
    const m = suggestMapping(headers);
    return Object.fromEntries(Object.entries(m).filter(([, i]) => i !== null).map(([k, i]) => [k, headers[i!]]));
  };

  it('maps a help desk export in English, the description over the subject', () => {
    expect(named(table(text('support-export.csv')).headers)).toEqual({
      text: 'Description',
      account: 'Organization',
      person: 'Requester',
      date: 'Created at',
      source: 'Channel',
      tags: 'Tags',
      plan: 'Plan',
      revenue: 'ARR',
    });
  });

  it('maps a French CRM export', () => {
    expect(named(table(text('crm-export-fr.csv')).headers)).toEqual({
      text: 'Commentaire',
      account: 'Société',
      person: 'Contact',
      date: 'Date de création',
      source: 'Canal',
      tags: 'Étiquettes',
      segment: 'Segment',
      plan: 'Offre',
      revenue: 'CA annuel',
    });
  });

  it('tells the account from the person by the whole name, uses each column once, and leaves unknown columns out', () => {
    expect(named(['Company name', 'Name', 'E-mail', 'Message', 'Canal d’origine', 'Mots-clés', 'MRR (€)', 'Internal id'])).toEqual({
      text: 'Message',
      account: 'Company name',
      person: 'Name',
      source: 'Canal d’origine',
      tags: 'Mots-clés',
      revenue: 'MRR (€)',
    });
    expect(named(['Entreprise', 'Nom', 'Retour', 'Date'])).toEqual({ account: 'Entreprise', person: 'Nom', text: 'Retour', date: 'Date' });
    expect(suggestMapping([]).text).toBeNull();
  });

  it('knows monthly revenue headers', () => {
    expect(isMonthlyHeader('MRR (€)')).toBe(true);
    expect(isMonthlyHeader('Revenu mensuel')).toBe(true);
    expect(isMonthlyHeader('ARR')).toBe(false);
  });
});
