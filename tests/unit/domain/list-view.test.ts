import { describe, expect, it } from 'vitest';
import { listCsvRows, listToCsv } from '../../../src/domain/export/list-csv';
import { NO_DEMAND, type Demand } from '../../../src/domain/feedback/demand';
import { withFilter, EMPTY_FILTER, cardMatcher } from '../../../src/domain/filter';
import { hiddenColumns } from '../../../src/domain/list-columns';
import { listEn } from '../../../src/i18n/en/list';
import { sortFromSearch, sortListRows, withSort, type ListRow } from '../../../src/domain/list-view';

function row(fields: Partial<ListRow>): ListRow {
  return {
    id: fields.title ?? 'id',
    productId: 'p',
    title: 'Untitled',
    summary: '',
    lane: 'strategy',
    stageId: 's1',
    stage: 'Opportunities',
    stageOrder: 0,
    owner: '',
    score: null,
    objective: '',
    segment: '',
    tags: [],
    hypotheses: 0,
    stories: 0,
    demand: null,
    updatedAt: 0,
    ...fields,
  };
}

const titles = (rows: ListRow[]) => rows.map((r) => r.title);

describe('list view order', () => {
  const rows = [
    row({ title: 'Beta', score: 12, stageOrder: 2, owner: 'Zoé', updatedAt: 5 }),
    row({ title: 'alpha', score: null, stageOrder: 0, owner: '', updatedAt: 9 }),
    row({ title: 'Élan', score: 300, stageOrder: 1, owner: 'ana', updatedAt: 1 }),
    row({ title: 'Gamma', score: 4.5, stageOrder: 1, owner: 'Bob', updatedAt: 3 }),
  ];

  it('follows the board without a sort: stage, then title', () => {
    expect(titles(sortListRows(rows, null))).toEqual(['alpha', 'Élan', 'Gamma', 'Beta']);
  });

  it('sorts by score either way, the unscored last both ways', () => {
    expect(titles(sortListRows(rows, { column: 'score', desc: true }))).toEqual(['Élan', 'Beta', 'Gamma', 'alpha']);
    expect(titles(sortListRows(rows, { column: 'score', desc: false }))).toEqual(['Gamma', 'Beta', 'Élan', 'alpha']);
  });

  it('sorts words without regard to case or accents, empty last', () => {
    expect(titles(sortListRows(rows, { column: 'title', desc: false }))).toEqual(['alpha', 'Beta', 'Élan', 'Gamma']);
    expect(titles(sortListRows(rows, { column: 'owner', desc: true }))).toEqual(['Beta', 'Gamma', 'Élan', 'alpha']);
  });

  it('sorts by last change', () => {
    expect(titles(sortListRows(rows, { column: 'updated', desc: true }))).toEqual(['alpha', 'Beta', 'Gamma', 'Élan']);
  });
});

describe('list view order by demand', () => {
  const demand = (fields: Partial<Demand>): Demand => ({ ...NO_DEMAND, notes: 1, customers: 1, ...fields });
  const rows = [
    row({ title: 'Nobody asks', stageOrder: 0 }),
    row({ title: 'One critical', stageOrder: 1, demand: demand({ weight: 3, accounts: 1, revenue: 5_000 }) }),
    row({ title: 'Two strategic', stageOrder: 2, demand: demand({ weight: 3, accounts: 2, strategic: 2, revenue: 1_000 }) }),
    row({ title: 'Many small', stageOrder: 3, demand: demand({ weight: 5, accounts: 5, revenue: 500 }) }),
  ];

  it('puts the most asked first (weight, then strategic accounts, then revenue), nobody asking last both ways', () => {
    expect(titles(sortListRows(rows, { column: 'demand', desc: true }))).toEqual(['Many small', 'Two strategic', 'One critical', 'Nobody asks']);
    expect(titles(sortListRows(rows, { column: 'demand', desc: false }))).toEqual(['One critical', 'Two strategic', 'Many small', 'Nobody asks']);
  });

  it('sorts by the revenue asking, none last', () => {
    expect(titles(sortListRows(rows, { column: 'revenue', desc: true }))).toEqual(['One critical', 'Two strategic', 'Many small', 'Nobody asks']);
  });

  it('keeps the demand sort in the URL as the other sorts', () => {
    expect(withSort('q=x', { column: 'demand', desc: true })).toBe('q=x&sort=-demand');
    expect(sortFromSearch('sort=-demand')).toEqual({ column: 'demand', desc: true });
    expect(sortFromSearch('sort=revenue')).toEqual({ column: 'revenue', desc: false });
  });
});

describe('list view URL', () => {
  it('reads and writes the sort next to the filters, ignoring unknown columns', () => {
    expect(sortFromSearch('q=x&sort=-score')).toEqual({ column: 'score', desc: true });
    expect(sortFromSearch('sort=title')).toEqual({ column: 'title', desc: false });
    expect(sortFromSearch('sort=-password')).toBeNull();
    expect(withSort('q=x', { column: 'score', desc: true })).toBe('q=x&sort=-score');
    expect(withSort('q=x&sort=-score', null)).toBe('q=x');
  });

  it('changes the filters and keeps the sort', () => {
    expect(withFilter('sort=-score&q=old', { ...EMPTY_FILTER, owner: 'Hugo' })).toBe('sort=-score&owner=Hugo');
  });

  it('remembers hidden columns it knows, never the title', () => {
    expect(hiddenColumns(['owner', 'title', 'nope'])).toEqual(['owner']);
    expect(hiddenColumns('owner')).toEqual([]);
  });

  it('filters rows as the board filters cards', () => {
    const match = cardMatcher<ListRow>({ ...EMPTY_FILTER, text: 'elan', tag: 'growth' });
    expect(match(row({ title: 'Élan vital', tags: ['Growth'] }))).toBe(true);
    expect(match(row({ title: 'Élan vital', tags: [] }))).toBe(false);
  });
});

describe('list CSV', () => {
  const texts = {
    headers: listEn.list.headers,
    lanes: { strategy: 'Strategy', discovery: 'Discovery', delivery: 'Delivery' },
    demand: (d: Demand) => `${d.accounts} accounts`,
  };

  it('has the columns shown, in their order, with lanes named and formulas guarded', () => {
    const rows = [row({ title: '=HYPERLINK("x")', lane: 'discovery', score: 213.333, tags: ['a', 'b'], hypotheses: 2 })];
    expect(listCsvRows(rows, ['title', 'lane', 'score', 'tags', 'hypotheses'], texts)).toEqual([
      ['Title', 'Lane', 'Score', 'Tags', 'Hypotheses'],
      [`'=HYPERLINK("x")`, 'Discovery', '213.33', 'a, b', '2'],
    ]);
  });

  it('writes demand in words and revenue as a plain number, empty when nobody asks', () => {
    const asked = row({ title: 'Asked', demand: { ...NO_DEMAND, accounts: 2, revenue: 12_500 } });
    expect(listCsvRows([asked, row({ title: 'Not asked' })], ['title', 'demand', 'revenue'], texts)).toEqual([
      ['Title', 'Demand', 'Revenue asking'],
      ['Asked', '2 accounts', '12500'],
      ['Not asked', '', ''],
    ]);
  });

  it('leaves an unscored cell empty and quotes what needs it', () => {
    const csv = listToCsv([row({ title: 'Say "hi", then go' })], ['title', 'score'], texts);
    expect(csv).toBe('Title,Score\r\n"Say ""hi"", then go",');
  });
});
