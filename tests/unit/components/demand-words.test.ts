import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_DEMAND } from '../../../src/domain/feedback/demand';
import { demandParts } from '../../../src/features/feedback/demand-words';
import { loadMessages, setLanguage, t } from '../../../src/i18n/i18n';

beforeAll(async () => {
  await setLanguage('en');
  await loadMessages('demand');
});
afterEach(() => setLanguage('en'));

const plain = (parts: string[]) => parts.map((part) => part.replace(/[\u00a0\u202f]/g, ' '));

describe('demand in one line', () => {
  it('names notes and accounts, then only the strategic accounts, revenue and critical asks there are', () => {
    const demand = { ...NO_DEMAND, notes: 4, accounts: 2, customers: 3, strategic: 1, revenue: 150_000, critical: 1, weight: 7 };
    expect(demandParts(demand, t, 'en')).toEqual(['4 notes', '2 accounts', '1 strategic', '150,000 yearly revenue', '1 critical ask']);
    expect(demandParts({ ...NO_DEMAND, notes: 1, accounts: 1, customers: 1, weight: 1 }, t, 'en')).toEqual(['1 note', '1 account']);
  });

  it('counts customers when none of them is an account, and speaks French', async () => {
    expect(demandParts({ ...NO_DEMAND, notes: 2, customers: 2, weight: 2 }, t, 'en')).toEqual(['2 notes', '2 customers']);
    await setLanguage('fr');
    const demand = { ...NO_DEMAND, notes: 3, accounts: 2, customers: 2, strategic: 2, revenue: 12_500, critical: 2, weight: 6 };
    expect(plain(demandParts(demand, t, 'fr'))).toEqual(['3 retours', '2 comptes', '2 stratégiques', '12 500 de CA annuel', '2 demandes critiques']);
  });
});
