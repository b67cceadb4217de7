import { describe, expect, it } from 'vitest';
import { axisPosition, buildMatrix, median, quadrantOf, thresholdErrors } from '../../../src/domain/strategy/matrix';
import type { InitiativeScore } from '../../../src/domain/strategy/types';

const rice = (id: string, reach: number, impact: 3 | 2 | 1 | 0.5 | 0.25, confidence: number, effort: number) => ({ id, score: { rice: { reach, impact, confidence, effort } } as InitiativeScore });
const ice = (id: string, impact: number, confidence: number, ease: number) => ({ id, score: { ice: { impact, confidence, ease } } as InitiativeScore });

describe('median', () => {
  it('is the middle number, or the mean of the two middle ones, whatever the order given', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([640, 75, 400, 225])).toBe(312.5);
    expect(median([7])).toBe(7);
    expect(median([2, 2, 9, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});

describe('quadrants', () => {
  const thresholds = { value: 100, effort: 4 };

  it('are high value and low effort: quick wins; high both: big bets; low both: fill-ins; low value, high effort: money pit', () => {
    expect(quadrantOf({ value: 150, effort: 2 }, thresholds)).toBe('quickWins');
    expect(quadrantOf({ value: 150, effort: 6 }, thresholds)).toBe('bigBets');
    expect(quadrantOf({ value: 50, effort: 2 }, thresholds)).toBe('fillIns');
    expect(quadrantOf({ value: 50, effort: 6 }, thresholds)).toBe('moneyPit');
  });

  it('count a value or an effort on its median as high', () => {
    expect(quadrantOf({ value: 100, effort: 2 }, thresholds)).toBe('quickWins');
    expect(quadrantOf({ value: 50, effort: 4 }, thresholds)).toBe('moneyPit');
    expect(quadrantOf({ value: 100, effort: 4 }, thresholds)).toBe('bigBets');
    expect(quadrantOf({ value: 99.9, effort: 3.9 }, thresholds)).toBe('fillIns');
  });
});

describe('axis positions', () => {
  const range = { min: 2, median: 3.5, max: 5 };

  it('scale each half on its own: the smallest at 5 %, just under the median towards 45 %, the median at 55 %, the largest at 95 %', () => {
    expect(axisPosition(2, range)).toBe(5);
    // 5 + 40 × (3 − 2) ÷ (3.5 − 2) = 31.67
    expect(axisPosition(3, range)).toBeCloseTo(31.667, 3);
    expect(axisPosition(3.5, range)).toBe(55);
    // 55 + 40 × (4 − 3.5) ÷ (5 − 3.5) = 68.33
    expect(axisPosition(4, range)).toBeCloseTo(68.333, 3);
    expect(axisPosition(5, range)).toBe(95);
  });

  it('put numbers all equal from the median up in the middle of the upper half', () => {
    expect(axisPosition(7, { min: 7, median: 7, max: 7 })).toBe(75);
    expect(axisPosition(1, { min: 1, median: 7, max: 7 })).toBe(5);
  });
});

describe('the matrix', () => {
  it('splits at the product’s own thresholds when it has set them, and says so', () => {
    const items = [rice('onboarding', 400, 2, 80, 3), rice('usagePricing', 150, 1, 50, 4), rice('offline', 250, 2, 80, 5), rice('sharedLists', 900, 0.5, 50, 2)];
    expect(buildMatrix(items, 'rice').source).toBe('median');
    const own = buildMatrix(items, 'rice', { value: 200, effort: 4.5 });
    expect(own).toMatchObject({ source: 'product', thresholds: { value: 200, effort: 4.5 } });
    expect(own.points.map((p) => [p.item.id, p.quadrant])).toEqual([
      ['onboarding', 'quickWins'],
      ['sharedLists', 'quickWins'],
      ['offline', 'bigBets'],
      ['usagePricing', 'fillIns'],
    ]);
    // A line beyond every score still splits the axis: everything sits on its low side.
    const high = buildMatrix(items, 'rice', { value: 10_000, effort: 4.5 });
    expect(high.points.every((p) => p.quadrant === 'fillIns' || p.quadrant === 'moneyPit')).toBe(true);
    expect(Math.max(...high.points.map((p) => p.y))).toBeLessThan(50);
  });

  it('refuses thresholds that are not numbers of 0 or more', () => {
    expect(thresholdErrors({ value: 0, effort: 2.5 })).toBeNull();
    expect(thresholdErrors({ value: -1, effort: Number.NaN })).toEqual({ value: 'strategy.matrix.errors.threshold', effort: 'strategy.matrix.errors.threshold' });
  });

  it('places the sample’s RICE cards in the four quadrants around the median value and effort', () => {
    // Values (reach × impact × confidence): 640, 75, 400, 225 → median 312.5; efforts 3, 4, 5, 2 → median 3.5.
    const items = [rice('onboarding', 400, 2, 80, 3), rice('usagePricing', 150, 1, 50, 4), rice('offline', 250, 2, 80, 5), rice('sharedLists', 900, 0.5, 50, 2)];
    const matrix = buildMatrix(items, 'rice');
    expect(matrix.thresholds).toEqual({ value: 312.5, effort: 3.5 });
    expect(matrix.unscored).toEqual([]);
    expect(matrix.points.map((p) => [p.item.id, p.quadrant, p.value, p.effort])).toEqual([
      ['onboarding', 'quickWins', 640, 3],
      ['offline', 'bigBets', 400, 5],
      ['sharedLists', 'fillIns', 225, 2],
      ['usagePricing', 'moneyPit', 75, 4],
    ]);
    const at = (id: string) => matrix.points.find((p) => p.item.id === id)!;
    // Value 640 is the largest: 95 %; 400: 55 + 40 × 87.5 ÷ 327.5 = 65.69 %; 225: 5 + 40 × 150 ÷ 237.5 = 30.26 %; 75: 5 %.
    expect(at('onboarding').y).toBe(95);
    expect(at('offline').y).toBeCloseTo(65.687, 3);
    expect(at('sharedLists').y).toBeCloseTo(30.263, 3);
    expect(at('usagePricing').y).toBe(5);
    expect([at('onboarding').x, at('usagePricing').x, at('offline').x, at('sharedLists').x].map((x) => Math.round(x * 100) / 100)).toEqual([31.67, 68.33, 95, 5]);
  });

  it('reads ICE as value impact × confidence and effort 11 − ease, and settles ties on the medians as high', () => {
    // Values 25, 10, 40 → median 25; efforts 5, 5, 9 → median 5.
    const items = [ice('a', 5, 5, 6), ice('b', 2, 5, 6), ice('c', 8, 5, 2)];
    const matrix = buildMatrix(items, 'ice');
    expect(matrix.thresholds).toEqual({ value: 25, effort: 5 });
    expect(matrix.points.map((p) => [p.item.id, p.quadrant, p.value, p.effort])).toEqual([
      ['c', 'bigBets', 40, 9],
      ['a', 'bigBets', 25, 5],
      ['b', 'moneyPit', 10, 5],
    ]);
  });

  it('makes a single scored initiative a big bet in the middle of its quadrant', () => {
    const matrix = buildMatrix([ice('only', 6, 7, 4)], 'ice');
    expect(matrix.thresholds).toEqual({ value: 42, effort: 7 });
    expect(matrix.points).toEqual([{ item: expect.objectContaining({ id: 'only' }), quadrant: 'bigBets', value: 42, effort: 7, x: 75, y: 75 }]);
  });

  it('orders a quadrant by value, then the least effort, then as given', () => {
    // Values 90, 90, 90, 10 → median 90; efforts 2, 1, 2, 8 → median 2: the first three are big bets or quick wins.
    const items = [ice('x', 9, 10, 9), ice('y', 9, 10, 10), ice('z', 9, 10, 9), ice('low', 1, 10, 3)];
    expect(buildMatrix(items, 'ice').points.map((p) => [p.item.id, p.quadrant])).toEqual([
      ['y', 'quickWins'],
      ['x', 'bigBets'],
      ['z', 'bigBets'],
      ['low', 'moneyPit'],
    ]);
  });

  it('lists apart, in the order given, the initiatives without a complete score in the product’s framework', () => {
    const partial = { id: 'partial', score: { rice: { reach: 10, impact: 1, confidence: null, effort: 2 } } as InitiativeScore };
    const none: { id: string; score?: InitiativeScore } = { id: 'none' };
    const iceOnly = ice('iceOnly', 5, 5, 5);
    const matrix = buildMatrix([partial, rice('scored', 10, 1, 100, 1), none, iceOnly], 'rice');
    expect(matrix.unscored.map((i) => i.id)).toEqual(['partial', 'none', 'iceOnly']);
    expect(matrix.points.map((p) => p.item.id)).toEqual(['scored']);
    expect(buildMatrix([none], 'rice')).toEqual({ thresholds: null, source: 'median', points: [], unscored: [none] });
  });
});
