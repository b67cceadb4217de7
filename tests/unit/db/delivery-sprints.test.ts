import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { activeSprint, backlogStories, closedSprints, openSprints, sprintsOfProduct, sprintWithStories } from '../../../src/db/delivery-queries';
import { closeSprint, createSprint, deleteSprint, editSprint, setCadence, startSprint } from '../../../src/db/sprint-commands';
import { startRitualRun } from '../../../src/db/ritual-commands';
import { createStory, planStory, setStoryStatus } from '../../../src/db/story-commands';
import { redo, undo } from '../../../src/db/undo';
import type { Sprint } from '../../../src/domain/delivery/types';
import { dataOnly, initiativeWithStory } from './delivery-helpers';
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

const fields = (name: string, startDate = '2025-01-13', endDate = '2025-01-26') => ({ name, goal: '', startDate, endDate });

/** A sprint with four stories of 5, 3, 8 and 2 points: the first two done, the third in progress. */
async function sprintWithWork() {
  const sprint = await createSprint(p.productId, fields('Sprint 1'));
  const { initiative, story } = await initiativeWithStory(p, { iWant: 'a', points: 5 });
  const stories = [story];
  for (const [iWant, points] of [['b', 3], ['c', 8], ['d', 2]] as const) stories.push(await createStory(initiative.id, { iWant, points }, 'en'));
  for (const s of stories) await planStory(s.id, sprint.id);
  await startSprint(sprint.id);
  await setStoryStatus(stories[0]!.id, 'done', 'Checked by hand');
  await setStoryStatus(stories[1]!.id, 'done', 'Checked by hand');
  await setStoryStatus(stories[2]!.id, 'inProgress');
  return { sprint, stories };
}

describe('the cadence', () => {
  it('is Scrum until the product switches to continuous flow, which waits for the active sprint to close', async () => {
    const sprint = await createSprint(p.productId, fields('Sprint 1'));
    await startSprint(sprint.id);
    const before = await snapshot();
    await expectCommandError(() => setCadence(p.productId, 'continuous'), 'cadenceSprintActive');
    await expectCommandError(() => setCadence(p.productId, 'kanban' as never), 'valueInvalid');
    expect(await snapshot()).toEqual(before);
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    expect((await setCadence(p.productId, 'continuous')).cadence).toBe('continuous');
    const planned = await createSprint(p.productId, fields('Sprint 2', '2025-01-27', '2025-02-09'));
    await expectCommandError(() => startSprint(planned.id), 'continuousFlow');
    await setCadence(p.productId, 'scrum');
    expect((await startSprint(planned.id)).status).toBe('active');
  });
});

describe('planning sprints', () => {
  it('creates a planned sprint, refusing bad fields and writing nothing', async () => {
    const sprint = await createSprint(p.productId, { name: ' Sprint 1 ', goal: 'Pay by card', startDate: '2025-01-13', endDate: '2025-01-24' });
    expect(sprint).toMatchObject({ name: 'Sprint 1', goal: 'Pay by card', status: 'planned', startedAt: null, closedAt: null, result: null });
    const before = await snapshot();
    const error = await expectCommandError(() => createSprint(p.productId, { name: '', goal: '', startDate: '2025-01-13', endDate: '2025-02-28' }), 'invalid');
    expect(error).toMatchObject({ fields: { name: 'errors.nameRequired', endDate: 'errors.sprintTooLong' } });
    await expectCommandError(() => createSprint('nope', fields('S')), 'productMissing');
    expect(await snapshot()).toEqual(before);
  });

  it('edits a sprint, checking the dates it will have; a closed sprint cannot change', async () => {
    const sprint = await createSprint(p.productId, fields('Sprint 1'));
    expect(await editSprint(sprint.id, { endDate: '2025-02-09', goal: 'Ship it' })).toMatchObject({ endDate: '2025-02-09', goal: 'Ship it' });
    await expectCommandError(() => editSprint(sprint.id, { startDate: '2025-02-10' }), 'invalid');
    await startSprint(sprint.id);
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    await expectCommandError(() => editSprint(sprint.id, { name: 'Renamed' }), 'sprintClosed');
  });

  it('lists sprints newest first, the open ones soonest first', async () => {
    const a = await createSprint(p.productId, fields('A', '2025-01-13', '2025-01-26'));
    const b = await createSprint(p.productId, fields('B', '2025-01-27', '2025-02-09'));
    expect((await sprintsOfProduct(p.productId)).map((s) => s.name)).toEqual(['B', 'A']);
    expect((await openSprints(p.productId)).map((s) => s.name)).toEqual(['A', 'B']);
    await startSprint(a.id);
    expect((await activeSprint(p.productId))?.id).toBe(a.id);
    expect(b.status).toBe('planned');
  });
});

