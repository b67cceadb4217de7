import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { activeSprint, backlogStories, closedSprints, openActionItems, ritualRuns, sprintWithStories, storyCounts } from '../../../src/db/delivery-queries';
import { deliveryGateFor } from '../../../src/db/gate';
import { createSampleProduct, seedFirstVisit } from '../../../src/db/product-commands';
import { sampleProductRecords } from '../../../src/db/product-records';
import type { SampleContent, SampleText } from '../../../src/db/sample/content';
import { sampleEn } from '../../../src/db/sample/en';
import { sampleFr } from '../../../src/db/sample/fr';
import { sampleTemplates } from '../../../src/db/sample/templates';
import { undo } from '../../../src/db/undo';
import { burndownSeries } from '../../../src/domain/delivery/burndown';
import { toLocalDate } from '../../../src/domain/delivery/dates';
import { outcomeVerdict, validateOutcome } from '../../../src/domain/delivery/outcome';
import { runCompletion, validateActionItem, validateRunFields } from '../../../src/domain/delivery/rituals';
import { sprintLengthDays, validateSprint, validateSprintDates } from '../../../src/domain/delivery/sprints';
import { isStoryReady, validateStory } from '../../../src/domain/delivery/stories';
import { answerErrors, checkedErrors } from '../../../src/domain/discovery/fields';
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

describe.each(SAMPLES)('the %s sample’s delivery', (language, content) => {
  const records = sampleProductRecords(content, T0);
  const lang = language as 'en' | 'fr';
  const byKey = (key: string) => must(records.initiatives.find((i) => i.title === content.initiatives.find((c) => c.key === key)?.title), key);
  const today = toLocalDate(T0);
  const [previous, current] = records.sprints;

  it('has a closed two-week sprint with its figures, and an active one started 5 days ago', () => {
    expect(records.sprints.map((s) => s.status)).toEqual(['closed', 'active']);
    expect(sprintLengthDays(current!)).toBe(14);
    expect(current!.startDate).toBe(toLocalDate(T0 - 5 * 86_400_000));
    expect(current!.goal).not.toBe('');
    // Sprint 11: 5 + 3 + 5 done, 3 not done on closing and carried over to Sprint 12.
    expect(previous!.result).toEqual({ plannedPoints: 16, donePoints: 13, doneStories: 3, unfinishedStories: 1, carriedTo: current!.id });
    expect(previous!.closedAt).toBeLessThan(current!.startedAt!);
  });

  it('has 6 to 10 stories on the Delivery initiatives, valid as the commands would take them', () => {
    expect(records.stories.length).toBeGreaterThanOrEqual(6);
    expect(records.stories.length).toBeLessThanOrEqual(10);
    const delivery = new Set(records.initiatives.filter((i) => i.lane === 'delivery').map((i) => i.id));
    for (const s of records.stories) {
      expect(delivery.has(s.initiativeId), s.iWant).toBe(true);
      expect(validateStory(s, true).errors, s.iWant).toEqual({});
      expect(checkedErrors(s.ready.template.body, s.ready.checked)).toEqual({});
      expect(checkedErrors(s.done.template.body, s.done.checked)).toEqual({});
      expect(s.ready.template.templateName).toBe(content.templates.definitionOfReady.name);
      expect(s.doneAt !== null).toBe(s.status === 'done');
      if (s.doneAt !== null) expect(s.doneAt).toBeLessThan(T0);
      if (s.sprintId !== null) expect(isStoryReady(s), s.iWant).toBe(true);
    }
    // The backlog holds one ready story and one still being written.
    expect(records.stories.filter((s) => s.sprintId === null).map(isStoryReady)).toEqual([true, false]);
  });

  it('burns down the active sprint: 24 points planned, 8 done on past days', () => {
    const series = burndownSeries(current!, records.stories, today);
    expect(series[0]!.ideal).toBe(24);
    const known = series.filter((p) => p.remaining !== null).map((p) => p.remaining);
    expect(known).toEqual([24, 19, 16, 16, 16, 16]);
    expect(burndownSeries(previous!, records.stories, today).at(-1)!.remaining).toBe(3);
  });

  it('has finished runs: the last sprint’s planning, review and retrospective, this sprint’s planning and a daily', () => {
    const kinds = records.ritualRuns.map((r) => [r.kind, r.sprintId === previous!.id ? 'previous' : 'current']);
    expect(kinds).toEqual([['planning', 'previous'], ['review', 'previous'], ['retrospective', 'previous'], ['planning', 'current'], ['daily', 'current']]);
    for (const r of records.ritualRuns) {
      expect(r.finishedAt).toBe(r.startedAt + r.elapsedMs);
      expect(r.finishedAt!).toBeLessThan(T0);
      expect(r.timerStartedAt).toBeNull();
      expect(answerErrors(r.content.template.body, r.content.answers)).toEqual({});
      expect(checkedErrors(r.content.template.body, r.content.checked)).toEqual({});
      expect(validateRunFields(r).errors).toEqual({});
      expect(runCompletion(r).done).toBe(runCompletion(r).total);
      for (const id of Object.keys(r.content.notes)) expect(r.content.template.body.sections.some((s) => s.items.some((i) => i.id === id))).toBe(true);
    }
    expect(records.ritualRuns[0]!.timeboxMinutes).toBe(240); // planning, two weeks
    expect(records.ritualRuns[3]!.goal).toBe(current!.goal);
  });

  it('has three retrospective action items: one done, two open', () => {
    const retro = must(records.ritualRuns.find((r) => r.kind === 'retrospective'));
    expect(records.actionItems.map((i) => [i.runId === retro.id, i.status])).toEqual([[true, 'done'], [true, 'open'], [true, 'open']]);
    for (const i of records.actionItems) {
      expect(validateActionItem(i, true).errors).toEqual({});
      expect(i.createdAt).toBeLessThan(retro.finishedAt!);
    }
  });

  it('gives each Released card an outcome on the key result it serves: two-factor authentication met, dark mode still measured', () => {
    const twoFactor = byKey('twoFactor');
    const darkMode = byKey('darkMode');
    expect(outcomeVerdict(twoFactor.outcome)).toBe('met');
    expect(outcomeVerdict(darkMode.outcome)).toBe('pending');
    const released = must(records.stages.find((s) => s.defaultKey === 'released'));
    const releasedCards = records.initiatives.filter((i) => i.status === 'active' && i.stageId === released.id);
    expect(releasedCards.map((i) => i.id).sort()).toEqual([twoFactor.id, darkMode.id].sort());
    const keyResults = records.objectives.flatMap((o) => o.keyResults);
    for (const card of releasedCards) {
      const outcome = must(card.outcome, card.title);
      expect(validateOutcome(outcome).errors).toEqual({});
      const keyResult = must(keyResults.find((kr) => kr.id === card.keyResultId), card.title);
      expect(outcome.metric).toBe(keyResult.metric);
      expect(outcome.baseline).toBe(keyResult.baseline);
    }
  });

  it('is written whole by createSampleProduct, read back by the queries, and undone whole', async () => {
    const product = await createSampleProduct(lang);
    const sprint = must(await activeSprint(product.id));
    expect(must(await sprintWithStories(sprint.id)).stories).toHaveLength(5);
    expect((await backlogStories(product.id)).map((r) => r.initiativeTitle)).toEqual([byKey('a11y').title, byKey('a11y').title]);
    expect(await closedSprints(product.id)).toHaveLength(1);
    expect(await ritualRuns(product.id, sprint.id)).toHaveLength(2);
    expect(await openActionItems(product.id)).toHaveLength(2);
    const a11y = must((await db.initiatives.where('[productId+status]').equals([product.id, 'active']).toArray()).find((i) => i.title === byKey('a11y').title));
    expect((await storyCounts([a11y.id])).get(a11y.id)).toEqual({ total: 4, ready: 3, done: 0, sprint: 'Sprint 12' });
    // Its stories are in the active sprint, so the board, which follows the sprint, has it in In sprint.
    expect((await db.stages.get(a11y.stageId))?.defaultKey).toBe('inSprint');
    await undo(product.id);
    for (const table of [db.stories, db.sprints, db.ritualRuns, db.actionItems]) expect(await liveCount(table)).toBe(0);
  });
});

