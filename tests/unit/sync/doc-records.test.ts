import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docRecord, pendingFieldsOf, plainRecord, pulledRecord, removedKey, removedMap, removeRecord, tableMap, touchedKeys, writeRecord } from '../../../src/sync/doc-records';

const CARD = { id: 'c1', productId: 'p', title: 'Import', summary: '', stageId: 's1', lane: 'strategy', rank: 'a0', deletedAt: null, updatedAt: 1 };

/** Two docs that start from the same state, as two members who both synced once. */
function twoDocs(setup: (doc: Y.Doc) => void) {
  const a = new Y.Doc();
  setup(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b] as const;
}

/** Both docs exchange what the other lacks, as they do through the server. */
function merge(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const card = (doc: Y.Doc) => docRecord(doc, 'initiatives', 'c1');

describe('a record in the doc', () => {
  it('is written whole when the doc lacks it, and read back as plain data', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'initiatives', 'c1', { ...CARD, objectiveId: undefined }, ['title']);
    expect(card(doc)).toEqual(CARD);
    expect(tableMap(doc, 'initiatives').get('c1')).toBeInstanceOf(Y.Map);
    expect(docRecord(doc, 'initiatives', 'other')).toBeUndefined();
  });

  it('writes only the fields given, deletes those now undefined, and keeps the ones it does not know', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'initiatives', 'c1', { ...CARD, effort: 'L' }, null);
    writeRecord(doc, 'initiatives', 'c1', { ...CARD, title: 'Export', summary: 'ignored', stageId: undefined }, ['title', 'stageId']);
    expect(card(doc)).toEqual({ ...CARD, stageId: undefined, title: 'Export', effort: 'L' });
    expect(card(doc)).not.toHaveProperty('stageId');
  });

  it('sets nothing when a value is unchanged, so it cannot beat a teammate’s concurrent change', () => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'initiatives', 'c1', CARD, null));
    writeRecord(b, 'initiatives', 'c1', { ...CARD, title: 'Theirs' }, ['title']);
    const before = Y.encodeStateVector(a);
    writeRecord(a, 'initiatives', 'c1', { ...CARD }, null);
    expect(Y.encodeStateVector(a)).toEqual(before);
    writeRecord(a, 'initiatives', 'c1', { ...CARD, summary: 'Mine' }, null);
    merge(a, b);
    expect(card(a)).toEqual({ ...CARD, title: 'Theirs', summary: 'Mine' });
    expect(card(b)).toEqual(card(a));
  });
});

describe('concurrent changes', () => {
  it('to different fields of one record are both kept, on both sides', () => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'initiatives', 'c1', CARD, null));
    writeRecord(a, 'initiatives', 'c1', { ...CARD, title: 'From A' }, ['title']);
    writeRecord(b, 'initiatives', 'c1', { ...CARD, summary: 'From B' }, ['summary']);
    merge(a, b);
    expect(card(a)).toMatchObject({ title: 'From A', summary: 'From B' });
    expect(card(b)).toEqual(card(a));
  });

  // Which of two concurrent values a doc keeps depends on the clients' ids: each side wins once.
  it.each([
    [1, 2],
    [2, 1],
  ])('to where a card is end with one of the two places, whole, on both sides (ids %i, %i)', (idA, idB) => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'initiatives', 'c1', CARD, null));
    a.clientID = idA;
    b.clientID = idB;
    // A moves the card within its lane (the lane is unchanged), B to another lane.
    writeRecord(a, 'initiatives', 'c1', { ...CARD, stageId: 's2', rank: 'a1' }, ['stageId', 'rank']);
    writeRecord(b, 'initiatives', 'c1', { ...CARD, stageId: 's3', lane: 'discovery', rank: 'a2' }, ['stageId', 'lane', 'rank']);
    merge(a, b);
    expect(tableMap(a, 'initiatives').size).toBe(1);
    expect(card(b)).toEqual(card(a));
    const { stageId, lane, rank } = card(a)!;
    expect([
      ['s2', 'strategy', 'a1'],
      ['s3', 'discovery', 'a2'],
    ]).toContainEqual([stageId, lane, rank]);
  });

  it('a tombstone on one side and an edit on the other: the record stays deleted and keeps the edit', () => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'initiatives', 'c1', CARD, null));
    writeRecord(a, 'initiatives', 'c1', { ...CARD, deletedAt: 5, updatedAt: 5 }, ['deletedAt', 'updatedAt']);
    writeRecord(b, 'initiatives', 'c1', { ...CARD, title: 'Edited', updatedAt: 6 }, ['title', 'updatedAt']);
    merge(a, b);
    expect(card(a)).toMatchObject({ title: 'Edited', deletedAt: 5 });
    expect(card(b)).toEqual(card(a));
  });
});

