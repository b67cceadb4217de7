import { describe, expect, it } from 'vitest';
import { cumulativeFlow } from '../../../src/domain/metrics/cumulative-flow';
import { discoveryKills } from '../../../src/domain/metrics/discovery-kills';
import { liveHistories } from '../../../src/domain/metrics/histories';
import { laneTimes } from '../../../src/domain/metrics/lane-times';
import { median, percentile } from '../../../src/domain/metrics/percentiles';
import { closedPerWeek, shippedAt } from '../../../src/domain/metrics/throughput';
import type { ClosedStatus, Lane, Transition } from '../../../src/domain/types';

const DAY = 86_400_000;
const STAGES: Record<string, Lane> = { opp: 'strategy', exp: 'discovery', test: 'discovery', ready: 'delivery', rel: 'delivery' };

/** A moment of a date, 09:00 UTC unless told. */
const at = (date: string, time = '09:00') => Date.parse(`${date}T${time}:00Z`);

let seq = 0;
function step(initiativeId: string, date: string, kind: Transition['kind'], from: string | null, to: string | null, status: Transition['status'] = 'active', time?: string): Transition {
  seq += 1;
  return {
    id: `t${String(seq).padStart(3, '0')}`,
    productId: 'p',
    initiativeId,
    at: at(date, time),
    kind,
    fromStageId: from,
    fromLane: from ? STAGES[from]! : null,
    toStageId: to,
    toLane: to ? STAGES[to]! : null,
    status,
    reason: '',
  };
}

/** An initiative's path, as [date, where]: a stage it is created in or moved to, `close:<status>`, or `reopen:<stage>`. */
function path(id: string, ...steps: [string, string][]): Transition[] {
  const out: Transition[] = [];
  let where: string | null = null;
  for (const [date, what] of steps) {
    const [verb, arg] = what.split(':') as [string, string | undefined];
    if (verb === 'close') {
      out.push(step(id, date, 'close', where, null, arg as ClosedStatus));
      where = null;
    } else if (verb === 'reopen') {
      out.push(step(id, date, 'reopen', null, arg!));
      where = arg!;
    } else {
      out.push(step(id, date, out.length === 0 ? 'create' : 'move', where, verb));
      where = verb;
    }
  }
  return out;
}

/*
 * The hand-computed product (dates of 2025, every step at 09:00 UTC; today is Wednesday 12 March, noon):
 * A  Strategy 6 Jan, Discovery 16 Jan, Delivery 5 Feb (Released 20 Feb), shipped 27 Feb: 10 d in Strategy, 20 in Discovery, 22 in Delivery.
 * B  Strategy 20 Jan, Discovery 27 Jan (Testing 3 Feb), killed in Discovery 10 Feb: 7 d, 14 d.
 * C  Strategy 3 Feb, Discovery 13 Feb, back to Strategy 17 Feb, Discovery 24 Feb, Delivery 5 Mar (still there):
 *    Strategy 10 + 7 = 17 d, Discovery 4 + 9 = 13 d.
 * D  Strategy 10 Feb, parked 3 Mar: 21 d in Strategy.
 * E  Strategy 10 Mar (still there).
 * G  Strategy 8 Jan, Discovery 13 Jan, killed 31 Jan, reopened into Discovery 7 Feb (still there): 5 d in Strategy.
 * F  deleted: a long history that must count nowhere.
 */