describe('starting a sprint', () => {
  it('allows one active sprint per product', async () => {
    const a = await createSprint(p.productId, fields('A'));
    const b = await createSprint(p.productId, fields('B', '2025-01-27', '2025-02-09'));
    const started = await startSprint(a.id);
    expect(started).toMatchObject({ status: 'active', startedAt: T0 + 10_000 });
    const before = await snapshot();
    await expectCommandError(() => startSprint(b.id), 'sprintAlreadyActive');
    await expectCommandError(() => startSprint(a.id), 'sprintNotPlanned');
    expect(await snapshot()).toEqual(before);
    // Another product has its own.
    const other = await makeProduct('Q');
    expect((await startSprint((await createSprint(other.productId, fields('C'))).id)).status).toBe('active');
  });
});

describe('closing a sprint', () => {
  it('records its figures and sends unfinished stories to the backlog', async () => {
    const { sprint, stories } = await sprintWithWork();
    advance(60_000);
    const closed = await closeSprint(sprint.id, { unfinished: 'backlog' });
    expect(closed).toMatchObject({ status: 'closed', closedAt: Date.now() });
    expect(closed.result).toEqual({ plannedPoints: 18, donePoints: 8, doneStories: 2, unfinishedStories: 2, carriedTo: 'backlog' });
    expect((await backlogStories(p.productId)).map((r) => r.story.iWant)).toEqual(['c', 'd']);
    const kept = await sprintWithStories(sprint.id);
    expect(kept?.stories.map((r) => r.story.id)).toEqual([stories[0]!.id, stories[1]!.id]);
    // An unfinished story keeps its status.
    expect((await db.stories.get(stories[2]!.id))?.status).toBe('inProgress');
    expect((await closedSprints(p.productId)).map((s) => s.id)).toEqual([sprint.id]);
  });

  it('sends unfinished stories to a planned sprint, and one undo reverts it all', async () => {
    const { sprint, stories } = await sprintWithWork();
    const next = await createSprint(p.productId, fields('Sprint 2', '2025-01-27', '2025-02-09'));
    const before = await dataOnly();
    await closeSprint(sprint.id, { unfinished: next.id });
    expect((await sprintWithStories(next.id))?.stories.map((r) => r.story.id)).toEqual([stories[2]!.id, stories[3]!.id]);
    expect((await db.sprints.get(sprint.id))?.result?.carriedTo).toBe(next.id);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
    await redo(p.productId);
    expect((await db.sprints.get(sprint.id))?.status).toBe('closed');
    expect((await db.stories.get(stories[3]!.id))?.sprintId).toBe(next.id);
  });

  it('refuses a sprint that is not active, or a target that is not a planned sprint of the product, writing nothing', async () => {
    const { sprint } = await sprintWithWork();
    const planned = await createSprint(p.productId, fields('Planned', '2025-01-27', '2025-02-09'));
    const foreign = await createSprint((await makeProduct('Q')).productId, fields('Foreign'));
    const before = await snapshot();
    await expectCommandError(() => closeSprint(planned.id, { unfinished: 'backlog' }), 'sprintNotActive');
    await expectCommandError(() => closeSprint(sprint.id, { unfinished: sprint.id }), 'sprintTargetInvalid');
    await expectCommandError(() => closeSprint(sprint.id, { unfinished: foreign.id }), 'sprintTargetInvalid');
    await expectCommandError(() => closeSprint(sprint.id, { unfinished: 'nope' }), 'sprintTargetInvalid');
    expect(await snapshot()).toEqual(before);
  });
});

describe('deleting a sprint', () => {
  it('deletes only a planned sprint: its stories go back to the backlog, its runs go with it', async () => {
    const sprint = await createSprint(p.productId, fields('Sprint 1'));
    const { story } = await initiativeWithStory(p);
    await planStory(story.id, sprint.id);
    const run = await startRitualRun(p.productId, sprint.id, 'planning', 'en');
    const before = await dataOnly();
    const deleted = await deleteSprint(sprint.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect((await db.stories.get(story.id))?.sprintId).toBeNull();
    expect((await db.ritualRuns.get(run.id))?.deletedAt).not.toBeNull();
    expect(await sprintWithStories(sprint.id)).toBeNull();
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
    await startSprint(sprint.id);
    await expectCommandError(() => deleteSprint(sprint.id), 'sprintNotPlanned');
  });

  it('keeps a closed sprint’s figures whatever happens to its stories later', async () => {
    const { sprint, stories } = await sprintWithWork();
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    const result = (await db.sprints.get(sprint.id))!.result;
    await setStoryStatus(stories[0]!.id, 'todo');
    expect(((await db.sprints.get(sprint.id)) as Sprint).result).toEqual(result);
  });
});
