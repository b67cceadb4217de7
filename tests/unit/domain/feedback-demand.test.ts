import { describe, expect, it } from 'vitest';
import { compareDemand, customerKey, demandByInitiative, NO_DEMAND, suggestedReach } from '../../../src/domain/feedback/demand';
import { askersOf, feedbackState, matchesFeedback, newestFirst } from '../../../src/domain/feedback/inbox';
import type { Account, FeedbackLink, FeedbackNote, Importance } from '../../../src/domain/feedback/types';

const account = (id: string, revenue: number | null, strategic = false): Account => ({ id, productId: 'p', name: id.toUpperCase(), segment: 'B2B', plan: '', revenue, strategic, createdAt: 0, updatedAt: 0, deletedAt: null });
const note = (id: string, accountId: string | null, person = '', date = '2026-11-01'): FeedbackNote => ({
  id, productId: 'p', text: `note ${id}`, source: 'sales', accountId, person, date, tags: [], enteredBy: '', dismissedAt: null, createdAt: 0, updatedAt: 0, deletedAt: null,
});
const link = (feedbackId: string, initiativeId: string, importance: Importance, deletedAt: number | null = null): FeedbackLink => ({
  id: `${feedbackId}-${initiativeId}-${importance}`, productId: 'p', feedbackId, initiativeId, importance, excerpt: '', createdAt: 0, updatedAt: 0, deletedAt,
});

describe('demand', () => {
  const accounts = [account('acme', 100_000, true), account('globex', null), { ...account('gone', 5_000), deletedAt: 1 }];
  const notes = [note('n1', 'acme'), note('n2', 'acme'), note('n3', 'globex'), note('n4', null, ' Zoé '), note('n5', null, 'zoe'), note('n6', null), { ...note('n7', 'acme'), deletedAt: 1 }];

  it('counts each customer once, at the highest importance they gave, and ignores removed links and notes', () => {
    const links = [link('n1', 'i', 'niceToHave'), link('n2', 'i', 'critical'), link('n3', 'i', 'important'), link('n4', 'i', 'important'), link('n5', 'i', 'niceToHave'), link('n6', 'i', 'niceToHave'), link('n7', 'i', 'critical'), link('n3', 'j', 'critical', 5)];
    const demand = demandByInitiative(links, notes, accounts);
    // Acme (critical: 3), Globex (important: 2), Zoé once, accents aside (important: 2), an anonymous note (1).
    expect(demand.get('i')).toEqual({ notes: 6, accounts: 2, revenue: 100_000, strategic: 1, customers: 4, critical: 1, weight: 8 });
    expect(demand.has('j')).toBe(false);
  });

  it('orders by weight, then strategic accounts, revenue and notes; suggests a reach only when it changes it', () => {
    const a = { ...NO_DEMAND, weight: 3, strategic: 0 };
    const b = { ...NO_DEMAND, weight: 3, strategic: 1 };
    expect([a, b, NO_DEMAND].sort(compareDemand)).toEqual([b, a, NO_DEMAND]);
    expect(suggestedReach({ ...NO_DEMAND, customers: 4 }, null)).toBe(4);
    expect(suggestedReach({ ...NO_DEMAND, customers: 4 }, 4)).toBeNull();
    expect(suggestedReach(undefined, 10)).toBeNull();
    expect(customerKey(note('x', null, ''))).toBe('note:x');
  });
});

describe('the inbox', () => {
  it('processes a note once linked or dismissed, and puts it back when its last link goes', () => {
    expect(feedbackState(note('a', null), 0)).toBe('toProcess');
    expect(feedbackState({ dismissedAt: 5 }, 0)).toBe('dismissed');
    expect(feedbackState({ dismissedAt: 5 }, 1)).toBe('processed');
  });

  it('finds notes by every word, in the text, the person, the tags or the account, accents and case aside', () => {
    const n = { ...note('a', null, 'Élodie'), text: 'Exporter en PDF', tags: ['reporting'] };
    expect(matchesFeedback(n, 'Acme', 'elodie pdf')).toBe(true);
    expect(matchesFeedback(n, 'Acme', 'acme report')).toBe(true);
    expect(matchesFeedback(n, 'Acme', 'excel')).toBe(false);
    expect(newestFirst([note('a', null, '', '2026-01-01'), note('b', null, '', '2026-03-01')]).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('lists who asked for an initiative, strategic and most insistent first, with the people to tell', () => {
    const accounts = [account('acme', 100_000, true), account('globex', 20_000)];
    const notes = [note('n1', 'globex', 'Marc', '2026-10-01'), note('n2', 'acme', 'Jo', '2026-09-01'), note('n3', 'acme', 'Ana', '2026-11-01'), note('n4', null, 'Zoé')];
    const links = [link('n1', 'i', 'critical'), link('n2', 'i', 'niceToHave'), link('n3', 'i', 'important'), link('n4', 'i', 'niceToHave'), link('n4', 'other', 'critical')];
    const askers = askersOf('i', links, notes, accounts);
    expect(askers.map((a) => [a.account?.name ?? null, a.people, a.importance, a.notes, a.lastAsked])).toEqual([
      ['ACME', ['Jo', 'Ana'], 'important', 2, '2026-11-01'],
      ['GLOBEX', ['Marc'], 'critical', 1, '2026-10-01'],
      [null, ['Zoé'], 'niceToHave', 1, '2026-11-01'],
    ]);
  });
});
