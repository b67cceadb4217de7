import { describe, expect, it } from 'vitest';
import { axisDayText, dateText, dateTimeText, dayRangeText, dayText } from '../../../src/ui/date-text';

// ICU puts a narrow or plain non-breaking space before "PM" and inside some French dates.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dayText', () => {
  it('writes a calendar day in English and in French, at each length', () => {
    expect(dayText('2026-03-09', 'en')).toBe('Mar 9, 2026');
    expect(dayText('2026-03-09', 'en', 'long')).toBe('March 9, 2026');
    expect(dayText('2026-03-09', 'en', 'full')).toBe('Monday, March 9, 2026');
    expect(plain(dayText('2026-03-09', 'fr'))).toBe('9 mars 2026');
    expect(plain(dayText('2026-03-09', 'fr', 'full'))).toBe('lundi 9 mars 2026');
  });

  it('shows text that is not a day of the calendar as it is', () => {
    expect(dayText('', 'en')).toBe('');
    expect(dayText('next week', 'fr')).toBe('next week');
    expect(dayText('2026-02-30', 'en')).toBe('2026-02-30');
    expect(dayText('2026-3-9', 'en')).toBe('2026-3-9');
  });

  it('keeps a year below 100 as it is', () => {
    expect(dayText('0099-01-05', 'en')).toBe('Jan 5, 99');
  });
});

describe('axisDayText', () => {
  it('gives the weekday for the days of a sprint and the month for weeks', () => {
    expect(axisDayText('2026-03-09', 'en', 'day')).toBe('9 Mon');
    expect(axisDayText('2026-03-09', 'en', 'week')).toBe('Mar 9');
    expect(plain(axisDayText('2026-03-09', 'fr', 'day'))).toBe('lun. 9');
    expect(plain(axisDayText('2026-03-09', 'fr', 'week'))).toBe('9 mars');
  });
});

describe('dayRangeText', () => {
  it('writes both ends of a span', () => {
    expect(dayRangeText('2026-03-09', '2026-03-20', 'en')).toBe('Mar 9, 2026 – Mar 20, 2026');
    expect(plain(dayRangeText('2026-03-09', '2026-03-20', 'fr'))).toBe('9 mars 2026 – 20 mars 2026');
  });
});

describe('moments', () => {
  // 14:05 on 9 March 2026 where the test runs, as moments are shown where the reader is.
  const moment = new Date(2026, 2, 9, 14, 5).getTime();

  it('writes the day of a moment', () => {
    expect(dateText(moment, 'en')).toBe('Mar 9, 2026');
    expect(dateText(moment, 'en', 'long')).toBe('March 9, 2026');
    expect(plain(dateText(moment, 'fr', 'long'))).toBe('9 mars 2026');
  });

  it('writes its day and time, on a 12-hour clock in English and a 24-hour one in French', () => {
    expect(plain(dateTimeText(moment, 'en'))).toBe('Mar 9, 2026, 2:05 PM');
    expect(plain(dateTimeText(moment, 'en', 'long'))).toBe('March 9, 2026 at 2:05 PM');
    expect(plain(dateTimeText(moment, 'fr'))).toBe('9 mars 2026, 14:05');
    expect(plain(dateTimeText(moment, 'fr', 'long'))).toBe('9 mars 2026 à 14:05');
  });
});
