import { describe, expect, it } from 'vitest';
import { clampScore, isMapKey, isScore, nudge, quadrant, scoreFromPosition } from '../../../src/domain/discovery/assumption-map';
import type { Score } from '../../../src/domain/discovery/types';

const SCORES: Score[] = [1, 2, 3, 4, 5];

describe('quadrant', () => {
  it('puts 3 on the high side of both axes', () => {
    expect(quadrant({ importance: 3, evidence: 2 })).toBe('testFirst');
    expect(quadrant({ importance: 2, evidence: 2 })).toBe('watch');
    expect(quadrant({ importance: 3, evidence: 3 })).toBe('proceed');
    expect(quadrant({ importance: 2, evidence: 3 })).toBe('ignore');
  });

  it('covers the corners', () => {
    expect(quadrant({ importance: 5, evidence: 1 })).toBe('testFirst');
    expect(quadrant({ importance: 5, evidence: 5 })).toBe('proceed');
    expect(quadrant({ importance: 1, evidence: 1 })).toBe('watch');
    expect(quadrant({ importance: 1, evidence: 5 })).toBe('ignore');
  });

  it('splits the 25 cells 6 / 9 / 4 / 6', () => {
    const tally: Record<string, number> = {};
    for (const importance of SCORES) for (const evidence of SCORES) tally[quadrant({ importance, evidence })] = (tally[quadrant({ importance, evidence })] ?? 0) + 1;
    expect(tally).toEqual({ testFirst: 6, proceed: 9, watch: 4, ignore: 6 });
  });
});

describe('nudge', () => {
  const middle = { importance: 3 as Score, evidence: 3 as Score };

  it('moves importance with up and down, evidence with right and left', () => {
    expect(nudge(middle, 'ArrowUp')).toEqual({ importance: 4, evidence: 3 });
    expect(nudge(middle, 'ArrowDown')).toEqual({ importance: 2, evidence: 3 });
    expect(nudge(middle, 'ArrowRight')).toEqual({ importance: 3, evidence: 4 });
    expect(nudge(middle, 'ArrowLeft')).toEqual({ importance: 3, evidence: 2 });
  });

  it('stays within 1..5', () => {
    expect(nudge({ importance: 5, evidence: 5 }, 'ArrowUp')).toEqual({ importance: 5, evidence: 5 });
    expect(nudge({ importance: 5, evidence: 5 }, 'ArrowRight')).toEqual({ importance: 5, evidence: 5 });
    expect(nudge({ importance: 1, evidence: 1 }, 'ArrowDown')).toEqual({ importance: 1, evidence: 1 });
    expect(nudge({ importance: 1, evidence: 1 }, 'ArrowLeft')).toEqual({ importance: 1, evidence: 1 });
  });

  it('leaves the scores alone for other keys, and returns only the scores', () => {
    expect(nudge({ ...middle, id: 'h' } as typeof middle, 'Enter')).toEqual(middle);
    expect(isMapKey('ArrowUp')).toBe(true);
    expect(isMapKey('Enter')).toBe(false);
  });
});

describe('scoreFromPosition', () => {
  const W = 500;
  const H = 250;

  it('reads evidence left to right and importance top to bottom', () => {
    expect(scoreFromPosition(0, 0, W, H)).toEqual({ evidence: 1, importance: 5 });
    expect(scoreFromPosition(W - 1, H - 1, W, H)).toEqual({ evidence: 5, importance: 1 });
    expect(scoreFromPosition(W / 2, H / 2, W, H)).toEqual({ evidence: 3, importance: 3 });
  });

  it('gives each score an equal fifth, a boundary going to the next cell', () => {
    expect(scoreFromPosition(99.9, 0, W, H).evidence).toBe(1);
    expect(scoreFromPosition(100, 0, W, H).evidence).toBe(2);
    expect(scoreFromPosition(399.9, 0, W, H).evidence).toBe(4);
    expect(scoreFromPosition(400, 0, W, H).evidence).toBe(5);
    expect(scoreFromPosition(0, 49.9, W, H).importance).toBe(5);
    expect(scoreFromPosition(0, 50, W, H).importance).toBe(4);
    expect(scoreFromPosition(0, 200, W, H).importance).toBe(1);
  });

  it('clamps points on the far edges and outside the map', () => {
    expect(scoreFromPosition(W, H, W, H)).toEqual({ evidence: 5, importance: 1 });
    expect(scoreFromPosition(-30, -30, W, H)).toEqual({ evidence: 1, importance: 5 });
    expect(scoreFromPosition(W * 3, H * 3, W, H)).toEqual({ evidence: 5, importance: 1 });
  });

  it('survives an empty map or a bad point', () => {
    expect(scoreFromPosition(10, 10, 0, 0)).toEqual({ evidence: 1, importance: 5 });
    expect(scoreFromPosition(Number.NaN, Number.NaN, W, H)).toEqual({ evidence: 1, importance: 5 });
  });

  it('is the inverse of a cell’s centre', () => {
    for (const evidence of SCORES) {
      for (const importance of SCORES) {
        const x = ((evidence - 0.5) / 5) * W;
        const y = ((5 - importance + 0.5) / 5) * H;
        expect(scoreFromPosition(x, y, W, H)).toEqual({ evidence, importance });
      }
    }
  });
});

describe('scores', () => {
  it('clamps and rounds any number', () => {
    expect([clampScore(0), clampScore(1.4), clampScore(2.6), clampScore(9), clampScore(Number.NaN), clampScore(Infinity)]).toEqual([1, 1, 3, 5, 1, 5]);
  });

  it('knows a score', () => {
    expect(SCORES.every(isScore)).toBe(true);
    expect([0, 6, 2.5, '3', null].some(isScore)).toBe(false);
  });
});
