import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createSampleProduct, seedFirstVisit } from '../../../src/db/product-commands';
import { sampleProductRecords, type ProductRecords } from '../../../src/db/product-records';
import type { SampleContent, SampleText } from '../../../src/db/sample/content';
import { sampleEn } from '../../../src/db/sample/en';
import { sampleFr } from '../../../src/db/sample/fr';
import { discoveryCounts, hypothesisLog, interviewsOf } from '../../../src/db/discovery-queries';
import { undo } from '../../../src/db/undo';
import { checkFields, EXPERIMENT_PLAN_RULES, EXPERIMENT_RESULT_RULES, EVIDENCE_RULES, HYPOTHESIS_RULES, INTERVIEW_RULES, answerErrors, checkedErrors } from '../../../src/domain/discovery/fields';
import { canChangeExperimentStatus, canChangeStatus } from '../../../src/domain/discovery/status';
import { HYPOTHESIS_STATUSES, type ExperimentStatus, type HypothesisStatus } from '../../../src/domain/discovery/types';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { sampleTemplates } from '../../../src/db/sample/templates';
import { freshDb, liveCount, must, T0 } from './helpers';

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

function titleOf(records: ProductRecords, initiativeId: string | null) {
  return records.initiatives.find((i) => i.id === initiativeId)?.title;
}

