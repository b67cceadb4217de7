import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { seedFirstVisit } from '../../../src/db/product-commands';
import { sampleProductRecords } from '../../../src/db/product-records';
import type { SampleContent } from '../../../src/db/sample/content';
import { sampleEn } from '../../../src/db/sample/en';
import { sampleFr } from '../../../src/db/sample/fr';
import { sampleTemplates } from '../../../src/db/sample/templates';
import { strategyCardContext } from '../../../src/db/strategy-card-queries';
import { objectives, strategyOf } from '../../../src/db/strategy-queries';
import { toLocalDate } from '../../../src/domain/delivery/dates';
import { validateObjective, validateStrategy, strategyFieldsOf } from '../../../src/domain/strategy/fields';
import { keyResultProgress, validateKeyResult } from '../../../src/domain/strategy/key-results';
import { periodRange } from '../../../src/domain/strategy/periods';
import { riceScore, validateRice } from '../../../src/domain/strategy/scores';
import { freshDb, must, T0 } from './helpers';

const SAMPLES: [string, SampleContent][] = [
  ['en', { ...sampleEn, templates: sampleTemplates('en') }],
  ['fr', { ...sampleFr, templates: sampleTemplates('fr') }],
];

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each(SAMPLES)('the %s sample’s strategy', (_language, content) => {
  const records = sampleProductRecords(content, T0);
  const strategyCards = records.initiatives.filter((i) => i.lane === 'strategy' && i.status === 'active');

  it('has a vision, segments, a value proposition, 2–3 competitors and a north star, valid as the commands would take them', () => {
    const fields = strategyFieldsOf(records.product);
    for (const text of [fields.vision, fields.segments, fields.valueProposition, fields.northStar.metric]) expect(text.length).toBeGreaterThan(10);
    expect(fields.competitors.length).toBeGreaterThanOrEqual(2);
    expect(fields.competitors.length).toBeLessThanOrEqual(3);
    expect(fields.northStar.current).toBeLessThan(fields.northStar.target!);
    expect(validateStrategy(fields).errors).toEqual({});
    expect(records.product.scoring).toBe('rice');
  });

  it('has two objectives with 2–4 measurable key results each; the first is this quarter', () => {
    expect(records.objectives).toHaveLength(2);
    for (const o of records.objectives) {
      expect(validateObjective(o, true).errors).toEqual({});
      expect(o.keyResults.length).toBeGreaterThanOrEqual(2);
      expect(o.keyResults.length).toBeLessThanOrEqual(4);
      for (const kr of o.keyResults) {
        expect(validateKeyResult(kr, true).errors).toEqual({});
        const progress = must(keyResultProgress(kr));
        expect(progress).toBeGreaterThan(0);
        expect(progress).toBeLessThan(100);
        // A key result with readings ends on its current value, read in the past, oldest first.
        if (kr.history) {
          expect(kr.history.at(-1)!.value).toBe(kr.current);
          expect(kr.history.every((r, i, all) => r.at < T0 && (i === 0 || all[i - 1]!.at < r.at))).toBe(true);
        }
      }
    }
    expect(records.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.history !== undefined)).toHaveLength(2);
    const today = toLocalDate(T0);
    const { start, end } = periodRange(records.objectives[0]!.period);
    expect(records.objectives[0]!.period.kind).toBe('quarter');
    expect(start <= today && today <= end).toBe(true);
    expect(records.objectives[1]!.period.kind).toBe('custom');
  });

  it('links several initiatives across lanes to the objectives and their key results', () => {
    const linked = records.initiatives.filter((i) => i.objectiveId);
    expect(linked.length).toBeGreaterThanOrEqual(5);
    expect(new Set(linked.map((i) => i.lane))).toEqual(new Set(['strategy', 'discovery', 'delivery']));
    for (const i of linked) {
      const objective = must(records.objectives.find((o) => o.id === i.objectiveId));
      if (i.keyResultId) expect(objective.keyResults.some((kr) => kr.id === i.keyResultId)).toBe(true);
    }
  });

  it('scores every Strategy card in RICE, with valid inputs, not already in score order everywhere', () => {
    expect(strategyCards.length).toBeGreaterThan(0);
    for (const card of strategyCards) {
      expect(validateRice(must(card.score?.rice)).errors).toEqual({});
      expect(riceScore(card.score?.rice)).not.toBeNull();
    }
    // The Framing stage shows the sort at work: its lower-scored card sits first.
    const framing = strategyCards.filter((c) => records.stages.find((s) => s.id === c.stageId)?.defaultKey === 'framing').sort((a, b) => (a.rank < b.rank ? -1 : 1));
    expect(riceScore(framing[0]!.score?.rice)!).toBeLessThan(riceScore(framing[1]!.score?.rice)!);
  });
});

describe('the sample in both languages', () => {
  it('has the same objectives, key results, links and scores', () => {
    const shape = (c: SampleContent) => ({
      objectives: c.strategy.objectives.map((o) => ({ key: o.key, period: o.period, keyResults: o.keyResults.map(({ key, baseline, target, current }) => ({ key, baseline, target, current })) })),
      links: c.strategy.links,
      scores: c.strategy.scores,
      northStar: { ...c.strategy.northStar, metric: undefined },
      competitors: c.strategy.competitors.length,
    });
    expect(shape(SAMPLES[1]![1])).toEqual(shape(SAMPLES[0]![1]));
  });
});

describe('the first-visit sample', () => {
  it('stores its strategy, and the queries read it', async () => {
    const product = must(await seedFirstVisit('en'));
    expect(await strategyOf(product.id)).toMatchObject({ vision: sampleEn.strategy.vision, scoring: 'rice' });
    const rows = await objectives(product.id);
    // By period: the half-year that started 40 days ago comes before this quarter.
    expect(rows.map((r) => r.objective.title)).toEqual(sampleEn.strategy.objectives.map((o) => o.title).reverse());
    expect(rows[1]!.initiatives.map((i) => i.initiative.title)).toContain('Self-serve onboarding for small teams');
    const context = await strategyCardContext(product.id);
    expect(context.framework).toBe('rice');
    expect(context.objectiveTitles.size).toBe(2);
    expect(await db.objectives.count()).toBe(2);
  });

  it('shows what was tried for an objective and learned, a killed initiative included', async () => {
    const product = must(await seedFirstVisit('en'));
    const retention = must((await objectives(product.id)).find((r) => r.objective.title === 'Customers stay because we never surprise them'));
    const streaks = must(retention.initiatives.find((i) => i.initiative.title === 'Gamified streaks'));
    expect(streaks.initiative).toMatchObject({ status: 'killed', closeReason: expect.stringContaining('felt nagged') });
    expect(streaks.learnings.map((h) => [h.status, h.learning])).toEqual([['invalidated', expect.stringContaining('a daily streak breaks by design')]]);
    // An initiative still in discovery shows only what its decided hypotheses taught.
    const reminders = must(retention.initiatives.find((i) => i.initiative.title === 'Smart reminders before renewal'));
    expect(reminders.learnings.every((h) => h.status === 'validated' || h.status === 'invalidated')).toBe(true);
  });
});