describe('the two languages', () => {
  it('tell the same delivery story', () => {
    const shape = (c: SampleText) => ({
      sprints: c.delivery.sprints.map((s) => [s.key, s.startDaysAgo, s.lengthDays, s.closed]),
      stories: c.delivery.stories.map((s) => [s.initiative, s.points, s.sprint, s.carriedFrom, s.status, s.done, s.readyTicks, s.doneTicks, s.criteria.length, s.soThat === '']),
      rituals: c.delivery.rituals.map((r) => [r.kind, r.sprint, r.daysAgo, r.hour, r.minutes, r.participants.length, Object.keys(r.answers), Object.keys(r.notes), r.ticks, r.decisions.length, r.actions.map((a) => [a.owner, a.dueInDays, a.doneDaysAgo])]),
      outcomes: c.delivery.outcomes.map((o) => [o.initiative, o.daysAgo, o.direction, o.baseline, o.target, o.actual]),
    });
    expect(shape(sampleFr)).toEqual(shape(sampleEn));
  });
});

describe('the first visit', () => {
  it('seeds the sample’s delivery through the bulk path; its cards in Delivery pass the story rule of the gate', async () => {
    const product = must(await seedFirstVisit('en'));
    expect(await db.stories.where('productId').equals(product.id).count()).toBe(sampleEn.delivery.stories.length);
    const cards = await db.initiatives.where('[productId+status]').equals([product.id, 'active']).toArray();
    for (const key of ['a11y', 'invoice', 'twoFactor']) {
      const card = must(cards.find((c) => c.title === sampleEn.initiatives.find((i) => i.key === key)?.title));
      expect(await deliveryGateFor(card.id), key).not.toContain('noReadyStory');
    }
    expect(validateSprint(must(await activeSprint(product.id)), true).errors).toEqual({});
    const sprint = must(await activeSprint(product.id));
    expect(validateSprintDates(sprint.startDate, sprint.endDate)).toEqual({});
  });
});
