import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { actionItemsOfRun, openActionItems, ritualRun, ritualRuns, ritualRunsOfProduct } from '../../../src/db/delivery-queries';
import { addActionItem, carryOverActionItem, closeActionItem, editActionItem, reopenActionItem } from '../../../src/db/action-item-commands';
import {
  deleteRitualRun,
  editRitualRun,
  finishRitualRun,
  pauseRitualTimer,
  resumeRitualTimer,
  startRitualRun,
  tickRitualItem,
} from '../../../src/db/ritual-commands';
import { closeSprint, createSprint, startSprint } from '../../../src/db/sprint-commands';
import { duplicateTemplate, setDefaultTemplate } from '../../../src/db/template-commands';
import { undo } from '../../../src/db/undo';
import { elapsedMs } from '../../../src/domain/delivery/rituals';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { dataOnly } from './delivery-helpers';
import { advance, expectCommandError, freshDb, makeProduct, must, snapshot, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const twoWeeks = () => createSprint(p.productId, { name: 'Sprint 1', goal: '', startDate: '2025-01-13', endDate: '2025-01-26' });
const MINUTE = 60_000;

describe('starting a run', () => {
  it('is refused in a closed sprint, whose rituals are history, and changes nothing', async () => {
    const sprint = await twoWeeks();
    await startSprint(sprint.id);
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    const before = await snapshot();
    await expectCommandError(() => startRitualRun(p.productId, sprint.id, 'daily', 'en'), 'sprintClosedRitual');
    expect(await snapshot()).toEqual(before);
  });

  it('snapshots the product’s default template, scales the timebox to the sprint and starts the timer', async () => {
    const sprint = await twoWeeks();
    const run = await startRitualRun(p.productId, sprint.id, 'planning', 'en');
    expect(run).toMatchObject({ productId: p.productId, sprintId: sprint.id, kind: 'planning', timeboxMinutes: 240, elapsedMs: 0, timerStartedAt: Date.now(), startedAt: Date.now(), finishedAt: null });
    expect(run.content.template).toMatchObject({ templateId: BUILTIN_IDS.planning, family: 'planning' });
    // Continuous flow: no sprint, a one-week timebox.
    expect((await startRitualRun(p.productId, null, 'review', 'en')).timeboxMinutes).toBe(60);
  });

  it('starts from the product’s retro format, or from the one given', async () => {
    const ours = await duplicateTemplate(builtInTemplate(BUILTIN_IDS.retro4L, 'en')!, 'Our 4L');
    await setDefaultTemplate(p.productId, 'retrospective', ours.id);
    expect((await startRitualRun(p.productId, null, 'retrospective', 'en')).content.template.templateId).toBe(ours.id);
    const given = await startRitualRun(p.productId, null, 'retrospective', 'fr', BUILTIN_IDS.retroWentWell);
    expect(given.content.template).toMatchObject({ templateId: BUILTIN_IDS.retroWentWell, templateName: builtInTemplate(BUILTIN_IDS.retroWentWell, 'fr')!.name });
  });

  it('refuses a template of another ritual, a missing sprint or one of another product, writing nothing', async () => {
    const foreign = await createSprint((await makeProduct('Q')).productId, { name: 'S', goal: '', startDate: '2025-01-13', endDate: '2025-01-26' });
    const before = await snapshot();
    await expectCommandError(() => startRitualRun(p.productId, null, 'retrospective', 'en', BUILTIN_IDS.planning), 'templateMissing');
    await expectCommandError(() => startRitualRun(p.productId, 'nope', 'daily', 'en'), 'sprintMissing');
    await expectCommandError(() => startRitualRun(p.productId, foreign.id, 'daily', 'en'), 'otherProduct');
    await expectCommandError(() => startRitualRun('nope', null, 'daily', 'en'), 'productMissing');
    await expectCommandError(() => startRitualRun(p.productId, null, 'standup' as never, 'en'), 'valueInvalid');
    expect(await snapshot()).toEqual(before);
  });
});

describe('running', () => {
  it('ticks, notes, and records participants, goal, decisions and answers', async () => {
    const run = await startRitualRun(p.productId, null, 'review', 'en');
    await tickRitualItem(run.id, 'outcome.stakeholders', true);
    await editRitualRun(run.id, { notes: { 'increment.feedback': 'Finance wants a CSV too' } });
    const edited = await editRitualRun(run.id, { participants: ['Inès', ' Hugo '], decisions: ['Ship the CSV export next'], answers: { 'adapt.decisions': 'CSV next' } });
    expect(edited).toMatchObject({ participants: ['Inès', 'Hugo'], decisions: ['Ship the CSV export next'] });
    expect(edited.content.checked['outcome.stakeholders']).toBe(true);
    expect(edited.content.notes['increment.feedback']).toBe('Finance wants a CSV too');
    expect(edited.content.answers['adapt.decisions']).toBe('CSV next');
    const before = await snapshot();
    await expectCommandError(() => tickRitualItem(run.id, 'increment.feedback', true), 'invalid'); // a prompt, not a check
    expect(await expectCommandError(() => editRitualRun(run.id, { goal: 'x', notes: { nope: 'x' } }), 'invalid')).toMatchObject({ fields: { nope: 'errors.valueInvalid' } });
    expect(await expectCommandError(() => editRitualRun(run.id, { notes: { 'increment.feedback': 'x'.repeat(2_001) } }), 'invalid')).toMatchObject({
      fields: { 'increment.feedback': 'errors.longTextTooLong' },
    });
    await expectCommandError(() => editRitualRun(run.id, { answers: { nope: 'x' } }), 'invalid');
    expect(await snapshot()).toEqual(before);
  });

  it('saves the run form’s notes, answers, goal and decisions in one step, one activity entry that typing moments later joins', async () => {
    const run = await startRitualRun(p.productId, null, 'review', 'en');
    await tickRitualItem(run.id, 'outcome.stakeholders', true);
    const entries = await db.activity.count();
    const saved = await editRitualRun(run.id, {
      notes: { 'increment.feedback': 'Finance wants a CSV too' },
      answers: { 'adapt.decisions': 'CSV next' },
      goal: 'Invoices in one click',
      decisions: ['Ship the CSV export next'],
    });
    expect(saved).toMatchObject({ goal: 'Invoices in one click', decisions: ['Ship the CSV export next'] });
    expect(saved.content).toMatchObject({ notes: { 'increment.feedback': 'Finance wants a CSV too' }, answers: { 'adapt.decisions': 'CSV next' } });
    expect(await db.activity.count()).toBe(entries + 1);
    expect(must(await db.activity.orderBy('id').last())).toMatchObject({ command: 'editRitualRun', changes: [{ table: 'ritualRuns', key: run.id }] });

    advance(1000);
    // Only the items given: the note and answer saved before keep their values.
    await editRitualRun(run.id, { notes: { 'outcome.stakeholders': 'Sales asked for a demo' }, decisions: ['Ship the CSV export next', 'Demo on Friday'] });
    expect(await db.activity.count()).toBe(entries + 1);
    expect((await ritualRun(run.id))?.content.notes).toEqual({ 'increment.feedback': 'Finance wants a CSV too', 'outcome.stakeholders': 'Sales asked for a demo' });

    await undo(p.productId);
    const undone = must(await ritualRun(run.id));
    expect(undone).toMatchObject({ goal: '', decisions: [], content: { notes: {}, answers: run.content.answers, checked: { 'outcome.stakeholders': true } } });
  });

  it('counts time run without the pauses, across a reload or another day', async () => {
    const run = await startRitualRun(p.productId, null, 'daily', 'en');
    advance(5 * MINUTE);
    const paused = await pauseRitualTimer(run.id);
    expect(paused).toMatchObject({ elapsedMs: 5 * MINUTE, timerStartedAt: null });
    expect(await pauseRitualTimer(run.id)).toEqual(paused);
    advance(24 * 60 * MINUTE); // the next day
    const resumed = await resumeRitualTimer(run.id);
    expect(resumed.timerStartedAt).toBe(Date.now());
    advance(2 * MINUTE);
    expect(elapsedMs((await ritualRun(run.id))!, Date.now())).toBe(7 * MINUTE);
    const finished = await finishRitualRun(run.id);
    expect(finished).toMatchObject({ elapsedMs: 7 * MINUTE, timerStartedAt: null, finishedAt: Date.now() });
  });

  it('is read-only once finished', async () => {
    const run = await startRitualRun(p.productId, null, 'retrospective', 'en');
    await finishRitualRun(run.id);
    const before = await snapshot();
    await expectCommandError(() => editRitualRun(run.id, { goal: 'x' }), 'runFinished');
    await expectCommandError(() => tickRitualItem(run.id, 'closing.pick', true), 'runFinished');
    await expectCommandError(() => editRitualRun(run.id, { notes: { 'closing.pick': 'x' } }), 'runFinished');
    await expectCommandError(() => pauseRitualTimer(run.id), 'runFinished');
    await expectCommandError(() => resumeRitualTimer(run.id), 'runFinished');
    await expectCommandError(() => finishRitualRun(run.id), 'runFinished');
    await expectCommandError(() => addActionItem(run.id, { text: 'x', owner: '', dueDate: null }), 'runFinished');
    expect(await snapshot()).toEqual(before);
  });

  it('writes a finished planning’s goal into its sprint', async () => {
    const sprint = await twoWeeks();
    const run = await startRitualRun(p.productId, sprint.id, 'planning', 'en');
    await editRitualRun(run.id, { goal: ' Customers can pay by card ' });
    await finishRitualRun(run.id);
    expect((await db.sprints.get(sprint.id))?.goal).toBe('Customers can pay by card');
    // One undo takes back both the run's end and the sprint's goal.
    await undo(p.productId);
    expect((await db.sprints.get(sprint.id))?.goal).toBe('');
    expect((await ritualRun(run.id))?.finishedAt).toBeNull();
  });

  it('lists a sprint’s runs newest first, and those outside sprints apart', async () => {
    const sprint = await twoWeeks();
    const planning = await startRitualRun(p.productId, sprint.id, 'planning', 'en');
    advance(MINUTE);
    const daily = await startRitualRun(p.productId, sprint.id, 'daily', 'en');
    advance(MINUTE);
    const weekly = await startRitualRun(p.productId, null, 'review', 'en');
    expect((await ritualRuns(p.productId, sprint.id)).map((r) => r.id)).toEqual([daily.id, planning.id]);
    expect((await ritualRuns(p.productId, null)).map((r) => r.id)).toEqual([weekly.id]);
    expect(await ritualRunsOfProduct(p.productId)).toHaveLength(3);
  });
});

describe('retrospective action items', () => {
  it('are added in a running retrospective, reviewed by the next, closed or carried over', async () => {
    const first = await startRitualRun(p.productId, null, 'retrospective', 'en');
    const review = await startRitualRun(p.productId, null, 'review', 'en');
    await expectCommandError(() => addActionItem(review.id, { text: 'x', owner: '', dueDate: null }), 'runNotRetrospective');
    await expectCommandError(() => addActionItem(first.id, { text: ' ', owner: '', dueDate: null }), 'invalid');
    const pairing = await addActionItem(first.id, { text: ' Pair on code reviews ', owner: 'Hugo', dueDate: '2025-01-31' });
    advance(1000);
    const flaky = await addActionItem(first.id, { text: 'Fix the flaky checkout test', owner: 'Inès', dueDate: '' });
    expect(pairing).toMatchObject({ text: 'Pair on code reviews', status: 'open', carriedOverIn: [], closedAt: null, runId: first.id });
    expect(flaky.dueDate).toBeNull();
    await expectCommandError(() => carryOverActionItem(pairing.id, first.id), 'carryOverSameRun');
    await finishRitualRun(first.id);
    // Still editable: it outlives its retrospective.
    expect((await editActionItem(pairing.id, { owner: 'Léa' })).owner).toBe('Léa');

    advance(7 * 24 * 60 * MINUTE);
    const next = await startRitualRun(p.productId, null, 'retrospective', 'en');
    expect((await openActionItems(p.productId)).map((i) => i.id)).toEqual([pairing.id, flaky.id]);
    const done = await closeActionItem(pairing.id, 'done');
    expect(done).toMatchObject({ status: 'done', closedAt: Date.now() });
    await expectCommandError(() => closeActionItem(pairing.id, 'dropped'), 'actionItemClosed');
    await expectCommandError(() => carryOverActionItem(pairing.id, next.id), 'actionItemClosed');
    expect((await carryOverActionItem(flaky.id, next.id)).carriedOverIn).toEqual([next.id]);
    expect((await carryOverActionItem(flaky.id, next.id)).carriedOverIn).toEqual([next.id]);
    expect((await openActionItems(p.productId)).map((i) => i.id)).toEqual([flaky.id]);
    expect((await actionItemsOfRun(first.id)).map((i) => i.status)).toEqual(['done', 'open']);

    expect(await reopenActionItem(pairing.id)).toMatchObject({ status: 'open', closedAt: null });
    await expectCommandError(() => reopenActionItem(pairing.id), 'actionItemOpen');
  });

  it('go with their run when it is deleted, and come back with undo', async () => {
    const run = await startRitualRun(p.productId, null, 'retrospective', 'en');
    await addActionItem(run.id, { text: 'Shorter dailies', owner: '', dueDate: null });
    const before = await dataOnly();
    await deleteRitualRun(run.id);
    expect(await ritualRun(run.id)).toBeNull();
    expect(await openActionItems(p.productId)).toEqual([]);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });
});