const history = [
  ...path('A', ['2025-01-06', 'opp'], ['2025-01-16', 'exp'], ['2025-02-05', 'ready'], ['2025-02-20', 'rel'], ['2025-02-27', 'close:shipped']),
  ...path('B', ['2025-01-20', 'opp'], ['2025-01-27', 'exp'], ['2025-02-03', 'test'], ['2025-02-10', 'close:killed']),
  ...path('C', ['2025-02-03', 'opp'], ['2025-02-13', 'exp'], ['2025-02-17', 'opp'], ['2025-02-24', 'exp'], ['2025-03-05', 'ready']),
  ...path('D', ['2025-02-10', 'opp'], ['2025-03-03', 'close:parked']),
  ...path('E', ['2025-03-10', 'opp']),
  ...path('G', ['2025-01-08', 'opp'], ['2025-01-13', 'exp'], ['2025-01-31', 'close:killed'], ['2025-02-07', 'reopen:exp']),
  ...path('F', ['2024-12-02', 'opp'], ['2024-12-09', 'exp'], ['2025-01-06', 'close:killed']),
];
const initiatives = ['A', 'B', 'C', 'D', 'E', 'G'].map((id) => ({ id, deletedAt: null as number | null })).concat({ id: 'F', deletedAt: at('2025-01-07') });
// Shuffled, as a database might return them.
const histories = liveHistories(initiatives, [...history].reverse());
const today = '2025-03-12';
const now = at(today, '12:00');

describe('liveHistories', () => {
  it('groups the transitions by live initiative, oldest first, and leaves deleted ones out', () => {
    expect([...histories.keys()].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
    expect(histories.get('A')!.map((t) => t.kind)).toEqual(['create', 'move', 'move', 'move', 'close']);
  });
});

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('takes the 85th percentile by nearest rank', () => {
    expect(percentile([], 85)).toBeNull();
    expect(percentile([5], 85)).toBe(5);
    // 20 values: rank 17.
    expect(percentile(Array.from({ length: 20 }, (_, i) => 20 - i), 85)).toBe(17);
    // 5 values: rank ⌈4.25⌉ = 5.
    expect(percentile([21, 5, 17, 7, 10], 85)).toBe(21);
    // 7 values: rank ⌈5.95⌉ = 6.
    expect(percentile([1, 2, 3, 4, 5, 6, 7], 85)).toBe(6);
  });
});

describe('laneTimes', () => {
  it('sums every visit per initiative and leaves out those still in the lane', () => {
    expect(laneTimes(histories, now)).toEqual([
      // A 10, B 7, C 17, D 21, G 5 → 5, 7, 10, 17, 21; E is still there.
      { lane: 'strategy', count: 5, stillIn: 1, median: 10 * DAY, p85: 21 * DAY },
      // A 20, B 14, C 13 → 13, 14, 20; G is back in Discovery.
      { lane: 'discovery', count: 3, stillIn: 1, median: 14 * DAY, p85: 20 * DAY },
      // A 22; C is still in Delivery.
      { lane: 'delivery', count: 1, stillIn: 1, median: 22 * DAY, p85: 22 * DAY },
    ]);
  });

  it('has no figures for a product with no history', () => {
    expect(laneTimes(new Map(), now).map((l) => [l.count, l.median, l.p85])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });
});

const RELEASED = new Set(['rel']);

describe('closedPerWeek', () => {
  it('counts each shipment in the week it entered Released, and each standing kill or park, over the last 12 weeks', () => {
    const weeks = closedPerWeek(histories, RELEASED, today, 12, 0);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ week: '2024-W52', start: '2024-12-23', shipped: 0, killed: 0, parked: 0 });
    expect(weeks.at(-1)).toEqual({ week: '2025-W11', start: '2025-03-10', shipped: 0, killed: 0, parked: 0 });
    const closed = weeks.filter((w) => w.shipped + w.killed + w.parked > 0);
    // G's kill of 31 January was undone by its reopening; F is deleted. A shipped on entering
    // Released (20 February); closing it as shipped a week later is not a second shipment.
    expect(closed).toEqual([
      { week: '2025-W07', start: '2025-02-10', shipped: 0, killed: 1, parked: 0 },
      { week: '2025-W08', start: '2025-02-17', shipped: 1, killed: 0, parked: 0 },
      { week: '2025-W10', start: '2025-03-03', shipped: 0, killed: 0, parked: 1 },
    ]);
  });

  it('reads the week in local dates: late on Sunday in UTC is Monday in Paris', () => {
    const late = new Map([['X', [step('X', '2025-03-02', 'create', null, 'opp'), step('X', '2025-03-09', 'close', 'opp', null, 'shipped', '23:30')]]]);
    expect(closedPerWeek(late, RELEASED, today, 2, 0).map((w) => w.shipped)).toEqual([1, 0]);
    expect(closedPerWeek(late, RELEASED, today, 2, -60).map((w) => w.shipped)).toEqual([0, 1]);
  });
});