describe('a record removed outright', () => {
  const transition = { id: 't1', productId: 'p', initiativeId: 'c1', kind: 'move', at: 1 };

  it('reads as null, is listed as removed, and reaches a doc that had it', () => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'transitions', 't1', transition, null));
    removeRecord(a, 'transitions', 't1');
    expect(docRecord(a, 'transitions', 't1')).toBeNull();
    expect(removedMap(a).has(removedKey('transitions', 't1'))).toBe(true);
    merge(a, b);
    expect(docRecord(b, 'transitions', 't1')).toBeNull();
    expect(tableMap(b, 'transitions').has('t1')).toBe(false);
  });

  it('comes back when written again (a redo), and is no longer listed as removed', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'transitions', 't1', transition, null);
    removeRecord(doc, 'transitions', 't1');
    writeRecord(doc, 'transitions', 't1', transition, null);
    expect(docRecord(doc, 'transitions', 't1')).toEqual(transition);
    expect(removedMap(doc).size).toBe(0);
  });

  it('beats a concurrent change to one of its fields: the change is lost with it', () => {
    const [a, b] = twoDocs((doc) => writeRecord(doc, 'transitions', 't1', transition, null));
    removeRecord(a, 'transitions', 't1');
    writeRecord(b, 'transitions', 't1', { ...transition, at: 2 }, ['at']);
    merge(a, b);
    expect(docRecord(a, 'transitions', 't1')).toBeNull();
    expect(docRecord(b, 'transitions', 't1')).toBeNull();
  });
});

describe('touchedKeys', () => {
  it('names the records a transaction added, changed or removed', () => {
    const doc = new Y.Doc();
    writeRecord(doc, 'initiatives', 'c1', CARD, null);
    writeRecord(doc, 'initiatives', 'c2', { ...CARD, id: 'c2' }, null);
    const seen = new Set<string>();
    tableMap(doc, 'initiatives').observeDeep((events) => touchedKeys(events).forEach((key) => seen.add(key)));
    doc.transact(() => {
      writeRecord(doc, 'initiatives', 'c1', { ...CARD, title: 'New' }, ['title']);
      writeRecord(doc, 'initiatives', 'c3', { ...CARD, id: 'c3' }, null);
      removeRecord(doc, 'initiatives', 'c2');
    });
    expect([...seen].sort()).toEqual(['c1', 'c2', 'c3']);
    expect(plainRecord(tableMap(doc, 'initiatives').get('c1')!)).toMatchObject({ title: 'New' });
  });
});

describe('pendingFieldsOf', () => {
  it('gathers the fields queued per record, a card\'s place whole, and a record written whole as all', () => {
    const entry = (table: 'initiatives' | 'stories', key: string, fields: string[] | null) => ({ productId: 'p', table, key, fields, at: 1 });
    const pending = pendingFieldsOf([entry('initiatives', 'c1', ['title']), entry('initiatives', 'c1', ['rank']), entry('stories', 's1', ['title']), entry('stories', 's1', null), entry('stories', 's1', ['points'])]);
    expect(pending.get('initiatives:c1')).toEqual(new Set(['title', 'rank', 'stageId', 'lane']));
    expect(pending.get('stories:s1')).toBe('all');
    expect(pending.has('initiatives:c2')).toBe(false);
  });
});

describe('pulledRecord', () => {
  const pull = (remote: Record<string, unknown> | null | undefined, local: Record<string, unknown> | undefined, mine?: Set<string> | 'all') => pulledRecord('initiatives', 'c1', remote, local, mine, 'p');

  it('stores the doc\'s version, and nothing when it is the same or was never in the doc', () => {
    expect(pull({ ...CARD, title: 'New' }, CARD)).toEqual({ put: { ...CARD, title: 'New' } });
    expect(pull(CARD, undefined)).toEqual({ put: CARD });
    expect(pull({ ...CARD }, CARD)).toBeNull();
    expect(pull(undefined, CARD)).toBeNull();
  });

  it('keeps the fields changed here and not sent yet, and everything of a record written whole here', () => {
    const local = { ...CARD, title: 'Typed here', summary: 'Here too' };
    expect(pull({ ...CARD, title: 'Theirs', rank: 'b0' }, local, new Set(['title']))).toEqual({ put: { ...CARD, title: 'Typed here', rank: 'b0' } });
    expect(pull({ ...CARD, title: 'Theirs', teamNote: 'x' }, local, 'all')).toEqual({ put: { ...local, teamNote: 'x' } });
  });

  it('deletes a record removed in the doc, unless it was changed here since', () => {
    expect(pull(null, CARD)).toBe('delete');
    expect(pull(null, CARD, new Set(['title']))).toBeNull();
    expect(pull(null, undefined)).toBeNull();
  });

  it('leaves alone a record removed here and not sent yet', () => {
    expect(pull(CARD, undefined, 'all')).toBeNull();
  });

  it('never writes into another product, nor under another id', () => {
    expect(pull({ ...CARD, productId: 'other' }, undefined)).toBeNull();
    expect(pull({ ...CARD, id: 'c2' }, undefined)).toBeNull();
    expect(pull(null, { ...CARD, productId: 'other' })).toBeNull();
  });
});
