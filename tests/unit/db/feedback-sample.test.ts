import { describe, expect, it } from 'vitest';
import { sampleProductRecords } from '../../../src/db/product-records';
import type { SampleContent } from '../../../src/db/sample/content';
import { sampleEn } from '../../../src/db/sample/en';
import { sampleFr } from '../../../src/db/sample/fr';
import { sampleTemplates } from '../../../src/db/sample/templates';
import { demandByInitiative } from '../../../src/domain/feedback/demand';
import { checkAccount, checkExcerpt, checkFeedback } from '../../../src/domain/feedback/fields';
import { feedbackState } from '../../../src/domain/feedback/inbox';
import { T0 } from './helpers';

const SAMPLES: [string, SampleContent][] = [
  ['en', { ...sampleEn, templates: sampleTemplates('en') }],
  ['fr', { ...sampleFr, templates: sampleTemplates('fr') }],
];

describe.each(SAMPLES)('the %s sample’s customer feedback', (_language, content) => {
  const records = sampleProductRecords(content, T0);
  const { accounts, feedback: notes, feedbackLinks: links } = records;
  const feedbackEvidence = records.evidence.filter((e) => e.feedbackId !== undefined);
  const linksOf = (noteId: string) => links.filter((l) => l.feedbackId === noteId).length + feedbackEvidence.filter((e) => e.feedbackId === noteId).length;

  it('has six accounts, B2B and B2C, two of them strategic, that the commands would accept', () => {
    expect(accounts).toHaveLength(6);
    expect(new Set(accounts.map((a) => a.segment))).toEqual(new Set(['B2B', 'B2C']));
    expect(accounts.filter((a) => a.strategic)).toHaveLength(2);
    accounts.forEach((a, i) => expect(checkAccount(a, accounts.slice(0, i), true).errors, a.name).toEqual({}));
  });

  it('has about twenty notes from sales, customer success and support, some to process and one dismissed', () => {
    expect(notes.length).toBeGreaterThanOrEqual(18);
    for (const source of ['sales', 'customerSuccess', 'support', 'user', 'review']) expect(notes.some((n) => n.source === source), source).toBe(true);
    for (const n of notes) expect(checkFeedback(n, true).errors, n.text).toEqual({});
    const states = notes.map((n) => feedbackState(n, linksOf(n.id)));
    expect(states.filter((s) => s === 'dismissed')).toHaveLength(1);
    expect(states.filter((s) => s === 'toProcess').length).toBeGreaterThanOrEqual(3);
    for (const n of notes) {
      expect(n.date <= new Date(T0).toISOString().slice(0, 10)).toBe(true);
      if (n.accountId !== null) expect(accounts.some((a) => a.id === n.accountId)).toBe(true);
    }
  });

  it('links notes, by words they hold, to initiatives of every lane, a released one among them', () => {
    const noteById = new Map(notes.map((n) => [n.id, n]));
    for (const l of [...links, ...feedbackEvidence]) {
      const note = noteById.get(l.feedbackId!)!;
      expect(checkExcerpt(l.excerpt, note.text).error, l.excerpt).toBeUndefined();
      expect(l.createdAt).toBeLessThanOrEqual(T0);
    }
    const demand = demandByInitiative(links, notes, accounts);
    const asked = records.initiatives.filter((i) => demand.has(i.id));
    expect(new Set(asked.map((i) => i.lane))).toEqual(new Set(['strategy', 'discovery', 'delivery']));
    const released = records.stages.find((s) => s.defaultKey === 'released')!;
    expect(asked.some((i) => i.stageId === released.id && i.status === 'active')).toBe(true);
    expect(links.map((l) => l.importance)).toEqual(expect.arrayContaining(['niceToHave', 'important', 'critical']));
  });

  it('quotes notes as evidence for and against hypotheses, with no interview', () => {
    expect(new Set(feedbackEvidence.map((e) => e.stance))).toEqual(new Set(['supports', 'refutes']));
    for (const e of feedbackEvidence) {
      expect(e.interviewId).toBe('');
      expect(records.hypotheses.some((h) => h.id === e.hypothesisId)).toBe(true);
    }
  });
});

it('tells the same feedback story in both languages', () => {
  const shape = (c: SampleContent) => ({
    accounts: c.feedback.accounts.map(({ key, segment, revenue, strategic }) => [key, segment, revenue, strategic]),
    notes: c.feedback.notes.map((n) => [n.daysAgo, n.source, n.account, n.dismissed, n.asks?.map((a) => [a.initiative, a.importance, Boolean(a.excerpt)]), n.evidence?.map((e) => [e.hypothesis, e.stance])]),
  });
  expect(shape(SAMPLES[1]![1])).toEqual(shape(SAMPLES[0]![1]));
});
