import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chipsShown } from '../../../src/domain/card-chips';
import { emptyStatusCounts } from '../../../src/domain/discovery/evidence';
import { NO_DEMAND } from '../../../src/domain/feedback/demand';
import type { Initiative } from '../../../src/domain/types';
import { cardChips, type CardFigures } from '../../../src/features/board/card-chips';
import { setLanguage } from '../../../src/i18n/i18n';

const card = (fields: Partial<Initiative> = {}) => ({ title: 'Dark mode', owner: 'Léa', segment: 'B2C', tags: ['ui', 'a11y'], ...fields }) as Initiative;
const texts = (initiative: Initiative, figures: CardFigures, language = 'en') => cardChips(initiative, figures, language).map((c) => c.text);

beforeAll(() => setLanguage('en'));
afterEach(() => setLanguage('en'));

describe("a card's chips", () => {
  it('give a Discovery card its hypotheses, what is known of them, and its interviews', () => {
    const byStatus = { ...emptyStatusCounts(), draft: 2, validated: 1 };
    expect(texts(card(), { discovery: { byStatus, interviews: 2 } })).toEqual(['3 hypotheses', '1 validated', '2 interviews', 'B2C', 'ui', 'a11y', 'Léa']);
    expect(texts(card({ segment: '', tags: [], owner: '' }), { discovery: { byStatus: emptyStatusCounts(), interviews: 0 } })).toEqual(['No hypotheses yet']);
  });

  it('give a Delivery card its stories done out of all and its sprint', () => {
    const stories = { total: 4, ready: 2, done: 1, sprint: 'Sprint 12' };
    expect(texts(card({ tags: [] }), { stories })).toEqual(['1/4 stories done', 'Sprint 12', '2 ready', 'B2C', 'Léa']);
    expect(texts(card({ tags: [] }), { stories: { total: 0, ready: 0, done: 0, sprint: null } })).toEqual(['No stories yet', 'B2C', 'Léa']);
  });

  it('give a Released card its outcome first: measured against the target, or not yet', async () => {
    const outcome = { metric: 'Trials converted (%)', direction: 'increase' as const, baseline: 20, target: 25, actual: 27.5, conclusion: '', recordedAt: 1 };
    const stories = { total: 2, ready: 2, done: 2, sprint: 'Sprint 11' };
    expect(texts(card({ outcome, tags: [] }), { stories, showOutcome: true })).toEqual(['Target met', '27.5 against a target of 25', '2/2 stories done', 'Sprint 11', 'B2C', 'Léa']);
    expect(texts(card({ outcome: { ...outcome, actual: 21 }, tags: [] }), { showOutcome: true })[0]).toBe('Target missed');
    expect(texts(card({ outcome: null }), { showOutcome: true })[0]).toBe('Outcome not measured yet');
    await setLanguage('fr');
    expect(texts(card({ outcome, tags: [] }), { showOutcome: true }, 'fr').slice(0, 2)).toEqual(['Objectif atteint', '27,5 pour une cible de 25']);
  });

  it('give a Strategy card its score in the product framework and the objective it serves', () => {
    const strategy = { framework: 'rice' as const, objectiveTitles: new Map([['o1', 'Grow paying teams']]) };
    const scored = card({ score: { rice: { reach: 1000, impact: 2, confidence: 80, effort: 2 } }, objectiveId: 'o1', tags: [] }) as Initiative;
    expect(texts(scored, { strategy })).toEqual(['RICE 800', 'Grow paying teams', 'B2C', 'Léa']);
    expect(texts(card({ tags: [] }), { strategy })[0]).toBe('Not scored yet');
  });

  it('say who asks for a card: its accounts and how many are strategic, or its customers without an account', async () => {
    const strategy = { framework: 'rice' as const, objectiveTitles: new Map<string, string>() };
    const demand = { ...NO_DEMAND, notes: 4, accounts: 3, strategic: 1, customers: 3, weight: 5 };
    const chips = cardChips(card({ tags: [] }), { strategy, demand }, 'en');
    expect(chips.map((c) => c.text)).toEqual(['Not scored yet', '3 accounts · 1 strategic', 'B2C', 'Léa']);
    expect(chips[1]!.label).toBe('Demand:');
    expect(texts(card({ tags: [] }), { demand: { ...demand, accounts: 1, strategic: 0 } })[0]).toBe('1 account');
    expect(texts(card({ tags: [] }), { demand: { ...NO_DEMAND, notes: 2, customers: 2, weight: 2 } })[0]).toBe('2 customers');
    expect(texts(card({ tags: [], segment: '', owner: '' }), { demand: NO_DEMAND })).toEqual([]);
    await setLanguage('fr');
    expect(texts(card({ tags: [] }), { demand: { ...demand, strategic: 2 } }, 'fr')[0]).toBe('3 comptes · 2 stratégiques');
  });

  it('keep the key figure and the owner on a compact card', () => {
    const stories = { total: 4, ready: 2, done: 1, sprint: 'Sprint 12' };
    expect(chipsShown(cardChips(card(), { stories }, 'en'), 'compact').map((c) => c.text)).toEqual(['1/4 stories done', 'Sprint 12', 'Léa']);
  });
});
