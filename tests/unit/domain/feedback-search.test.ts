import { describe, expect, it } from 'vitest';
import { feedbackSearchText, holdsWords, matchesFeedback, searchWords } from '../../../src/domain/feedback/inbox';

const note = { text: 'Les exports CSV cassent les accents dans Excel.', person: 'Élodie (ops)', tags: ['export', 'Billing'] };

describe("the inbox's search", () => {
  it('splits a search into words, ignoring case, accents and extra spaces', () => {
    expect(searchWords('  Élodie   EXCEL ')).toEqual(['elodie', 'excel']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('looks in the text, the person, the tags and the account name', () => {
    const text = feedbackSearchText(note, 'Société Générale');
    for (const query of ['cassent', 'elodie', 'billing', 'societe generale', 'EXPORTS csv']) expect(holdsWords(text, searchWords(query)), query).toBe(true);
  });

  it('needs every word, anywhere in the note', () => {
    const text = feedbackSearchText(note, 'Acme');
    expect(holdsWords(text, searchWords('acme excel'))).toBe(true);
    expect(holdsWords(text, searchWords('acme word'))).toBe(false);
  });

  it('matches a note from its fields: every note for an empty search', () => {
    expect(matchesFeedback(note, 'Acme', '')).toBe(true);
    expect(matchesFeedback(note, 'Acme', 'acme OPS')).toBe(true);
    expect(matchesFeedback(note, 'Acme', 'nothing')).toBe(false);
  });
});
