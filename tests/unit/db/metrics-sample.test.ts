import { describe, expect, it } from 'vitest';
import { sampleProductRecords } from '../../../src/db/product-records';
import type { SampleContent, SampleText } from '../../../src/db/sample/content';
import { sampleEn } from '../../../src/db/sample/en';
import { sampleFr } from '../../../src/db/sample/fr';
import { sampleTemplates } from '../../../src/db/sample/templates';
import { toLocalDate } from '../../../src/domain/delivery/dates';
import { cumulativeFlow } from '../../../src/domain/metrics/cumulative-flow';
import { discoveryKills } from '../../../src/domain/metrics/discovery-kills';
import { liveHistories } from '../../../src/domain/metrics/histories';
import { laneTimes } from '../../../src/domain/metrics/lane-times';
import { closedPerWeek } from '../../../src/domain/metrics/throughput';
import { workInProgress } from '../../../src/domain/metrics/wip';
import { T0 } from './helpers';

const SAMPLES: [string, SampleContent][] = [
  ['en', { ...sampleEn, templates: sampleTemplates('en') }],
  ['fr', { ...sampleFr, templates: sampleTemplates('fr') }],
];

describe('the two languages’ histories', () => {
  it('are the same: every initiative takes the same path and closes the same way', () => {
    const shape = (c: SampleText) => c.initiatives.map((i) => [i.path, i.closed?.status, i.closed?.daysAgo]);
    expect(shape(sampleFr)).toEqual(shape(sampleEn));
  });
});

describe.each(SAMPLES)('the %s sample’s flow metrics', (_language, content) => {
  const records = sampleProductRecords(content, T0);
  const histories = liveHistories(records.initiatives, records.transitions);
  // UTC dates, so the figures do not depend on where the tests run.
  const today = toLocalDate(T0, 0);

  it('has one stage over its WIP limit: Testing, 2 cards for a limit of 1', () => {
    const over = workInProgress(records.stages, records.initiatives).stages.filter((r) => r.over);
    expect(over.map((r) => [r.stage.defaultKey, r.count, r.limit])).toEqual([['testing', 2, 1]]);
  });

  it('has times for every lane, from several initiatives each', () => {
    for (const lane of laneTimes(histories, T0)) {
      expect(lane.count, lane.lane).toBeGreaterThanOrEqual(4);
      expect(lane.median, lane.lane).toBeGreaterThan(0);
      expect(lane.p85!, lane.lane).toBeGreaterThanOrEqual(lane.median!);
    }
  });

  it('ships, kills and parks initiatives, spread over the last 12 weeks: the two cards in Released count as shipped', () => {
    const released = new Set(records.stages.filter((s) => s.defaultKey === 'released').map((s) => s.id));
    const weeks = closedPerWeek(histories, released, today, 12, 0);
    const sum = (key: 'shipped' | 'killed' | 'parked') => weeks.reduce((n, w) => n + w[key], 0);
    expect([sum('shipped'), sum('killed'), sum('parked')]).toEqual([6, 2, 1]);
    expect(weeks.filter((w) => w.shipped + w.killed + w.parked > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('kills 2 of the 10 initiatives that finished Discovery', () => {
    expect(discoveryKills(histories, T0)).toEqual({ left: 10, killed: 2, share: 0.2 });
  });

  it('draws a cumulative flow where every lane holds work and Done grows', () => {
    const points = cumulativeFlow([...histories.values()].flat(), today, 12, 0);
    expect(points).toHaveLength(12);
    const first = points[0]!;
    const last = points.at(-1)!;
    expect(first.strategy + first.discovery + first.delivery).toBeGreaterThanOrEqual(5);
    expect(last).toMatchObject({ strategy: 4, discovery: 3, delivery: 4, done: 4 });
    expect(first.done).toBe(0);
    for (const lane of ['strategy', 'discovery', 'delivery'] as const) expect(points.every((p) => p[lane] > 0), lane).toBe(true);
  });
});
