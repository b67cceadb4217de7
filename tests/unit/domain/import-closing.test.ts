import { describe, expect, it } from 'vitest';
import { newProductRecords } from '../../../src/db/product-records';
import { RECORD_SCHEMAS } from '../../../src/domain/backup/schema';
import { importedCount } from '../../../src/domain/import/counts';
import { buildImport, type ImportTarget } from '../../../src/domain/import/mapping';
import { suggestStage } from '../../../src/domain/import/suggest';
import type { ClosedStatus, Stage } from '../../../src/domain/types';
import { COMMENTS_MAX, TEXT_MAX, TITLE_MAX } from '../../../src/domain/validation';
import { item, sourceOf, WORDS } from './import-helpers';

const NOW = Date.UTC(2026, 10, 21, 9, 0);
let counter = 0;
const makeId = () => `id-${++counter}`;

function newTarget(): ImportTarget {
  const { product, stages } = newProductRecords('Imported', NOW);
  return { product, stages, isNew: true, tails: new Map() };
}
const stageName = (s: Stage) => s.name || s.defaultKey || '';

const GROUPS = [
  { key: 'todo', name: 'To Do', archived: false },
  { key: 'done', name: 'Done', archived: false },
  { key: 'cancelled', name: 'Cancelled', archived: false },
  { key: 'hold', name: 'On hold', archived: false },
];

describe('columns imported closed', () => {
  it('closes the cards of a column as killed, parked or shipped, with the column as the reason and a close in each history', () => {
    const source = sourceOf({
      kind: 'jira',
      groups: GROUPS,
      items: [
        item({ group: 'todo', title: 'Open one', createdAt: NOW - 5000 }),
        item({ group: 'cancelled', title: 'Given up', createdAt: NOW - 5000, updatedAt: NOW - 100, resolvedAt: NOW - 2000 }),
        item({ group: 'hold', title: 'Set aside', createdAt: NOW - 5000, updatedAt: NOW - 3000 }),
        item({ group: 'done', title: 'Shipped one', createdAt: NOW - 5000, resolvedAt: NOW - 1000 }),
      ],
    });
    const target = newTarget();
    const first = target.stages[0]!;
    const released = target.stages.find((s) => s.defaultKey === 'released')!;
    const closeOf = new Map<string, ClosedStatus>([
      ['cancelled', 'killed'],
      ['hold', 'parked'],
      ['done', 'shipped'],
    ]);
    const stageOf = new Map([
      ['todo', first.id],
      ['cancelled', first.id],
      ['hold', first.id],
      ['done', released.id],
    ]);
    const built = buildImport(source, { stageOf, closeOf, archived: 'park' }, target, WORDS, NOW, makeId);
    expect(built.initiatives.map((i) => [i.title, i.status, i.closeReason, i.closedAt, i.stageId])).toEqual([
      ['Open one', 'active', '', null, first.id],
      ['Given up', 'killed', 'Closed as “Cancelled”', NOW - 2000, first.id],
      ['Set aside', 'parked', 'Closed as “On hold”', NOW - 3000, first.id],
      ['Shipped one', 'shipped', 'Closed as “Done”', NOW - 1000, released.id],
    ]);
    const given = built.initiatives[1]!;
    expect(built.transitions.filter((t) => t.initiativeId === given.id).map((t) => [t.kind, t.status, t.at, t.toStageId, t.fromStageId, t.reason])).toEqual([
      ['create', 'active', NOW - 5000, first.id, null, 'Imported'],
      ['close', 'killed', NOW - 2000, null, first.id, 'Closed as “Cancelled”'],
    ]);
    expect(built.counts).toMatchObject({ active: 1, shipped: 1, parked: 1, killed: 1, skipped: 0 });
    expect(importedCount(built.counts)).toBe(4);
    expect(built.counts.byStage.map((c) => [c.stage.id, c.active, c.shipped, c.parked, c.killed])).toEqual([
      [first.id, 1, 0, 1, 1],
      [released.id, 0, 1, 0, 0],
    ]);
    for (const initiative of built.initiatives) expect(RECORD_SCHEMAS.initiatives.safeParse(initiative).success).toBe(true);
  });

  it('closes archived cards of a closing column as that column says, and still leaves them out when asked', () => {
    const source = sourceOf({ groups: GROUPS, items: [item({ group: 'cancelled', title: 'Archived and cancelled', archived: true }), item({ group: 'todo', title: 'Archived', archived: true })] });
    const target = newTarget();
    const stageOf = new Map(GROUPS.map((g) => [g.key, target.stages[0]!.id]));
    const closeOf = new Map<string, ClosedStatus>([['cancelled', 'killed']]);
    const parked = buildImport(source, { stageOf, closeOf, archived: 'park' }, target, WORDS, NOW, makeId);
    expect(parked.initiatives.map((i) => [i.status, i.closeReason])).toEqual([
      ['killed', 'Closed as “Cancelled”'],
      ['parked', 'Archived in Trello'],
    ]);
    expect(buildImport(source, { stageOf, closeOf, archived: 'skip' }, target, WORDS, NOW, makeId).counts).toMatchObject({ active: 0, killed: 0, parked: 0, skipped: 2 });
  });
});

