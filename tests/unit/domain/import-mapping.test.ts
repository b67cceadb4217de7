import { describe, expect, it } from 'vitest';
import { newProductRecords } from '../../../src/db/product-records';
import { buildImport, type ImportChoices, type ImportTarget } from '../../../src/domain/import/mapping';
import type { ImportSource } from '../../../src/domain/import/source';
import { suggestStage } from '../../../src/domain/import/suggest';
import { parseTrello } from '../../../src/domain/import/trello';
import type { Stage } from '../../../src/domain/types';
import { initiativeFieldsSchema } from '../../../src/domain/validation';
import { fixture, item, sourceOf, WORDS } from './import-helpers';

const NOW = Date.UTC(2026, 10, 21, 9, 0);
let counter = 0;
const makeId = () => `id-${++counter}`;

function newTarget(): ImportTarget {
  const { product, stages } = newProductRecords('Clipkit', NOW);
  return { product, stages, isNew: true, tails: new Map() };
}

const stageName = (s: Stage) => s.name || s.defaultKey || '';

function clipkit(): ImportSource {
  const result = parseTrello(fixture('trello-clipkit-2015.json'));
  if (!result.ok) throw new Error('refused');
  return result.value;
}

/** Every column to the stage its name suggests. */
function suggested(source: ImportSource, target: ImportTarget, archived: ImportChoices['archived'] = 'park'): ImportChoices {
  return { stageOf: new Map(source.groups.map((g) => [g.key, suggestStage(g.name, target.stages, stageName)])), archived };
}

