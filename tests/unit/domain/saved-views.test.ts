import { describe, expect, it } from 'vitest';
import { showsView, sortViews, viewNameErrors, viewQuery, VIEW_NAME_MAX } from '../../../src/domain/saved-views';

const view = (id: string, name: string, deletedAt: number | null = null) => ({ id, name, deletedAt });

describe('viewQuery', () => {
  it('keeps the filters in one order, and the sort on a list only', () => {
    expect(viewQuery('list', 'sort=-score&owner=L%C3%A9a&tag=q3')).toBe('tag=q3&owner=L%C3%A9a&sort=-score');
    expect(viewQuery('board', 'sort=-score&tag=q3')).toBe('tag=q3');
    expect(viewQuery('list', 'q=dark+mode&segment=B2B&stage=s1')).toBe('q=dark+mode&segment=B2B&stage=s1');
  });

  it('drops what the app does not know: unknown parameters, an unknown column, a bad segment', () => {
    expect(viewQuery('list', 'utm=x&sort=price&segment=B2Z&tag=q3')).toBe('tag=q3');
    expect(viewQuery('board', '')).toBe('');
  });

  it('reads a search with or without its "?"', () => {
    expect(viewQuery('board', '?tag=q3')).toBe('tag=q3');
  });
});

describe('viewNameErrors', () => {
  const others = [view('a', 'My Q3'), view('b', 'Élan B2B')];

  it('requires a name of at most 80 characters', () => {
    expect(viewNameErrors('  ', others)).toEqual({ name: 'errors.viewNameRequired' });
    expect(viewNameErrors('x'.repeat(VIEW_NAME_MAX), others)).toEqual({});
    expect(viewNameErrors('x'.repeat(VIEW_NAME_MAX + 1), others)).toEqual({ name: 'errors.viewNameTooLong' });
    expect(viewNameErrors(42, others)).toEqual({ name: 'errors.valueInvalid' });
  });

  it('refuses a name another view of the product has, whatever the case, accents and surrounding spaces', () => {
    expect(viewNameErrors(' my q3 ', others)).toEqual({ name: 'errors.viewNameTaken' });
    expect(viewNameErrors('elan b2b', others)).toEqual({ name: 'errors.viewNameTaken' });
    expect(viewNameErrors('My Q4', others)).toEqual({});
  });
});

describe('sortViews', () => {
  it('lists live views by name, numbers in numeric order, tombstones left out', () => {
    const views = [view('1', 'Q10 launch'), view('2', 'q2 bets'), view('3', 'Archived', 5), view('4', 'Accounts')];
    expect(sortViews(views).map((v) => v.name)).toEqual(['Accounts', 'q2 bets', 'Q10 launch']);
  });
});

describe('showsView', () => {
  it('matches the page of the same kind showing the same filters, in any parameter order', () => {
    const saved = { view: 'list' as const, query: 'tag=q3&sort=-score' };
    expect(showsView(saved, 'list', 'sort=-score&tag=q3')).toBe(true);
    expect(showsView(saved, 'list', 'tag=q3')).toBe(false);
    expect(showsView(saved, 'board', 'tag=q3&sort=-score')).toBe(false);
  });
});
