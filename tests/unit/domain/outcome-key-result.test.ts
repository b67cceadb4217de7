import { describe, expect, it } from 'vitest';
import { measuresKeyResult, NO_OUTCOME, outcomeFromKeyResult } from '../../../src/domain/delivery/outcome';
import { KEY_RESULT_HISTORY_MAX, READING_CORRECTION_MS, withReading } from '../../../src/domain/strategy/key-results';
import type { KeyResult } from '../../../src/domain/strategy/types';

const KR: KeyResult = { id: 'kr', metric: 'Deals lost in security reviews, per quarter', baseline: 6, target: 0, current: 2 };

describe('an outcome started from its key result', () => {
  it('takes the metric, baseline and target, and leaves the actual value to measure', () => {
    expect(outcomeFromKeyResult(KR)).toEqual({ ...NO_OUTCOME, metric: KR.metric, direction: 'decrease', baseline: 6, target: 0, actual: null });
  });

  it('is better higher when the target is above the baseline, or while either is unknown or they are equal', () => {
    expect(outcomeFromKeyResult({ ...KR, baseline: 48, target: 70 }).direction).toBe('increase');
    expect(outcomeFromKeyResult({ ...KR, baseline: null }).direction).toBe('increase');
    expect(outcomeFromKeyResult({ ...KR, target: null }).direction).toBe('increase');
    expect(outcomeFromKeyResult({ ...KR, baseline: 5, target: 5 }).direction).toBe('increase');
  });

  it('measures the key result when it names the same metric, spaces and case aside', () => {
    expect(measuresKeyResult({ metric: ' deals lost in  security reviews, per quarter ' }, KR)).toBe(true);
    expect(measuresKeyResult({ metric: 'Enterprise trials converted (%)' }, KR)).toBe(false);
  });
});

describe('a key result reading', () => {
  const at = 1_000_000_000;

  it('sets the current value and keeps the value with its date in the history', () => {
    const once = withReading(KR, { at, value: 3, initiativeId: 'a' });
    expect(once).toEqual({ ...KR, current: 3, history: [{ at, value: 3, initiativeId: 'a' }] });
    const later = withReading(once, { at: at + READING_CORRECTION_MS, value: 1, initiativeId: 'a' });
    expect(later.history).toEqual([
      { at, value: 3, initiativeId: 'a' },
      { at: at + READING_CORRECTION_MS, value: 1, initiativeId: 'a' },
    ]);
  });

  it('corrects the last reading of the same initiative moments after it, not one of another', () => {
    const once = withReading(KR, { at, value: 3, initiativeId: 'a' });
    expect(withReading(once, { at: at + 1000, value: 4, initiativeId: 'a' }).history).toEqual([{ at: at + 1000, value: 4, initiativeId: 'a' }]);
    expect(withReading(once, { at: at + 1000, value: 4, initiativeId: 'b' }).history).toHaveLength(2);
    expect(withReading(once, { at: at + 1000, value: 4 }).history).toHaveLength(2);
  });

  it('keeps the latest readings up to the bound', () => {
    const history = Array.from({ length: KEY_RESULT_HISTORY_MAX }, (_, i) => ({ at: i, value: i }));
    const next = withReading({ ...KR, history }, { at: at, value: 9 });
    expect(next.history).toHaveLength(KEY_RESULT_HISTORY_MAX);
    expect(next.history![0]).toEqual({ at: 1, value: 1 });
    expect(next.history!.at(-1)).toEqual({ at, value: 9 });
  });
});
