import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { onBoardFollowed } from '../../../src/db/board-follow-events';
import { releaseInitiatives, releaseProposals } from '../../../src/db/sprint-flow';
import { closeSprint, createSprint, setBoardFollowsSprint, setCadence, startSprint } from '../../../src/db/sprint-commands';
import { planStory, setStoryStatus } from '../../../src/db/story-commands';
import { undo } from '../../../src/db/undo';
import { dataOnly, initiativeWithStory } from './delivery-helpers';
import { advance, freshDb, makeProduct, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

const sprintFields = { name: 'Sprint 1', goal: '', startDate: '2025-01-13', endDate: '2025-01-26' };
const stageKeyOf = async (id: string) => {
  const initiative = await db.initiatives.get(id);
  return p.stages.find((s) => s.id === initiative?.stageId)?.defaultKey;
};

describe('the board following the sprint', () => {
  it('moves a Ready card to In sprint when its story is planned into the active sprint, in the same undoable step, and says so', async () => {
    const sprint = await createSprint(p.productId, sprintFields);
    await startSprint(sprint.id);
    const { initiative, story } = await initiativeWithStory(p);
    const heard: string[] = [];
    const stop = onBoardFollowed((moved, to) => heard.push(`${moved.map((i) => i.title).join()} → ${to.defaultKey}`));
    const before = await dataOnly();
    await planStory(story.id, sprint.id);
    stop();
    expect(await stageKeyOf(initiative.id)).toBe('inSprint');
    expect(heard).toEqual(['Checkout → inSprint']);
    const moves = await db.transitions.where('initiativeId').equals(initiative.id).sortBy('at');
    expect(moves.at(-1)).toMatchObject({ kind: 'move', fromLane: 'delivery', toLane: 'delivery', toStageId: p.stage('inSprint').id });
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });

  it('moves the cards of a sprint’s stories when the sprint starts, and not when the product turned it off', async () => {
    const { initiative, story } = await initiativeWithStory(p);
    const sprint = await createSprint(p.productId, sprintFields);
    await planStory(story.id, sprint.id);
    expect(await stageKeyOf(initiative.id)).toBe('ready');
    await startSprint(sprint.id);
    expect(await stageKeyOf(initiative.id)).toBe('inSprint');

    await undo(p.productId);
    await setBoardFollowsSprint(p.productId, false);
    await startSprint(sprint.id);
    expect(await stageKeyOf(initiative.id)).toBe('ready');
  });

  it('in continuous flow, moves the card when its first story is in progress', async () => {
    await setCadence(p.productId, 'continuous');
    const { initiative, story } = await initiativeWithStory(p);
    await setStoryStatus(story.id, 'done', 'Checked by hand');
    expect(await stageKeyOf(initiative.id)).toBe('ready');
    await setStoryStatus(story.id, 'inProgress');
    expect(await stageKeyOf(initiative.id)).toBe('inSprint');
  });

  it('proposes Released for the cards whose stories are all done once the sprint closes, and moves them in one step', async () => {
    const sprint = await createSprint(p.productId, sprintFields);
    await startSprint(sprint.id);
    const { initiative, story } = await initiativeWithStory(p);
    await planStory(story.id, sprint.id);
    await setStoryStatus(story.id, 'done', 'Checked by hand');
    await closeSprint(sprint.id, { unfinished: 'backlog' });
    const proposed = await releaseProposals(sprint.id);
    expect(proposed.map((i) => i.id)).toEqual([initiative.id]);
    await releaseInitiatives(p.productId, [initiative.id]);
    expect(await stageKeyOf(initiative.id)).toBe('released');
    expect(await releaseProposals(sprint.id)).toEqual([]);
    await undo(p.productId);
    expect(await stageKeyOf(initiative.id)).toBe('inSprint');
  });
});
