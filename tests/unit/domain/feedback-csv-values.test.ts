import { describe, expect, it } from 'vitest';
import { amountOfCell, dayOrderShown, feedbackDate, segmentOfCell, sourceOfCell, tagsOfCell } from '../../../src/domain/feedback/csv-values';

describe('dates of a feedback CSV', () => {
  it('reads ISO dates as written, with a time and a zone or not', () => {
    expect(feedbackDate('2026-03-02', 'dmy')).toBe('2026-03-02');
    expect(feedbackDate('2026-03-02 09:15:00', 'mdy')).toBe('2026-03-02');
    expect(feedbackDate('2026-03-02T23:30:00.000Z', 'dmy')).toBe('2026-03-02');
    expect(feedbackDate('2026-02-30', 'dmy')).toBeNull();
  });

  it('reads numeric dates in the order chosen: day first (French) or month first (US)', () => {
    expect(feedbackDate('03/04/2026', 'dmy')).toBe('2026-04-03');
    expect(feedbackDate('03/04/2026', 'mdy')).toBe('2026-03-04');
    expect(feedbackDate('14/03/2026 10:30', 'dmy')).toBe('2026-03-14');
    expect(feedbackDate('3/14/26 9:05 PM', 'mdy')).toBe('2026-03-14');
    expect(feedbackDate('14.03.2026', 'dmy')).toBe('2026-03-14');
    expect(feedbackDate('14/03/2026', 'mdy')).toBeNull();
    expect(feedbackDate('31/02/2026', 'dmy')).toBeNull();
  });

  it('reads Unix timestamps in seconds or milliseconds, and refuses words', () => {
    const at = new Date(2026, 2, 5, 12).getTime();
    expect(feedbackDate(String(at), 'dmy')).toBe('2026-03-05');
    expect(feedbackDate(String(at / 1000), 'dmy')).toBe('2026-03-05');
    expect(feedbackDate('next week', 'dmy')).toBeNull();
    expect(feedbackDate('12345', 'dmy')).toBeNull();
  });

  it('tells the order from the file when a day is over 12, and not otherwise', () => {
    expect(dayOrderShown(['02/03/2026', '14/03/2026'])).toBe('dmy');
    expect(dayOrderShown(['02/03/2026', '03/14/2026'])).toBe('mdy');
    expect(dayOrderShown(['02/03/2026', '2026-03-20'])).toBeNull();
    expect(dayOrderShown(['14/03/2026', '03/14/2026'])).toBeNull();
  });
});

describe('values of a feedback CSV', () => {
  it('maps the channels support tools and CRMs write, in English and French, to a source', () => {
    const cases: [string, string | null][] = [
      ['Email', 'support'],
      ['Zendesk', 'support'],
      ['Sales call', 'sales'],
      ['Commercial', 'sales'],
      ['Customer Success', 'customerSuccess'],
      ['Succès client', 'customerSuccess'],
      ['App Store review', 'review'],
      ['Avis App Store', 'review'],
      ['Web widget', 'user'],
      ['Interne', 'internal'],
      ['customerSuccess', 'customerSuccess'],
      ['API', null],
      ['', null],
    ];
    for (const [cell, source] of cases) expect([cell, sourceOfCell(cell)]).toEqual([cell, source]);
  });

  it('reads B2B and B2C from the words used for them', () => {
    expect(segmentOfCell('B2B')).toBe('B2B');
    expect(segmentOfCell('PME')).toBe('B2B');
    expect(segmentOfCell('Particulier')).toBe('B2C');
    expect(segmentOfCell('Consumer')).toBe('B2C');
    expect(segmentOfCell('Gold')).toBe('');
  });

  it('reads amounts as English and French write them', () => {
    expect(amountOfCell('120,000')).toBe(120_000);
    expect(amountOfCell('12 000 €')).toBe(12_000);
    expect(amountOfCell('3 600,50 €')).toBe(3600.5);
    expect(amountOfCell('$12,500.75')).toBe(12_500.75);
    expect(amountOfCell('1.234.567,8')).toBe(1_234_567.8);
    expect(amountOfCell('1.234.567')).toBe(1_234_567);
    expect(amountOfCell('12,5')).toBe(12.5);
    expect(amountOfCell('12k')).toBe(12_000);
    expect(amountOfCell('1.2M')).toBe(1_200_000);
    expect(amountOfCell('')).toBeNull();
    expect(amountOfCell('about 10')).toBeNaN();
  });

  it('splits tags on commas, semicolons, pipes and line breaks', () => {
    expect(tagsOfCell('security; compliance, sso|api\nmobile')).toEqual(['security', 'compliance', 'sso', 'api', 'mobile']);
    expect(tagsOfCell(' ')).toEqual([]);
  });
});
