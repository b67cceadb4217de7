import { describe, expect, it } from 'vitest';
import { cardMatcher, EMPTY_FILTER, filterFromSearch, filterToSearch, isFilterActive, normalize } from '../../../src/domain/filter';
import type { Initiative } from '../../../src/domain/types';

const card = (over: Partial<Initiative>): Initiative => ({
  id: 'i',
  productId: 'p',
  stageId: 's1',
  lane: 'strategy',
  rank: 'a0' as Initiative['rank'],
  title: 'Self-serve onboarding',
  summary: 'Let small teams start a trial',
  problem: 'Hidden from search',
  owner: 'Camille',
  tags: ['growth', 'Activation'],
  segment: 'B2B',
  status: 'active',
  closeReason: '',
  closedAt: null,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  ...over,
});

describe('board filter', () => {
  it('round-trips through the URL and drops unknown segments', () => {
    const filter = { text: 'élève café', tag: 'growth', owner: 'Léa', segment: 'B2C' as const, stageId: 'abc' };
    expect(filterFromSearch(filterToSearch(filter))).toEqual(filter);
    expect(filterToSearch(EMPTY_FILTER)).toBe('');
    expect(filterFromSearch('?segment=B2X&q=x').segment).toBe('');
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, owner: 'x' })).toBe(true);
  });

  it('normalises case and accents', () => {
    expect(normalize('Élève ÇA')).toBe('eleve ca');
  });

  it('matches every word of the text in title, summary or tags, not the problem statement', () => {
    const match = (text: string) => cardMatcher({ ...EMPTY_FILTER, text })(card({}));
    expect(match('onboarding trial')).toBe(true);
    expect(match('ONBOARD  activation')).toBe(true);
    expect(match('onboarding pricing')).toBe(false);
    expect(match('hidden')).toBe(false);
    expect(cardMatcher({ ...EMPTY_FILTER, text: 'ecole' })(card({ title: 'École' }))).toBe(true);
  });

  it('matches tag exactly (ignoring case), owner by part, segment and stage exactly', () => {
    expect(cardMatcher({ ...EMPTY_FILTER, tag: 'activation' })(card({}))).toBe(true);
    expect(cardMatcher({ ...EMPTY_FILTER, tag: 'activ' })(card({}))).toBe(false);
    expect(cardMatcher({ ...EMPTY_FILTER, owner: 'cam' })(card({}))).toBe(true);
    expect(cardMatcher({ ...EMPTY_FILTER, owner: 'hugo' })(card({}))).toBe(false);
    expect(cardMatcher({ ...EMPTY_FILTER, segment: 'B2C' })(card({}))).toBe(false);
    expect(cardMatcher({ ...EMPTY_FILTER, stageId: 's1', segment: 'B2B' })(card({}))).toBe(true);
    expect(cardMatcher({ ...EMPTY_FILTER, stageId: 's2' })(card({}))).toBe(false);
  });

  it('uses the haystack it is given, so callers can cache it', () => {
    const match = cardMatcher({ ...EMPTY_FILTER, text: 'cached' }, () => 'from the cached text');
    expect(match(card({}))).toBe(true);
  });
});
