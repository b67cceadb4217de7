import { describe, expect, it } from 'vitest';
import { durationParts } from '../../../src/domain/duration';
import { laneDurations, stageSpans } from '../../../src/domain/history';
import type { Lane, Transition, TransitionKind } from '../../../src/domain/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let seq = 0;
function tr(kind: TransitionKind, at: number, from: [string, Lane] | null, to: [string, Lane] | null, status: Transition['status'] = 'active'): Transition {
  seq += 1;
  return {
    id: `t${String(seq).padStart(3, '0')}`,
    productId: 'p',
    initiativeId: 'i',
    at,
    kind,
    fromStageId: from?.[0] ?? null,
    fromLane: from?.[1] ?? null,
    toStageId: to?.[0] ?? null,
    toLane: to?.[1] ?? null,
    status,
    reason: '',
  };
}

// create in strategy at t0, discovery at t1, delivery at t2, closed at t3, reopened at t4, open until now.
const t0 = 1_700_000_000_000;
const t1 = t0 + 3 * DAY + 5 * HOUR;
const t2 = t1 + 10 * DAY + 17 * MINUTE;
const t3 = t2 + 2 * HOUR + 1;
const t4 = t3 + 40 * DAY;
const now = t4 + 6 * HOUR + 123;

const history: Transition[] = [
  tr('create', t0, null, ['s-opp', 'strategy']),
  tr('move', t1, ['s-opp', 'strategy'], ['s-exp', 'discovery']),
  tr('move', t2, ['s-exp', 'discovery'], ['s-ready', 'delivery']),
  tr('close', t3, ['s-ready', 'delivery'], null, 'shipped'),
  tr('reopen', t4, null, ['s-ready', 'delivery']),
];

describe('stageSpans', () => {
  it('turns the history into one span per stay, the last one open', () => {
    expect(stageSpans(history, now)).toEqual([
      { lane: 'strategy', stageId: 's-opp', from: t0, to: t1 },
      { lane: 'discovery', stageId: 's-exp', from: t1, to: t2 },
      { lane: 'delivery', stageId: 's-ready', from: t2, to: t3 },
      { lane: 'delivery', stageId: 's-ready', from: t4, to: null },
    ]);
  });

  it('ends with no open span while the card is closed', () => {
    const closed = history.slice(0, 4);
    const spans = stageSpans(closed, now);
    expect(spans).toHaveLength(3);
    expect(spans.every((s) => s.to !== null)).toBe(true);
    expect(spans.at(-1)).toEqual({ lane: 'delivery', stageId: 's-ready', from: t2, to: t3 });
  });

  it('sorts transitions by time before reading them', () => {
    const shuffled = [history[3]!, history[0]!, history[4]!, history[2]!, history[1]!];
    expect(stageSpans(shuffled, now)).toEqual(stageSpans(history, now));
  });

  it('gives no span for an empty history', () => {
    expect(stageSpans([], now)).toEqual([]);
  });

  it('drops an open span that starts after now', () => {
    const spans = stageSpans([tr('create', now + 1000, null, ['s', 'strategy'])], now);
    expect(spans).toEqual([]);
  });
});

describe('laneDurations', () => {
  it('sums the milliseconds spent in each lane, the open span counting up to now', () => {
    expect(laneDurations(history, now)).toEqual({
      strategy: t1 - t0,
      discovery: t2 - t1,
      delivery: t3 - t2 + (now - t4),
    });
    // The same, written as plain numbers, so a wrong subtraction cannot cancel out.
    expect(laneDurations(history, now)).toEqual({
      strategy: 3 * DAY + 5 * HOUR,
      discovery: 10 * DAY + 17 * MINUTE,
      delivery: 2 * HOUR + 1 + 6 * HOUR + 123,
    });
  });

  it('does not count the time the card spent closed', () => {
    const total = Object.values(laneDurations(history, now)).reduce((a, b) => a + b, 0);
    expect(total).toBe(now - t0 - (t4 - t3));
  });

  it('gives the same totals for unsorted input', () => {
    const reversed = [...history].reverse();
    expect(laneDurations(reversed, now)).toEqual(laneDurations(history, now));
  });

  it('counts a still-open card up to now, and nothing else, when it was only created', () => {
    expect(laneDurations([tr('create', t0, null, ['s', 'discovery'])], t0 + 90 * MINUTE)).toEqual({
      strategy: 0,
      discovery: 90 * MINUTE,
      delivery: 0,
    });
  });

  it('is zero in every lane for an empty history', () => {
    expect(laneDurations([], now)).toEqual({ strategy: 0, discovery: 0, delivery: 0 });
  });

  it('sums two separate stays in the same lane', () => {
    const back = [
      tr('create', 0, null, ['a', 'strategy']),
      tr('move', 10, ['a', 'strategy'], ['b', 'discovery']),
      tr('move', 30, ['b', 'discovery'], ['a', 'strategy']),
    ];
    expect(laneDurations(back, 100)).toEqual({ strategy: 10 + 70, discovery: 20, delivery: 0 });
  });
});

describe('durationParts', () => {
  it('uses minutes under an hour, rounding down', () => {
    expect(durationParts(0)).toEqual({ unit: 'minutes', value: 0 });
    expect(durationParts(59_999)).toEqual({ unit: 'minutes', value: 0 });
    expect(durationParts(MINUTE)).toEqual({ unit: 'minutes', value: 1 });
    expect(durationParts(HOUR - 1)).toEqual({ unit: 'minutes', value: 59 });
  });

  it('switches to hours at exactly one hour', () => {
    expect(durationParts(HOUR)).toEqual({ unit: 'hours', value: 1 });
    expect(durationParts(2 * HOUR + 59 * MINUTE)).toEqual({ unit: 'hours', value: 2 });
    expect(durationParts(DAY - 1)).toEqual({ unit: 'hours', value: 23 });
  });

  it('switches to days at exactly one day', () => {
    expect(durationParts(DAY)).toEqual({ unit: 'days', value: 1 });
    expect(durationParts(3 * DAY + 23 * HOUR)).toEqual({ unit: 'days', value: 3 });
    expect(durationParts(400 * DAY)).toEqual({ unit: 'days', value: 400 });
  });

  it('never gives a negative value', () => {
    expect(durationParts(-5 * MINUTE)).toEqual({ unit: 'minutes', value: 0 });
  });
});