describe('shippedAt', () => {
  it('is the first entry into Released, even while the outcome is still being measured', () => {
    const measuring = path('R', ['2025-02-03', 'ready'], ['2025-02-10', 'rel']);
    expect(shippedAt(measuring, RELEASED)).toBe(at('2025-02-10'));
    const twice = path('T', ['2025-02-03', 'rel'], ['2025-02-05', 'ready'], ['2025-02-12', 'rel'], ['2025-02-20', 'close:shipped']);
    expect(shippedAt(twice, RELEASED)).toBe(at('2025-02-03'));
  });

  it('is the close as shipped for a card that never went through Released, and nothing for a kill or a park', () => {
    expect(shippedAt(path('S', ['2025-02-03', 'ready'], ['2025-02-10', 'close:shipped']), RELEASED)).toBe(at('2025-02-10'));
    expect(shippedAt(path('K', ['2025-02-03', 'rel'], ['2025-02-10', 'close:killed']), RELEASED)).toBeNull();
    expect(shippedAt(path('A', ['2025-02-03', 'ready']), RELEASED)).toBeNull();
  });
});

describe('discoveryKills', () => {
  it('divides the kills in Discovery by the initiatives whose Discovery is over', () => {
    // A and C moved on, B was killed there; G is back in Discovery after a reopening; D and E never went.
    expect(discoveryKills(histories, now)).toEqual({ left: 3, killed: 1, share: 1 / 3 });
  });

  it('counts a kill in Delivery as having left Discovery, not as a kill there, and has no share before anything leaves', () => {
    const late = liveHistories(
      [{ id: 'X', deletedAt: null }],
      path('X', ['2025-01-06', 'exp'], ['2025-01-10', 'ready'], ['2025-01-20', 'close:killed']),
    );
    expect(discoveryKills(late, now)).toEqual({ left: 1, killed: 0, share: 0 });
    expect(discoveryKills(liveHistories([{ id: 'E', deletedAt: null }], path('E', ['2025-03-10', 'exp'])), now)).toEqual({ left: 0, killed: 0, share: null });
  });
});

describe('cumulativeFlow', () => {
  it('replays the history to each week’s end, the current week ending today', () => {
    const live = [...histories.values()].flat();
    const points = cumulativeFlow(live, today, 12, 0).map((p) => [p.date, p.strategy, p.discovery, p.delivery, p.done]);
    expect(points).toEqual([
      ['2024-12-29', 0, 0, 0, 0],
      ['2025-01-05', 0, 0, 0, 0],
      ['2025-01-12', 2, 0, 0, 0], // A, G
      ['2025-01-19', 0, 2, 0, 0], // A, G in Discovery
      ['2025-01-26', 1, 2, 0, 0], // B arrives
      ['2025-02-02', 0, 2, 0, 0], // B in Discovery, G killed
      ['2025-02-09', 1, 2, 1, 0], // A in Delivery, C arrives, G reopened
      ['2025-02-16', 1, 2, 1, 0], // B killed, C in Discovery, D arrives
      ['2025-02-23', 2, 1, 1, 0], // C sent back to Strategy
      ['2025-03-02', 1, 2, 0, 1], // A shipped, C in Discovery again
      ['2025-03-09', 0, 1, 1, 1], // D parked, C in Delivery
      ['2025-03-12', 1, 1, 1, 1], // E arrives
    ]);
  });

  it('counts a moment at the end of the local day it falls on', () => {
    const late = [step('X', '2025-03-09', 'create', null, 'opp', 'active', '23:30')];
    expect(cumulativeFlow(late, today, 2, 0).map((p) => p.strategy)).toEqual([1, 1]);
    expect(cumulativeFlow(late, today, 2, -60).map((p) => p.strategy)).toEqual([0, 1]);
  });
});
