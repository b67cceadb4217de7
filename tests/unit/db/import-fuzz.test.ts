import fc from 'fast-check';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { importCards, newImportProduct } from '../../../src/db/import-write';
import { parseJiraCsv } from '../../../src/domain/import/jira';
import type { ArchivedChoice, ImportChoices } from '../../../src/domain/import/mapping';
import type { ImportSource } from '../../../src/domain/import/source';
import { parseTrello } from '../../../src/domain/import/trello';
import { initiativeFieldsSchema } from '../../../src/domain/validation';
import { WORDS } from '../domain/import-helpers';
import { everything, prototypeKeys } from './backup-helpers';
import { freshDb } from './helpers';
import { fuzz, FUZZ_TIMEOUT } from '../fuzz';

/**
 * Property tests: thousands of mangled and hostile Trello and Jira files. Each is either refused
 * with a reason (and the database unchanged) or imported whole: one initiative per card, with the
 * card's title, computed here straight from the raw file, independently of the importers.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

const PROBLEMS = new Set(['tooLarge', 'notJson', 'tooDeep', 'notTrello', 'notCsv', 'empty', 'missing', 'type', 'shape', 'unknownList', 'tooMany', 'missingColumn', 'unclosedQuote', 'cutShort', 'otherKind', 'viewerPage', 'singleCard']);
const PROTOTYPE = prototypeKeys();

/** A small board in the shape of a real export: an archived list, an archived card, labels, a checklist, a member. */
const BOARD: Json = {
  name: 'Fuzz board',
  lists: [
    { id: 'l1', name: 'To Do', closed: false, pos: 1 },
    { id: 'l2', name: 'Doing', closed: false, pos: 2 },
    { id: 'l3', name: 'Old', closed: true, pos: 3 },
  ],
  cards: [
    { id: '54b4a420e3782eba550045aa', name: 'One', desc: 'First', idList: 'l1', pos: 2, closed: false, labels: [{ id: 'x', name: 'Feature', color: 'green' }], idMembers: ['m'] },
    { id: 'c2', name: 'Two', desc: '', idList: 'l1', pos: 1, closed: true, labels: [], idLabels: ['y'] },
    { id: 'c3', name: '三', idList: 'l2', pos: 1, due: '2026-01-01T00:00:00.000Z' },
    { id: 'c4', name: 'Four', idList: 'l3', pos: 1 },
  ],
  labels: [{ id: 'y', name: '', color: 'red' }],
  members: [{ id: 'm', fullName: 'Ana' }],
  checklists: [{ idCard: 'c3', name: 'Steps', pos: 1, checkItems: [{ name: 'a', state: 'complete', pos: 1 }] }],
};

function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  return out;
}
const PATHS = pathsOf(BOARD).filter((p) => p.length > 0);

function holderOf(root: Json, path: readonly (string | number)[]): Record<string | number, Json> | null {
  let node: Json | undefined = root;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string | number, Json>)[part];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, Json>) : null;
}

/** Sets an own property, even one named __proto__, as a hostile JSON file would hold it. */
function setOwn(target: object, key: string | number, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation = { kind: 'set'; path: number; value: Json } | { kind: 'delete'; path: number } | { kind: 'addKey'; path: number; key: string; value: Json } | { kind: 'text'; path: number; text: string };

function apply(root: Json, m: Mutation) {
  const path = PATHS[m.path % PATHS.length]!;
  const holder = holderOf(root, path);
  const key = path.at(-1)!;
  if (!holder || !Object.hasOwn(holder, key)) return;
  if (m.kind === 'set') setOwn(holder, key, m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else if (m.kind === 'addKey') {
    const target = holder[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) setOwn(target, m.key, m.value);
  } else if (typeof holder[key] === 'string') holder[key] = m.text;
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'polluted');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), path: fc.nat(), key: fc.oneof(hostileKey, fc.string()), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('text' as const), path: fc.nat(), text: fc.string({ maxLength: 40, unit: 'grapheme' }) }),
);

/** The board under a few mutations, sometimes then cut or spliced as text. */
const mangledTrello = fc.tuple(fc.array(mutation, { maxLength: 4 }), fc.option(fc.tuple(fc.nat(), fc.string({ maxLength: 5 })), { freq: 5 })).map(([mutations, splice]) => {
  const board = structuredClone(BOARD);
  mutations.forEach((m) => apply(board, m));
  const text = JSON.stringify(board);
  if (!splice) return text;
  const at = splice[0] % text.length;
  return text.slice(0, at) + splice[1] + text.slice(at + 1);
});

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const titleOf = (name: unknown) => (typeof name === 'string' && oneLine(name) ? oneLine(name) : WORDS.untitled);

/** The titles an import of this board must write, read from the raw JSON. */
function expectedTrelloTitles(text: string, archived: ArchivedChoice): string[] {
  const board = JSON.parse(text) as { lists: { id: string; closed?: boolean }[]; cards: { name?: unknown; idList: string; closed?: boolean }[] };
  const closedLists = new Set(board.lists.filter((l) => l.closed === true).map((l) => l.id));
  return board.cards
    .filter((c) => archived === 'park' || (c.closed !== true && !closedLists.has(c.idList)))
    .map((c) => titleOf(c.name))
    .sort();
}

