import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { backlogStories, storiesOfInitiative, storyCounts } from '../../../src/db/delivery-queries';
import { closeInitiative, createInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import { createSprint, closeSprint, startSprint } from '../../../src/db/sprint-commands';
import { createStory, deleteStory, editStory, moveStory, planStory, setStoryStatus, tickStoryCheck } from '../../../src/db/story-commands';
import { duplicateTemplate, setDefaultTemplate } from '../../../src/db/template-commands';
import { undo } from '../../../src/db/undo';
import { isStoryReady } from '../../../src/domain/delivery/stories';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { CRITERION, DRAFT, dataOnly, initiativeWithStory, tickAllReady } from './delivery-helpers';
import { advance, expectCommandError, freshDb, makeProduct, snapshot, T0, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const SPRINT = { name: 'Sprint 1', goal: '', startDate: '2025-01-13', endDate: '2025-01-26' };

describe('writing stories', () => {
  it('creates a story last in its initiative, with the product’s Definitions of Ready and Done to tick', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    expect(story).toMatchObject({ productId: p.productId, initiativeId: initiative.id, ...DRAFT, status: 'todo', sprintId: null, doneAt: null, deletedAt: null });
    expect(story.ready.template).toMatchObject({ templateId: BUILTIN_IDS.definitionOfReady, family: 'definitionOfReady' });
    expect(story.done.template).toMatchObject({ templateId: BUILTIN_IDS.definitionOfDone, family: 'definitionOfDone' });
    expect(Object.values(story.ready.checked).every((c) => c === false)).toBe(true);
    const second = await createStory(initiative.id, { iWant: 'a receipt by email' }, 'en');
    expect(second).toMatchObject({ asA: '', soThat: '', criteria: [], points: null });
    expect((await storiesOfInitiative(initiative.id)).map((s) => s.id)).toEqual([story.id, second.id]);
  });

  it('starts from the product’s own Definition of Ready when it has one', async () => {
    const ours = await duplicateTemplate(builtInTemplate(BUILTIN_IDS.definitionOfReady, 'en')!, 'Our DoR');
    await setDefaultTemplate(p.productId, 'definitionOfReady', ours.id);
    const { story } = await initiativeWithStory(p);
    expect(story.ready.template).toMatchObject({ templateId: ours.id, templateName: 'Our DoR' });
  });

  it('refuses a story without "I want", or on a deleted initiative, writing nothing', async () => {
    const initiative = await createInitiative(p.stage('ready').id, { title: 'Checkout' });
    const before = await snapshot();
    const error = await expectCommandError(() => createStory(initiative.id, { ...DRAFT, iWant: ' ', points: 7.25 }, 'en'), 'invalid');
    expect(error).toMatchObject({ fields: { iWant: 'errors.iWantRequired', points: 'errors.pointsInvalid' } });
    await expectCommandError(() => createStory('nope', DRAFT, 'en'), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });

  it('edits text, criteria and points; typing moments apart undoes as one', async () => {
    const { story } = await initiativeWithStory(p);
    const before = await dataOnly();
    advance(1000);
    await editStory(story.id, { soThat: 'I get my order tomorrow' });
    advance(1000);
    const edited = await editStory(story.id, { points: 5, criteria: [CRITERION, { id: 'c2', given: 'an expired card', when: 'I pay', then: 'I am asked for another card' }] });
    expect(edited).toMatchObject({ soThat: 'I get my order tomorrow', points: 5 });
    expect(edited.criteria).toHaveLength(2);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
    await expectCommandError(() => editStory(story.id, { iWant: '' }), 'invalid');
  });

  it('asks a reason to set Done while the Definition of Done is not all ticked, keeps it on the story, and needs none once it is', async () => {
    const { story } = await initiativeWithStory(p);
    const before = await snapshot();
    const error = await expectCommandError(() => setStoryStatus(story.id, 'done'), 'dodIncomplete');
    expect((error as unknown as { unchecked: string[] }).unchecked.length).toBe(Object.keys(story.done.checked).length);
    await expectCommandError(() => setStoryStatus(story.id, 'done', '   '), 'dodIncomplete');
    expect(await snapshot()).toEqual(before);
    expect(await setStoryStatus(story.id, 'done', ' Tested on staging only ')).toMatchObject({ status: 'done', doneReason: 'Tested on staging only' });
    expect(await setStoryStatus(story.id, 'todo')).toMatchObject({ status: 'todo', doneReason: '' });
    for (const item of Object.keys(story.done.checked)) await tickStoryCheck(story.id, 'done', item, true);
    expect(await setStoryStatus(story.id, 'done')).toMatchObject({ status: 'done', doneReason: '' });
  });

  it('dates the moment a story becomes done, and clears it when it is reopened', async () => {
    const { story } = await initiativeWithStory(p);
    advance(60_000);
    expect(await setStoryStatus(story.id, 'inProgress')).toMatchObject({ status: 'inProgress', doneAt: null });
    advance(60_000);
    const done = await setStoryStatus(story.id, 'done', 'Checked by hand');
    expect(done.doneAt).toBe(T0 + 130_000);
    advance(60_000);
    expect((await setStoryStatus(story.id, 'done', 'Checked by hand')).doneAt).toBe(done.doneAt);
    expect(await setStoryStatus(story.id, 'todo')).toMatchObject({ status: 'todo', doneAt: null });
    await expectCommandError(() => setStoryStatus(story.id, 'blocked' as never), 'valueInvalid');
  });

  it('ticks the Definition of Ready item by item until the story is ready; unknown items are refused', async () => {
    const { story } = await initiativeWithStory(p);
    expect(isStoryReady(story)).toBe(false);
    await tickAllReady(story);
    const ticked = (await storiesOfInitiative(story.initiativeId))[0]!;
    expect(isStoryReady(ticked)).toBe(true);
    const done = await tickStoryCheck(story.id, 'done', 'quality.review', true);
    expect(done.done.checked['quality.review']).toBe(true);
    const before = await snapshot();
    await expectCommandError(() => tickStoryCheck(story.id, 'ready', 'quality.review', true), 'invalid');
    await expectCommandError(() => tickStoryCheck(story.id, 'other' as never, 'story.form', true), 'valueInvalid');
    expect(await snapshot()).toEqual(before);
  });

  it('orders stories between neighbours of the same initiative', async () => {
    const { initiative, story: a } = await initiativeWithStory(p);
    const b = await createStory(initiative.id, { iWant: 'b' }, 'en');
    const c = await createStory(initiative.id, { iWant: 'c' }, 'en');
    await moveStory(c.id, null, a.id);
    await moveStory(a.id, b.id, null);
    expect((await storiesOfInitiative(initiative.id)).map((s) => s.iWant)).toEqual(['c', 'b', DRAFT.iWant]);
    const other = await initiativeWithStory(p);
    await expectCommandError(() => moveStory(a.id, other.story.id, null), 'storyMissing');
  });

  it('plans a story into a sprint that is not closed, or back to the backlog', async () => {
    const { story } = await initiativeWithStory(p);
    const sprint = await createSprint(p.productId, SPRINT);
    expect((await planStory(story.id, sprint.id)).sprintId).toBe(sprint.id);
    expect(await backlogStories(p.productId)).toEqual([]);
    expect((await planStory(story.id, null)).sprintId).toBeNull();
    await startSprint(sprint.id);
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    const foreign = await createSprint((await makeProduct('Q')).productId, SPRINT);
    const before = await snapshot();
    await expectCommandError(() => planStory(story.id, sprint.id), 'sprintClosed');
    await expectCommandError(() => planStory(story.id, 'nope'), 'sprintMissing');
    await expectCommandError(() => planStory(story.id, foreign.id), 'otherProduct');
    expect(await snapshot()).toEqual(before);
  });

  it('counts stories, ready ones and done ones per initiative', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    await tickAllReady(story);
    const second = await createStory(initiative.id, { iWant: 'b' }, 'en');
    await setStoryStatus(second.id, 'done', 'Checked by hand');
    const gone = await createStory(initiative.id, { iWant: 'c' }, 'en');
    await deleteStory(gone.id);
    const counts = await storyCounts([initiative.id, 'none']);
    expect(counts.get(initiative.id)).toEqual({ total: 2, ready: 1, done: 1, sprint: null });
    expect(counts.get('none')).toEqual({ total: 0, ready: 0, done: 0, sprint: null });
  });

  it('names the sprint the stories are in: the active one before a planned one', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    const second = await createStory(initiative.id, { iWant: 'b' }, 'en');
    const next = await createSprint(p.productId, { ...SPRINT, name: 'Next', startDate: '2026-03-02', endDate: '2026-03-13' });
    const current = await createSprint(p.productId, { ...SPRINT, name: 'Current' });
    await planStory(story.id, next.id);
    expect((await storyCounts([initiative.id])).get(initiative.id)!.sprint).toBe('Next');
    await planStory(second.id, current.id);
    await startSprint(current.id);
    expect((await storyCounts([initiative.id])).get(initiative.id)!.sprint).toBe('Current');
  });

  it('lists the backlog: unplanned stories not done, of initiatives still on the board', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    const closed = await initiativeWithStory(p);
    await closeInitiative(closed.initiative.id, 'parked', 'later');
    const done = await createStory(initiative.id, { iWant: 'done already' }, 'en');
    await setStoryStatus(done.id, 'done', 'Checked by hand');
    expect(await backlogStories(p.productId)).toEqual([{ story, initiativeTitle: initiative.title }]);
  });
});

describe('deleting', () => {
  it('tombstones a story, and undo brings it back', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    const deleted = await deleteStory(story.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await storiesOfInitiative(initiative.id)).toEqual([]);
    await expectCommandError(() => deleteStory(story.id), 'storyMissing');
    await undo(p.productId);
    expect(await storiesOfInitiative(initiative.id)).toEqual([story]);
  });

  it('deletes an initiative with its stories, and one undo brings all back', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    const second = await createStory(initiative.id, { iWant: 'b' }, 'en');
    const earlier = await createStory(initiative.id, { iWant: 'deleted before' }, 'en');
    await deleteStory(earlier.id);
    const before = await dataOnly();
    await deleteInitiative(initiative.id);
    expect((await db.stories.toArray()).every((s) => s.deletedAt !== null)).toBe(true);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
    expect((await storiesOfInitiative(initiative.id)).map((s) => s.id)).toEqual([story.id, second.id]);
  });
});
