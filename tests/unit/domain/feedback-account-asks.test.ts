import { describe, expect, it } from 'vitest';
import { askOutcome, asksOfAccount, notesByAccount } from '../../../src/domain/feedback/account-asks';
import type { Importance } from '../../../src/domain/feedback/types';

const note = (id: string, accountId: string | null, date: string, deletedAt: number | null = null) => ({ id, accountId, date, deletedAt });
const link = (feedbackId: string, initiativeId: string, importance: Importance, deletedAt: number | null = null) => ({ feedbackId, initiativeId, importance, deletedAt });

describe('what an account asks for', () => {
  const notes = [note('n1', 'acme', '2025-01-02'), note('n2', 'acme', '2025-01-10'), note('n3', 'other', '2025-01-12'), note('n4', 'acme', '2025-01-14', 99)];

  it('lists each initiative once, at the highest importance any of its notes gave it, with its notes and last ask', () => {
    const asks = asksOfAccount('acme', [link('n1', 'offline', 'niceToHave'), link('n2', 'offline', 'critical'), link('n2', 'invoice', 'important')], notes);
    expect(asks).toEqual([
      { initiativeId: 'offline', importance: 'critical', notes: 2, lastAsked: '2025-01-10' },
      { initiativeId: 'invoice', importance: 'important', notes: 1, lastAsked: '2025-01-10' },
    ]);
  });

  it('leaves out other accounts’ notes, deleted notes and deleted links', () => {
    const asks = asksOfAccount('acme', [link('n3', 'sso', 'critical'), link('n4', 'sso', 'critical'), link('n1', 'sso', 'critical', 5), link('n1', 'invoice', 'niceToHave')], notes);
    expect(asks.map((a) => a.initiativeId)).toEqual(['invoice']);
  });

  it('puts the most important first, then the most recently asked, then by id', () => {
    const asks = asksOfAccount('acme', [link('n1', 'b', 'important'), link('n2', 'c', 'important'), link('n1', 'a', 'important'), link('n1', 'd', 'critical')], notes);
    expect(asks.map((a) => a.initiativeId)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('is empty for an account that asks for nothing', () => {
    expect(asksOfAccount('nobody', [link('n1', 'a', 'critical')], notes)).toEqual([]);
  });

  it('counts each account’s live notes', () => {
    expect(notesByAccount([...notes, note('n5', null, '2025-01-01')])).toEqual(new Map([['acme', 2], ['other', 1]]));
  });
});

describe('where an ask stands', () => {
  it('is shipped in the Released stage or closed as shipped, dropped when parked or killed, in progress elsewhere', () => {
    expect(askOutcome({ status: 'active' }, { defaultKey: 'released' })).toBe('shipped');
    expect(askOutcome({ status: 'active' }, { defaultKey: 'inSprint' })).toBe('inProgress');
    expect(askOutcome({ status: 'active' }, { defaultKey: null })).toBe('inProgress');
    expect(askOutcome({ status: 'active' }, undefined)).toBe('inProgress');
    expect(askOutcome({ status: 'shipped' }, { defaultKey: 'released' })).toBe('shipped');
    expect(askOutcome({ status: 'killed' }, { defaultKey: 'exploring' })).toBe('killed');
    expect(askOutcome({ status: 'parked' }, { defaultKey: 'framing' })).toBe('parked');
  });
});
