import { describe, expect, it } from 'vitest';
import { escapeMarkdown, textBlock } from '../../../src/domain/export/markdown';

describe('user text in exported Markdown', () => {
  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('*bold* _it_ `code` [link](x) <b> #1 a|b ~~s~~ &amp; \\')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\#1 a\\|b \\~\\~s\\~\\~ \\&amp; \\\\',
    );
  });

  it('puts a line on one line, its runs of spaces, tabs and breaks as one space', () => {
    expect(escapeMarkdown('  one \t two\nthree  ')).toBe('one two three');
  });

  it('keeps the no-break spaces of French typography', () => {
    const french = 'Pourquoi\u00a0? «\u00a0Export\u00a0» en un clic\u202f!';
    expect(escapeMarkdown(french)).toBe(french);
    expect(textBlock(`Objectif\u00a0: garder les foyers\n\nÀ suivre\u00a0!`)).toBe('Objectif\u00a0: garder les foyers\n\nÀ suivre\u00a0!');
  });

  it('keeps lines apart with hard breaks and paragraphs with a blank line', () => {
    expect(textBlock('first\nsecond\r\n\r\n\nthird')).toBe('first  \nsecond\n\nthird');
  });
});