/** A Jira-like table: the header (Summary somewhere, repeated Labels), then rows of hostile text. */
const cellText = fc.oneof(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.constantFrom('', ' ', '"', '""', ',', '\n', '\r\n', '=1+1', '__proto__', 'a,"b"\nc', '\ufeff'));
const jiraTable = fc.tuple(fc.shuffledSubarray(['Issue key', 'Status', 'Labels', 'Labels', 'Sprint', 'Created', 'Story Points', 'Description'], { minLength: 0 }), fc.nat(9)).chain(([others, at]) => {
  const headers = [...others.slice(0, at), 'Summary', ...others.slice(at)];
  return fc.array(fc.array(cellText, { minLength: headers.length, maxLength: headers.length }), { minLength: 1, maxLength: 12 }).map((rows) => ({ headers, rows }));
});

function choices(source: ImportSource, stageId: string, archived: ArchivedChoice): ImportChoices {
  return { stageOf: new Map(source.groups.map((g) => [g.key, stageId])), archived };
}

describe('mangled Trello exports', () => {
  it('are each refused with a reason, or read whole with every card', () => {
    fc.assert(
      fc.property(mangledTrello, (text) => {
        const result = parseTrello(text);
        expect(prototypeKeys()).toEqual(PROTOTYPE);
        if (!result.ok) {
          expect(PROBLEMS.has(result.problem.code)).toBe(true);
          return;
        }
        expect(result.value.items.map((i) => titleOf(i.title)).sort()).toEqual(expectedTrelloTitles(text, 'park'));
      }),
      fuzz(2000),
    );
  }, FUZZ_TIMEOUT);

  it('are each imported whole into the database, or refused with the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(mangledTrello, fc.constantFrom<ArchivedChoice>('park', 'skip'), async (text, archived) => {
        const before = await everything();
        const result = parseTrello(text);
        if (!result.ok) {
          expect(await everything()).toEqual(before);
          return;
        }
        const destination = newImportProduct('Fuzz');
        const done = await importCards(result.value, choices(result.value, destination.stages[0]!.id, archived), destination, WORDS);
        const written = await db.initiatives.where('[productId+status]').between([done.productId, ''], [done.productId, '\uffff']).toArray();
        expect(written.map((i) => i.title).sort()).toEqual(expectedTrelloTitles(text, archived));
        for (const initiative of written) expect(initiativeFieldsSchema.safeParse(initiative).success).toBe(true);
        expect(prototypeKeys()).toEqual(PROTOTYPE);
      }),
      fuzz(80),
    );
  }, FUZZ_TIMEOUT);
});

describe('mangled Jira CSV files', () => {
  it('read every row with a summary, whatever the quotes, commas, line breaks and BOMs in the cells', () => {
    fc.assert(
      fc.property(jiraTable, fc.boolean(), ({ headers, rows }, bom) => {
        const text = (bom ? '\ufeff' : '') + Papa.unparse([headers, ...rows], { newline: '\r\n' });
        const result = parseJiraCsv(text);
        const summary = headers.indexOf('Summary');
        // A row whose cells are all blank is no row for a spreadsheet either.
        const expected = rows.filter((r) => r.some((c) => c.trim() !== '') && r[summary]!.trim() !== '').map((r) => r[summary]!.trim());
        if (!result.ok) {
          expect(result.problem.code).toBe('empty');
          expect(expected).toEqual([]);
          return;
        }
        expect(result.value.items.map((i) => i.title)).toEqual(expected);
        expect(prototypeKeys()).toEqual(PROTOTYPE);
      }),
      fuzz(1500),
    );
  }, FUZZ_TIMEOUT);

  it('never throw on arbitrary text: a reason, or what can be read', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const result = parseJiraCsv(`Summary,Status\n${text}`);
        if (!result.ok) expect(PROBLEMS.has(result.problem.code)).toBe(true);
        const bare = parseJiraCsv(text);
        if (!bare.ok) expect(PROBLEMS.has(bare.problem.code)).toBe(true);
      }),
      fuzz(1500),
    );
  }, FUZZ_TIMEOUT);

  it('are each imported whole into the database, or refused with the database unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(jiraTable, async ({ headers, rows }) => {
        const before = await everything();
        const result = parseJiraCsv(Papa.unparse([headers, ...rows]));
        if (!result.ok) {
          expect(await everything()).toEqual(before);
          return;
        }
        const destination = newImportProduct('Fuzz');
        const done = await importCards(result.value, choices(result.value, destination.stages[0]!.id, 'park'), destination, WORDS);
        const written = await db.initiatives.where('[productId+status]').equals([done.productId, 'active']).toArray();
        expect(written.map((i) => i.title).sort()).toEqual(result.value.items.map((i) => titleOf(i.title)).sort());
        expect(prototypeKeys()).toEqual(PROTOTYPE);
      }),
      fuzz(40),
    );
  }, FUZZ_TIMEOUT);
});
