import { describe, expect, it } from 'vitest';
import { iceScore, riceScore, scoreOf, scoringOf, sortByScore, validateIce, validateRice, valueAndEffort } from '../../../src/domain/strategy/scores';
import type { InitiativeScore } from '../../../src/domain/strategy/types';

describe('RICE', () => {
  it('is reach × impact × confidence ÷ effort, confidence read as a percentage', () => {
    // 400 × 2 × 0.8 ÷ 3 = 213.33…
    expect(riceScore({ reach: 400, impact: 2, confidence: 80, effort: 3 })).toBeCloseTo(213.333, 3);
    // 900 × 0.5 × 0.5 ÷ 2 = 112.5
    expect(riceScore({ reach: 900, impact: 0.5, confidence: 50, effort: 2 })).toBe(112.5);
    // 1 000 × 0.25 × 1 ÷ 0.5 = 500
    expect(riceScore({ reach: 1000, impact: 0.25, confidence: 100, effort: 0.5 })).toBe(500);
    expect(riceScore({ reach: 0, impact: 3, confidence: 100, effort: 1 })).toBe(0);
  });

  it('is unknown until every input is given', () => {
    expect(riceScore(undefined)).toBeNull();
    expect(riceScore({ reach: 400, impact: 2, confidence: null, effort: 3 })).toBeNull();
    expect(riceScore({ reach: null, impact: 2, confidence: 80, effort: 3 })).toBeNull();
  });

  it('takes empty inputs, and refuses a negative reach, an impact off the scale, a confidence outside 0–100 and an effort of 0', () => {
    expect(validateRice({})).toEqual({ values: { reach: null, impact: null, confidence: null, effort: null }, errors: {} });
    expect(validateRice({ reach: 10, impact: 0.5, confidence: 0, effort: 0.1 }).errors).toEqual({});
    expect(validateRice({ reach: -1, impact: 1.5, confidence: 120, effort: 0 }).errors).toEqual({
      reach: 'errors.reachInvalid',
      impact: 'errors.impactInvalid',
      confidence: 'errors.confidenceInvalid',
      effort: 'errors.effortInvalid',
    });
    expect(validateRice({ reach: Number.NaN, effort: -2, confidence: -1 }).errors).toEqual({ reach: 'errors.reachInvalid', effort: 'errors.effortInvalid', confidence: 'errors.confidenceInvalid' });
    expect(validateRice({ reach: '12' as never }).errors).toEqual({ reach: 'errors.reachInvalid' });
  });
});

describe('ICE', () => {
  it('is impact × confidence × ease', () => {
    expect(iceScore({ impact: 8, confidence: 6, ease: 5 })).toBe(240);
    expect(iceScore({ impact: 10, confidence: 10, ease: 10 })).toBe(1000);
    expect(iceScore({ impact: 1, confidence: 1, ease: 1 })).toBe(1);
    expect(iceScore({ impact: 8, confidence: null, ease: 5 })).toBeNull();
  });

  it('takes whole numbers from 1 to 10, or nothing', () => {
    expect(validateIce({ impact: 1, confidence: 10 })).toEqual({ values: { impact: 1, confidence: 10, ease: null }, errors: {} });
    expect(validateIce({ impact: 0, confidence: 11, ease: 2.5 }).errors).toEqual({ impact: 'errors.iceInvalid', confidence: 'errors.iceInvalid', ease: 'errors.iceInvalid' });
  });
});

describe('the product’s framework', () => {
  it('is RICE unless the product chose ICE', () => {
    expect(scoringOf({})).toBe('rice');
    expect(scoringOf({ scoring: 'ice' })).toBe('ice');
  });

  it('picks the inputs of its framework', () => {
    const score: InitiativeScore = { rice: { reach: 100, impact: 1, confidence: 50, effort: 2 }, ice: { impact: 2, confidence: 3, ease: 4 } };
    expect(scoreOf(score, 'rice')).toBe(25);
    expect(scoreOf(score, 'ice')).toBe(24);
    expect(scoreOf(undefined, 'ice')).toBeNull();
  });

  it('gives a value and an effort per initiative, for a value × effort view', () => {
    expect(valueAndEffort({ rice: { reach: 400, impact: 2, confidence: 80, effort: 3 } }, 'rice')).toEqual({ value: 640, effort: 3 });
    // Ease 9 of 10 is an effort of 2 on the same scale.
    expect(valueAndEffort({ ice: { impact: 8, confidence: 5, ease: 9 } }, 'ice')).toEqual({ value: 40, effort: 2 });
    expect(valueAndEffort({ rice: { reach: 400, impact: 2, confidence: null, effort: 3 } }, 'rice')).toBeNull();
    expect(valueAndEffort({}, 'ice')).toBeNull();
  });
});

describe('sortByScore', () => {
  const card = (id: string, rank: string, rice?: [number, 0.25 | 0.5 | 1 | 2 | 3, number, number]) => ({
    id,
    rank,
    score: rice ? { rice: { reach: rice[0], impact: rice[1], confidence: rice[2], effort: rice[3] } } : undefined,
  });

  it('puts the highest score first and the unscored last, each in board order', () => {
    const cards = [
      card('a', 'a0'), // unscored
      card('b', 'a1', [100, 1, 100, 1]), // 100
      card('c', 'a2', [900, 0.5, 50, 2]), // 112.5
      card('d', 'a3'), // unscored
      card('e', 'a4', [10, 1, 100, 1]), // 10
    ];
    expect(sortByScore(cards, 'rice').map((c) => c.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('is stable: equal scores keep their board order, whatever order they come in', () => {
    const cards = [card('z', 'a2', [50, 2, 100, 1]), card('x', 'a0', [100, 1, 100, 1]), card('y', 'a1', [25, 2, 100, 0.5])];
    expect(sortByScore(cards, 'rice').map((c) => c.id)).toEqual(['x', 'y', 'z']);
  });

  it('reads the framework asked for: a card scored only in RICE is unscored in ICE', () => {
    const cards = [card('a', 'a0', [1, 1, 100, 1]), { id: 'b', rank: 'a1', score: { ice: { impact: 2, confidence: 2, ease: 2 } } }];
    expect(sortByScore(cards, 'ice').map((c) => c.id)).toEqual(['b', 'a']);
    expect(sortByScore(cards, 'rice').map((c) => c.id)).toEqual(['a', 'b']);
    expect(sortByScore([], 'rice')).toEqual([]);
  });
});
