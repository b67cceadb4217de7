import { describe, expect, it } from 'vitest';
import { cleanDisplayName, displayNameProblem, initials } from '../../../src/domain/member-name';

describe('a display name', () => {
  it('needs a character besides spaces, and at most 80 of them', () => {
    expect(displayNameProblem('')).toBe('required');
    expect(displayNameProblem(' \n\t ')).toBe('required');
    expect(displayNameProblem('Ana')).toBeNull();
    expect(displayNameProblem(` ${'é'.repeat(80)} `)).toBeNull();
    expect(displayNameProblem('é'.repeat(81))).toBe('tooLong');
  });

  it('is sent trimmed, a pasted line break becoming a space, as the server accepts no control character', () => {
    expect(cleanDisplayName('  Ana\nDupont \u0007')).toBe('Ana Dupont');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words, in capitals', () => {
    expect(initials('ana maría dupont')).toBe('AD');
    expect(initials('  Zoë ')).toBe('Z');
    expect(initials('élodie')).toBe('É');
  });

  it('keeps a letter written with two code units whole, and stands in for an empty name', () => {
    expect(initials('𝒜lex Roy')).toBe('𝒜R');
    expect(initials('   ')).toBe('?');
  });
});