describe('an import into the stages chosen', () => {
  it('turns the 2015 board into 67 initiatives, the archived card parked with its reason, in pos order per stage', () => {
    const source = clipkit();
    const target = newTarget();
    const choices = suggested(source, target);
    const built = buildImport(source, choices, target, WORDS, NOW, makeId);
    expect(built.initiatives).toHaveLength(67);
    expect(built.stages).toHaveLength(7);
    const parked = built.initiatives.filter((i) => i.status === 'parked');
    expect(parked.map((i) => [i.title, i.closeReason])).toEqual([['アイテムをストックへ保存するブックマークレット', 'Archived in Trello']]);
    expect(built.counts).toMatchObject({ active: 66, parked: 1, skipped: 0, shortened: 0 });
    expect(built.transitions).toHaveLength(68);
    for (const stage of target.stages) {
      const inStage = built.initiatives.filter((i) => i.stageId === stage.id);
      const expected = source.items.filter((s) => choices.stageOf.get(s.group) === stage.id).map((s) => s.title);
      expect(inStage.map((i) => i.title)).toEqual(expected);
      const ranks = inStage.map((i) => i.rank);
      expect([...ranks].sort()).toEqual(ranks);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
    for (const initiative of built.initiatives) {
      expect(initiativeFieldsSchema.safeParse(initiative).success, initiative.title).toBe(true);
      expect(initiative.lane).toBe(target.stages.find((s) => s.id === initiative.stageId)!.lane);
    }
  });

  it('suggests stages from the column names', () => {
    const { stages } = newTarget();
    const key = (name: string) => stages.find((s) => s.id === suggestStage(name, stages, stageName))!.defaultKey;
    expect(['Done', 'Terminé', 'クローズ', 'Closed'].map(key)).toEqual(['released', 'released', 'released', 'released']);
    expect(['In Progress', 'En cours', '作業中', 'In Review'].map(key)).toEqual(['inSprint', 'inSprint', 'inSprint', 'inSprint']);
    expect(['To Do', 'À faire', 'やること', 'Selected for Development'].map(key)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(['Backlog', 'Ideas', 'やりたいこと'].map(key)).toEqual(['opportunities', 'opportunities', 'opportunities']);
    expect(['testing', 'Something else', ''].map(key)).toEqual(['testing', 'opportunities', 'opportunities']);
    const renamed = stages.map((s) => (s.defaultKey === 'framing' ? { ...s, name: 'Shaping' } : s));
    expect(renamed.find((s) => s.id === suggestStage('shaping', renamed, stageName))!.name).toBe('Shaping');
  });

  it('leaves archived cards out when asked, and counts them', () => {
    const source = clipkit();
    const target = newTarget();
    const built = buildImport(source, suggested(source, target, 'skip'), target, WORDS, NOW, makeId);
    expect(built.initiatives).toHaveLength(66);
    expect(built.counts).toMatchObject({ active: 66, parked: 0, skipped: 1 });
  });

  it('parks every card of an archived list', () => {
    const source = sourceOf({
      kind: 'trello',
      name: 'B',
      groups: [
        { key: 'open', name: 'Open', archived: false },
        { key: 'old', name: 'Old', archived: true },
      ],
      items: [item({ group: 'open', title: 'Kept' }), item({ group: 'old', title: 'Old one' })],
    });
    const target = newTarget();
    const built = buildImport(source, suggested(source, target), target, WORDS, NOW, makeId);
    expect(built.initiatives.map((i) => [i.title, i.status])).toEqual([
      ['Kept', 'active'],
      ['Old one', 'parked'],
    ]);
  });

  it('adds the cards after those already in a stage of an existing product', () => {
    const source = clipkit();
    const target = { ...newTarget(), isNew: false };
    const first = target.stages[0]!;
    const built = buildImport(source, { stageOf: new Map(source.groups.map((g) => [g.key, first.id])), archived: 'park' }, { ...target, tails: new Map([[first.id, 'a5']]) }, WORDS, NOW, makeId);
    expect(built.stages).toEqual([]);
    expect(built.initiatives.every((i) => i.rank > 'a5')).toBe(true);
    expect(built.counts.byStage.map((c) => [c.stage.id, c.active, c.parked])).toEqual([[first.id, 66, 1]]);
  });

  it('keeps the dates the file gives, never later than now, and the creation in each history', () => {
    const source = sourceOf({
      kind: 'jira',
      name: 'J',
      groups: [{ key: 'g', name: 'To Do', archived: false }],
      items: [item({ createdAt: NOW - 1000, updatedAt: NOW - 10 }), item({ createdAt: NOW + 99_999, updatedAt: null }), item({ createdAt: null })],
    });
    const target = newTarget();
    const built = buildImport(source, suggested(source, target), target, { ...WORDS, importedReason: 'Imported from Jira' }, NOW, makeId);
    expect(built.initiatives.map((i) => [i.createdAt, i.updatedAt])).toEqual([
      [NOW - 1000, NOW - 10],
      [NOW, NOW],
      [NOW, NOW],
    ]);
    expect(built.transitions.map((t) => [t.kind, t.at, t.reason])).toEqual([
      ['create', NOW - 1000, 'Imported from Jira'],
      ['create', NOW, 'Imported from Jira'],
      ['create', NOW, 'Imported from Jira'],
    ]);
  });

  it('shortens what is longer than the app keeps, without splitting a character, and counts it', () => {
    const long = `${'a'.repeat(198)}😀😀`;
    const source = sourceOf({
      kind: 'trello',
      name: 'B',
      groups: [{ key: 'g', name: 'G', archived: false }],
      items: [
        item({ title: long, tags: Array.from({ length: 40 }, (_, i) => `tag ${i}`) }),
        item({ title: '   ', description: 'x'.repeat(20_000), owner: 'o'.repeat(300) }),
        item({ title: 'Fine', tags: ['Same', 'same', ' same '] }),
      ],
    });
    const target = newTarget();
    const built = buildImport(source, suggested(source, target), target, WORDS, NOW, makeId);
    const [first, second, third] = built.initiatives;
    expect(first!.title).toBe(`${'a'.repeat(198)}…`);
    expect(first!.tags).toHaveLength(30);
    expect(second!.title).toBe('Untitled card');
    expect(second!.summary).toHaveLength(10_000);
    expect(second!.owner).toHaveLength(200);
    expect(third!.tags).toEqual(['Same']);
    expect(built.counts.shortened).toBe(2);
    for (const initiative of built.initiatives) expect(initiativeFieldsSchema.safeParse(initiative).success).toBe(true);
  });

  it('refuses a column without a stage', () => {
    const source = clipkit();
    const target = newTarget();
    expect(() => buildImport(source, { stageOf: new Map(), archived: 'park' }, target, WORDS, NOW, makeId)).toThrow(RangeError);
  });
});