describe('comments brought over', () => {
  it('keeps them oldest first, dated when the file could not tell, within the limits, and counts them', () => {
    const source = sourceOf({
      groups: GROUPS,
      items: [
        item({
          group: 'todo',
          createdAt: NOW - 10_000,
          comments: [
            { author: 'Léo\nMartin', at: NOW - 1000, text: 'Second\r\nline two' },
            { author: '', at: null, text: 'Undated' },
            { author: 'Ana', at: NOW + 99_999, text: 'From the future' },
            { author: 'Ana', at: NOW - 5000, text: '   ' },
          ],
        }),
        item({ group: 'todo', title: 'Quiet' }),
      ],
    });
    const target = newTarget();
    const built = buildImport(source, { stageOf: new Map(GROUPS.map((g) => [g.key, target.stages[0]!.id])), archived: 'park' }, target, WORDS, NOW, makeId);
    expect(built.initiatives[0]!.comments).toEqual([
      { author: '', at: NOW - 10_000, text: 'Undated' },
      { author: 'Léo Martin', at: NOW - 1000, text: 'Second\nline two' },
      { author: 'Ana', at: NOW, text: 'From the future' },
    ]);
    expect(built.initiatives[1]).not.toHaveProperty('comments');
    expect(built.counts).toMatchObject({ comments: 3, shortened: 0 });
  });

  it('keeps the latest ones when there are more than an initiative holds, and cuts long ones, counting the card as shortened', () => {
    const many = Array.from({ length: COMMENTS_MAX + 3 }, (_, i) => ({ author: 'a'.repeat(TITLE_MAX + 5), at: NOW - 100_000 + i, text: i === COMMENTS_MAX + 2 ? 'x'.repeat(TEXT_MAX + 1) : `c${i}` }));
    const source = sourceOf({ groups: GROUPS, items: [item({ group: 'todo', comments: many })] });
    const target = newTarget();
    const built = buildImport(source, { stageOf: new Map(GROUPS.map((g) => [g.key, target.stages[0]!.id])), archived: 'park' }, target, WORDS, NOW, makeId);
    const comments = built.initiatives[0]!.comments!;
    expect(comments).toHaveLength(COMMENTS_MAX);
    expect(comments[0]!.text).toBe('c3');
    expect(comments.at(-1)!.text).toHaveLength(TEXT_MAX);
    expect(comments[0]!.author).toHaveLength(TITLE_MAX);
    expect(built.counts.shortened).toBe(1);
    expect(RECORD_SCHEMAS.initiatives.safeParse(built.initiatives[0]).success).toBe(true);
  });
});

describe('suggested stages', () => {
  it('recognise the usual statuses in English, French, Spanish and Portuguese instead of sending them to the first stage', () => {
    const { stages } = newTarget();
    const key = (name: string) => stages.find((s) => s.id === suggestStage(name, stages, stageName))!.defaultKey;
    expect(['To do', 'À faire', 'Por hacer', 'Pendiente', 'A fazer', 'Open'].map(key)).toEqual(Array(6).fill('ready'));
    expect(['In progress', 'En cours', 'Haciendo', 'En curso', 'Em andamento', 'Fazendo', 'Blocked', 'Bloqué', 'Bloqueado', 'In Review', 'QA'].map(key)).toEqual(Array(11).fill('inSprint'));
    expect(['Done', 'Terminé', 'Terminée', 'Validé', 'Livré', 'Finalizado', 'Hecho', 'Concluído', 'Feito', 'Cerrado'].map(key)).toEqual(Array(10).fill('released'));
    expect(['Backlog', 'Idées', 'Ideias'].map(key)).toEqual(Array(3).fill('opportunities'));
    expect(['Cadrage', 'Analyse'].map(key)).toEqual(['framing', 'framing']);
  });
});
