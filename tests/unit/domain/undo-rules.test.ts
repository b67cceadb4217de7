import { describe, expect, it } from 'vitest';
import { sameValue, tombstoneOf, untouchedSince } from '../../../src/domain/undo-rules';

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

describe('tombstoneOf', () => {
  it('stamps deletedAt (and updatedAt where the record has one)', () => {
    expect(tombstoneOf({ id: 'a', updatedAt: 1, deletedAt: null }, 9)).toEqual({ id: 'a', updatedAt: 9, deletedAt: 9 });
    expect(tombstoneOf({ id: 'a', deletedAt: null }, 9)).toEqual({ id: 'a', deletedAt: 9 });
  });

  it('gives null for a table without tombstones', () => {
    expect(tombstoneOf({ id: 't', at: 1 }, 9)).toBeNull();
  });
});
