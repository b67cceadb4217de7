import { describe, expect, it } from 'vitest';
import { sameValue, tombstoneOf, untouchedSince, writtenBack } from '../../../src/domain/undo-rules';

describe('sameValue', () => {
  it('compares plain records deeply, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it('reads an undefined field as an absent one', () => {
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('untouchedSince', () => {
  const card = { id: 'c', title: 'Onboarding', deletedAt: null };

  it('holds while the record is as the change left it', () => {
    expect(untouchedSince({ ...card }, card)).toBe(true);
    expect(untouchedSince({ ...card, title: 'Edited later' }, card)).toBe(false);
    expect(untouchedSince(undefined, card)).toBe(false);
  });

  it('takes an absent record or a tombstone as untouched for a change that created it', () => {
    expect(untouchedSince(undefined, undefined)).toBe(true);
    expect(untouchedSince({ ...card, deletedAt: 5 }, undefined)).toBe(true);
    expect(untouchedSince(card, undefined)).toBe(false);
  });
});

describe('writtenBack', () => {
  const before = { id: 'c', title: 'Onboarding', summary: '', updatedAt: 1, deletedAt: null };
  const deleted = { ...before, updatedAt: 2, deletedAt: 2 };

  it('writes the fields the change wrote back over the record as it is now, keeping others’ fields', () => {
    const now = { ...deleted, summary: 'A teammate’s edit', updatedAt: 3 };
    expect(writtenBack(now, deleted, before)).toEqual({ record: { ...before, summary: 'A teammate’s edit', updatedAt: 3 } });
    expect(writtenBack({ ...deleted }, deleted, before)).toEqual({ record: before });
  });

  it('refuses when one of the fields the change wrote changed since', () => {
    const renamed = { ...before, title: 'Mine', updatedAt: 2 };
    expect(writtenBack({ ...renamed, title: 'Theirs', updatedAt: 3 }, renamed, before)).toBeNull();
  });

  it('writes a created or removed record back whole, only while untouched', () => {
    expect(writtenBack({ ...before }, before, undefined)).toEqual({ record: undefined });
    expect(writtenBack({ ...before, title: 'Edited' }, before, undefined)).toBeNull();
    expect(writtenBack(undefined, undefined, before)).toEqual({ record: before });
    expect(writtenBack(before, undefined, before)).toBeNull();
  });

  it('brings a created record back over its tombstone with what was written in it since', () => {
    const tombstone = { ...before, summary: 'A teammate’s edit', future: 'a newer client’s field', updatedAt: 3, deletedAt: 2 };
    expect(writtenBack(tombstone, undefined, before)).toEqual({ record: { ...before, summary: 'A teammate’s edit', future: 'a newer client’s field' } });
  });
});

describe('tombstoneOf', () => {
  it('stamps deletedAt (and updatedAt where the record has one)', () => {
    expect(tombstoneOf({ id: 'a', updatedAt: 1, deletedAt: null }, 9)).toEqual({ id: 'a', updatedAt: 9, deletedAt: 9 });
    expect(tombstoneOf({ id: 'a', deletedAt: null }, 9)).toEqual({ id: 'a', deletedAt: 9 });
  });

  it('gives null for a table without tombstones', () => {
    expect(tombstoneOf({ id: 't', at: 1 }, 9)).toBeNull();
  });
});