describe.each(SAMPLES)('the %s sample’s discovery', (language, content) => {
  const records = sampleProductRecords(content, T0);
  const productId = records.product.id;
  const lang = language as 'en' | 'fr';

  it('has hypotheses in every status, experiments in every status, 4 interviews and evidence both ways', () => {
    expect(new Set(records.hypotheses.map((h) => h.status))).toEqual(new Set(HYPOTHESIS_STATUSES));
    expect(new Set(records.experiments.map((e) => e.status))).toEqual(new Set(['planned', 'running', 'concluded']));
    expect(records.interviews).toHaveLength(4);
    expect(new Set(records.evidence.map((e) => e.stance))).toEqual(new Set(['supports', 'refutes']));
  });

  it('puts the hypotheses on the initiatives the story needs', () => {
    const byTitle = (key: string) => {
      const title = must(content.initiatives.find((i) => i.key === key)).title;
      return records.hypotheses.filter((h) => titleOf(records, h.initiativeId) === title).map((h) => h.status).sort();
    };
    expect(byTitle('bulkImport')).toEqual(['testing', 'validated']);
    expect(byTitle('referral')).toEqual(['draft', 'testing']);
    expect(byTitle('reminders')).toEqual(['draft']);
    expect(byTitle('streaks')).toEqual(['invalidated']);
    const streaks = records.hypotheses.find((h) => h.status === 'invalidated')!;
    expect(streaks.learning).not.toBe('');
    // Every Delivery card on the board went through with a validated hypothesis and nothing still in
    // test (the shipped initiatives in the archive are there for the flow metrics' history).
    for (const initiative of records.initiatives.filter((i) => i.lane === 'delivery' && i.status === 'active')) {
      const statuses = records.hypotheses.filter((h) => h.initiativeId === initiative.id).map((h) => h.status);
      expect(statuses, initiative.title).toContain('validated');
      expect(statuses, initiative.title).not.toContain('testing');
    }
  });

  it('keeps every record of the product, linked to live records of the product', () => {
    const hypotheses = new Map(records.hypotheses.map((h) => [h.id, h]));
    const initiatives = new Set(records.initiatives.map((i) => i.id));
    const interviews = new Set(records.interviews.map((i) => i.id));
    for (const list of [records.hypotheses, records.experiments, records.interviews, records.evidence, records.statusChanges]) {
      for (const r of list) expect(r.productId).toBe(productId);
    }
    for (const h of records.hypotheses) expect(initiatives.has(h.initiativeId)).toBe(true);
    for (const e of records.experiments) expect(must(hypotheses.get(e.hypothesisId)).initiativeId).toBe(e.initiativeId);
    for (const i of records.interviews) expect(i.initiativeId === null || initiatives.has(i.initiativeId)).toBe(true);
    for (const e of records.evidence) {
      expect(hypotheses.has(e.hypothesisId)).toBe(true);
      // Evidence quotes an interview, or a feedback note (see feedback-sample.test.ts).
      if (e.feedbackId === undefined) expect(interviews.has(e.interviewId)).toBe(true);
      else expect(records.feedback.some((n) => n.id === e.feedbackId) && e.interviewId === '').toBe(true);
      expect(e.createdAt).toBeLessThanOrEqual(T0);
    }
    for (const r of [...records.hypotheses, ...records.experiments, ...records.interviews, ...records.evidence]) expect(r.deletedAt).toBeNull();
  });

  it('passes the commands’ own checks', () => {
    for (const h of records.hypotheses) expect(checkFields(HYPOTHESIS_RULES, h, true).errors, h.belief).toEqual({});
    for (const e of records.experiments) {
      expect(checkFields(EXPERIMENT_PLAN_RULES, e, true).errors, e.measure).toEqual({});
      if (e.status === 'concluded') expect(checkFields(EXPERIMENT_RESULT_RULES, e, true).errors, e.measure).toEqual({});
      expect(answerErrors(e.content.template.body, e.content.answers)).toEqual({});
    }
    for (const i of records.interviews) {
      expect(checkFields(INTERVIEW_RULES, i, true).errors, i.alias).toEqual({});
      expect(answerErrors(i.content.template.body, i.content.answers)).toEqual({});
      expect(checkedErrors(i.content.template.body, i.content.checked)).toEqual({});
    }
    for (const e of records.evidence) expect(checkFields(EVIDENCE_RULES, e, true).errors).toEqual({});
  });

  it('tells each status history the way the rules allow, ending in the current status', () => {
    const history = (subjectId: string) => records.statusChanges.filter((c) => c.subjectId === subjectId).sort((a, b) => a.at - b.at);
    for (const h of records.hypotheses) {
      const changes = history(h.id);
      expect(changes[0]).toMatchObject({ subject: 'hypothesis', from: null, to: 'draft', at: h.createdAt });
      for (const c of changes.slice(1)) expect(canChangeStatus(c.from as HypothesisStatus, c.to as HypothesisStatus), `${c.from} → ${c.to}`).toBe(true);
      expect(changes.at(-1)).toMatchObject({ to: h.status, at: h.statusChangedAt });
      expect(changes.slice(1).every((c, n) => c.from === changes[n]!.to)).toBe(true);
    }
    for (const e of records.experiments) {
      const changes = history(e.id);
      expect(changes[0]).toMatchObject({ subject: 'experiment', from: null, to: 'planned', at: e.createdAt });
      for (const c of changes.slice(1)) expect(canChangeExperimentStatus(c.from as ExperimentStatus, c.to as ExperimentStatus)).toBe(true);
      expect(changes.at(-1)!.to).toBe(e.status);
      // An experiment runs while its hypothesis is tested, and is concluded with a decision.
      const h = records.hypotheses.find((x) => x.id === e.hypothesisId)!;
      if (e.status !== 'planned') expect(h.status).not.toBe('draft');
      if (e.status === 'concluded') {
        expect(e.decision).not.toBeNull();
        expect(e.concludedAt).toBe(changes.at(-1)!.at);
        expect([e.observed, e.learned, e.nextStep].every((t) => t.length > 0)).toBe(true);
      } else {
        expect([e.decision, e.concludedAt, e.observed]).toEqual([null, null, '']);
      }
    }
    // Every decided hypothesis has a concluded experiment whose decision it took, and a learning.
    for (const h of records.hypotheses.filter((x) => !['draft', 'testing'].includes(x.status))) {
      expect(records.experiments.some((e) => e.hypothesisId === h.id && e.decision === h.status)).toBe(true);
      expect(h.learning).not.toBe('');
    }
  });

  it('fills interview snapshots: alias, role, segment, quote, story, opportunities, insights', () => {
    for (const i of records.interviews) {
      for (const field of ['alias', 'role', 'segment', 'quote', 'story', 'opportunities', 'insights'] as const) expect(i[field], `${i.alias} ${field}`).not.toBe('');
      expect(i.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(i.quote).toMatch(lang === 'fr' ? /^«\u00a0.+\u00a0»$/su : /^“.+”$/su);
      expect(i.content.checked['opening.consent']).toBe(true);
      expect(i.content.answers['story.last-time']).not.toBe('');
    }
    expect(records.interviews.some((i) => i.segment === 'B2B' && i.companySize !== '')).toBe(true);
    expect(records.interviews.some((i) => i.segment === 'B2C' && i.companySize === '')).toBe(true);
  });

  it('starts every artefact from the built-in template in its language', () => {
    const name = (id: string) => must(builtInTemplate(id, lang)).name;
    for (const h of records.hypotheses) expect(h.content.template).toMatchObject({ templateId: BUILTIN_IDS.hypothesis, templateName: name(BUILTIN_IDS.hypothesis) });
    for (const e of records.experiments) {
      expect(e.content.template).toMatchObject({ templateId: BUILTIN_IDS.testCard, templateName: name(BUILTIN_IDS.testCard) });
      expect(e.content.answers['test.experiment']).not.toBe('');
    }
    for (const i of records.interviews) expect(i.content.template).toMatchObject({ templateId: BUILTIN_IDS.interview, templateName: name(BUILTIN_IDS.interview) });
    // Each artefact has its own copy.
    expect(records.hypotheses[0]!.content).not.toBe(records.hypotheses[1]!.content);
  });

  it('is written whole by createSampleProduct, and undone whole', async () => {
    const product = await createSampleProduct(lang);
    expect(await db.hypotheses.count()).toBe(records.hypotheses.length);
    expect(await db.experiments.count()).toBe(records.experiments.length);
    expect(await db.evidence.count()).toBe(records.evidence.length);
    expect(await db.statusChanges.count()).toBe(records.statusChanges.length);
    const log = await hypothesisLog(product.id);
    expect(log).toHaveLength(records.hypotheses.length);
    expect(log.reduce((n, r) => n + r.supports + r.refutes, 0)).toBe(records.evidence.length);
    expect(await interviewsOf(product.id)).toHaveLength(4);
    await undo(product.id);
    for (const table of [db.hypotheses, db.experiments, db.interviews, db.evidence, db.statusChanges]) expect(await liveCount(table)).toBe(0);
  });
});

describe('the two languages', () => {
  it('tell the same story', () => {
    const shape = (c: SampleText) => ({
      keys: c.initiatives.map((i) => i.key),
      hypotheses: c.hypotheses.map((h) => [h.key, h.initiative, h.category, h.importance, h.evidence, h.owner, h.history, h.experiments.map((e) => [e.method, e.history, e.deadlineInDays, e.result?.decision])]),
      interviews: c.interviews.map((i) => [i.daysAgo, i.initiative, i.alias, i.segment, i.companySize, i.followUp, i.evidence.map((e) => [e.hypothesis, e.stance])]),
    });
    expect(shape(sampleFr)).toEqual(shape(sampleEn));
  });

  it('writes French with typographic apostrophes and quotation marks', () => {
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(sampleFr);
    const prose = texts.filter((t) => t.includes(' '));
    expect(prose.length).toBeGreaterThan(100);
    expect(prose.filter((t) => /['"“”]/.test(t))).toEqual([]);
    expect(prose.filter((t) => /\s[:;?!»]|«\s/.test(t.replace(/\u00a0/g, '')))).toEqual([]);
  });
});

describe('the first visit', () => {
  it('seeds the sample’s discovery through the bulk path', async () => {
    const product = must(await seedFirstVisit('fr'));
    const log = await hypothesisLog(product.id);
    expect(new Set(log.map((r) => r.hypothesis.status))).toEqual(new Set(HYPOTHESIS_STATUSES));
    const initiatives = await db.initiatives.where('[productId+status]').equals([product.id, 'active']).toArray();
    const counts = await discoveryCounts(initiatives[0]!.productId, initiatives.map((i) => i.id));
    const total = [...counts.values()].reduce((n, c) => n + Object.values(c.byStatus).reduce((a, b) => a + b, 0), 0);
    // All but the killed initiative's hypothesis are on the board.
    expect(total).toBe(log.length - 1);
    // It stays in the log, marked killed.
    expect(log.filter((r) => r.initiativeStatus !== 'active').map((r) => [r.initiativeTitle, r.initiativeStatus])).toEqual([['Séries et badges', 'killed']]);
    expect([...counts.values()].reduce((n, c) => n + c.interviews, 0)).toBe(3);
  });
});
