import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/features/accounts/account-words';
import { compareRows, type AccountRow, type Sort } from '../../../src/features/accounts/accounts-sort';
import type { Account } from '../../../src/domain/feedback/types';

const row = (name: string, revenue: number | null, strategic: boolean, notes: number, asks: string[] = []): AccountRow => ({
  account: { id: name, productId: 'p', name, segment: 'B2B', plan: '', revenue, strategic, createdAt: 0, updatedAt: 0, deletedAt: null } satisfies Account,
  notes,
  asks,
});

const rows = [row('beta', 500, false, 2), row('Alpha', null, true, 2, ['x']), row('gamma', 1000, true, 5, ['x', 'y'])];
const names = (sort: Sort) => [...rows].sort((a, b) => compareRows(a, b, sort)).map((r) => r.account.name);

describe('the accounts list’s order', () => {
  it('sorts names A to Z ignoring case, and Z to A', () => {
    expect(names({ column: 'name', descending: false })).toEqual(['Alpha', 'beta', 'gamma']);
    expect(names({ column: 'name', descending: true })).toEqual(['gamma', 'beta', 'Alpha']);
  });

  it('puts an unknown revenue below every known one', () => {
    expect(names({ column: 'revenue', descending: true })).toEqual(['gamma', 'beta', 'Alpha']);
  });

  it('breaks ties by name A to Z whichever way the column goes', () => {
    expect(names({ column: 'strategic', descending: true })).toEqual(['Alpha', 'gamma', 'beta']);
    expect(names({ column: 'notes', descending: false })).toEqual(['Alpha', 'beta', 'gamma']);
    expect(names({ column: 'asks', descending: true })).toEqual(['gamma', 'Alpha', 'beta']);
  });
});

describe('a typed amount', () => {
  it('reads a comma as thousands in English and as the decimal comma in French', () => {
    expect(parseAmount('12,000', 'en')).toBe(12000);
    expect(parseAmount('12 000,5', 'fr')).toBe(12000.5);
    expect(parseAmount('', 'en')).toBeNull();
    expect(parseAmount('12.000.50', 'en')).toBeNaN();
    expect(parseAmount('12 000 €', 'fr')).toBeNaN();
  });
});
