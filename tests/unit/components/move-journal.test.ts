import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { activeInStage, liveStages } from '../../../src/db/queries';
import type { Stage } from '../../../src/domain/types';
import { moveJournal } from '../../../src/features/board/move-journal';

let stages: Stage[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  localStorage.clear();
  stages = await liveStages((await createProduct('P')).id);
});

describe('the move journal', () => {
  it('replays a drop that a reload interrupted, once', async () => {
    const [from, to] = [stages[0]!, stages[3]!];
    const card = await createInitiative(from.id, { title: 'Dropped then reloaded' });
    moveJournal.add({ id: card.id, fromStageId: from.id, fromRank: card.rank, toStageId: to.id, beforeId: null, afterId: null, gateReason: '' });
    await moveJournal.replay();
    expect((await activeInStage(to.id)).map((c) => c.title)).toEqual(['Dropped then reloaded']);
    expect(moveJournal.list()).toEqual([]);
    await moveJournal.replay();
    expect(await db.transitions.where('initiativeId').equals(card.id).count()).toBe(2);
  });

  it('does not replay a move over a newer one made elsewhere', async () => {
    const [from, to, elsewhere] = [stages[0]!, stages[3]!, stages[5]!];
    const card = await createInitiative(from.id, { title: 'Moved by another tab' });
    moveJournal.add({ id: card.id, fromStageId: from.id, fromRank: card.rank, toStageId: to.id, beforeId: null, afterId: null, gateReason: '' });
    await moveInitiative(card.id, elsewhere.id, null, null, { gateReason: 'not what this test is about' });
    await moveJournal.replay();
    expect((await activeInStage(elsewhere.id)).map((c) => c.id)).toEqual([card.id]);
    expect(await activeInStage(to.id)).toEqual([]);
    expect(moveJournal.list()).toEqual([]);
  });
});
