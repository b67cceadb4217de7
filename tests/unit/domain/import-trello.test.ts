import { describe, expect, it } from 'vitest';
import type { ImportSource } from '../../../src/domain/import/source';
import { parseTrello } from '../../../src/domain/import/trello';
import { fixture, summaryOf, WORDS } from './import-helpers';

interface RawCard {
  id: string;
  name: string;
  idList: string;
  pos: number;
  closed: boolean;
  labels: { name: string; color: string }[];
}
interface RawBoard {
  name: string;
  lists: { id: string; name: string; closed: boolean; pos: number }[];
  cards: RawCard[];
}

const CLIPKIT = fixture('trello-clipkit-2015.json');
const SMALL = fixture('trello-small.json');

function parsed(text: string): ImportSource {
  const result = parseTrello(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

function refusal(text: string) {
  const result = parseTrello(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('Trello board exports', () => {
  it('reads the 2015 board whole: 5 lists (one archived), 67 cards (one archived), Japanese names intact', () => {
    const raw = JSON.parse(CLIPKIT) as RawBoard;
    const source = parsed(CLIPKIT);
    expect(source.kind).toBe('trello');
    expect(source.name).toBe('Clipkit');
    expect(source.groups.map((g) => [g.name, g.archived])).toEqual([
      ['やりたいこと', false],
      ['やること', false],
      ['作業中', false],
      ['クローズ', false],
      ['中止', true],
    ]);
    expect(source.items).toHaveLength(67);
    expect(source.items.filter((i) => i.archived).map((i) => i.title)).toEqual(['アイテムをストックへ保存するブックマークレット']);
    expect(source.items.map((i) => i.title).sort()).toEqual(raw.cards.map((c) => c.name).sort());
  });

  it('orders the cards by list position, then by card position (floats included)', () => {
    const raw = JSON.parse(CLIPKIT) as RawBoard;
    const source = parsed(CLIPKIT);
    const listOrder = [...raw.lists].sort((a, b) => a.pos - b.pos).map((l) => l.id);
    const expected = listOrder.flatMap((listId) =>
      raw.cards
        .filter((c) => c.idList === listId)
        .sort((a, b) => a.pos - b.pos)
        .map((c) => c.name),
    );
    expect(source.items.map((i) => i.title)).toEqual(expected);
    expect(source.items.map((i) => i.group)).toEqual(listOrder.flatMap((id) => raw.cards.filter((c) => c.idList === id).map(() => id)));
  });

  it('takes labels from each card when the export has no top-level labels', () => {
    const raw = JSON.parse(CLIPKIT) as RawBoard & { labels?: unknown };
    expect(raw.labels).toBeUndefined();
    const source = parsed(CLIPKIT);
    const byTitle = new Map(source.items.map((i) => [i.title, i]));
    for (const card of raw.cards) expect(byTitle.get(card.name)!.tags).toEqual(card.labels.map((l) => l.name));
    expect(source.items.filter((i) => i.tags.includes('機能'))).toHaveLength(40);
    expect(source.items.filter((i) => i.tags.includes('バグ'))).toHaveLength(9);
  });

  it('dates each card from its id (Trello ids start with their creation time) and keeps the last activity', () => {
    const source = parsed(CLIPKIT);
    const first = source.items.find((i) => i.title === '使用できるタグを固定できるようにする')!;
    expect(first.createdAt).toBe(0x54b4a420 * 1000);
    expect(first.updatedAt).toBe(Date.parse('2015-01-13T09:59:36.293Z'));
  });

  it('names the owners from the board members', () => {
    const source = parsed(CLIPKIT);
    expect(source.items.find((i) => i.title === '記事ページのcanonicalにpage追加')!.owner).toBe('みやまえ');
  });

  it('reads a recent export: top-level labels, a label without a name becomes its colour', () => {
    const board = JSON.parse(SMALL) as { cards: { labels: unknown[]; idLabels: string[] }[] };
    expect(parsed(SMALL).items.map((i) => [i.title, i.tags])).toEqual([['Name Card 7', []]]);
    board.cards[0]!.labels = [];
    board.cards[0]!.idLabels = ['59bbfb881314a339999eb855'];
    expect(parsed(JSON.stringify(board)).items[0]!.tags).toEqual(['yellow']);
  });

  it('keeps checklists with their ticks and the due date, and writes them readably in the summary', () => {
    const board = JSON.parse(SMALL) as Record<string, unknown> & { cards: Record<string, unknown>[] };
    Object.assign(board.cards[0]!, { desc: 'Ship it.', due: '2026-03-04T12:00:00.000Z', dueComplete: true });
    board.checklists = [
      {
        id: 'c2',
        idCard: 'hashcard7',
        name: 'Launch',
        pos: 2,
        checkItems: [
          { name: 'Press release', state: 'incomplete', pos: 2 },
          { name: 'Blog post', state: 'complete', pos: 1 },
        ],
      },
      { id: 'c1', idCard: 'hashcard7', name: '', pos: 1, checkItems: [{ name: 'QA', state: 'complete', pos: 1 }] },
    ];
    const [item] = parsed(JSON.stringify(board)).items;
    expect(summaryOf(item!, WORDS)).toBe('Due: 2026-03-04 (done)\n\nShip it.\n\nChecklist\n- [x] QA\n\nLaunch\n- [x] Blog post\n- [ ] Press release');
  });

  it('tolerates nulls and missing optional fields of real exports', () => {
    const board = {
      name: null,
      lists: [{ id: 'l', name: null, pos: null }],
      cards: [{ id: 'c', name: 'Only a name', idList: 'l', desc: null, labels: null, idMembers: null, due: null, pos: '3' }],
      members: null,
      checklists: null,
    };
    const source = parsed(JSON.stringify(board));
    expect(source.items.map((i) => [i.title, i.description, i.tags, i.archived])).toEqual([['Only a name', '', [], false]]);
    expect(source.name).toBe('');
  });
});

describe('Trello files refused, with the reason', () => {
  it('refuses what is not JSON, not a board, or a board without cards', () => {
    expect(refusal('{"lists": [')).toEqual({ code: 'notJson' });
    expect(refusal('[1, 2]')).toEqual({ code: 'notTrello' });
    expect(refusal('{"name": "A board?"}')).toEqual({ code: 'notTrello' });
    expect(refusal('{"lists": [], "cards": []}')).toEqual({ code: 'empty' });
  });

  it('names the field that is wrong, and whether it is missing', () => {
    expect(refusal('{"lists": "todo", "cards": []}')).toEqual({ code: 'type', path: 'lists', expected: 'array' });
    expect(refusal('{"lists": [], "cards": [{"name": "x", "idList": "l"}]}')).toEqual({ code: 'missing', path: 'cards[0].id' });
    expect(refusal('{"lists": [{"id": "l"}], "cards": [{"id": "c", "idList": "l", "name": 42}]}')).toEqual({ code: 'type', path: 'cards[0].name', expected: 'string' });
  });

  it('refuses a card in a list the file does not hold', () => {
    expect(refusal('{"lists": [{"id": "l"}], "cards": [{"id": "c", "idList": "elsewhere"}]}')).toEqual({ code: 'unknownList', path: 'cards[0].idList', id: 'elsewhere' });
  });

  it('caps size, depth and the number of cards', () => {
    expect(parseTrello(SMALL, 1_000)).toEqual({ ok: false, problem: { code: 'tooLarge' } });
    expect(refusal(`{"lists": ${'['.repeat(100)}${']'.repeat(100)}, "cards": []}`)).toEqual({ code: 'tooDeep' });
    const many = JSON.stringify({ lists: [{ id: 'l' }], cards: Array.from({ length: 10_001 }, (_, i) => ({ id: String(i), idList: 'l' })) });
    expect(refusal(many)).toEqual({ code: 'tooMany', count: 10_001, max: 10_000 });
  });

  it('drops keys that could reach Object.prototype, and leaves it clean', () => {
    const hostile =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "lists": [{"id": "l", "__proto__": {"closed": true}}], "cards": [{"id": "c", "idList": "l", "name": "__proto__", "labels": [{"name": "constructor"}]}]}';
    const source = parsed(hostile);
    expect(source.items.map((i) => [i.title, i.tags])).toEqual([['__proto__', ['constructor']]]);
    expect(source.groups[0]!.archived).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });
});
