import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import type { Initiative } from '../../../src/domain/types';
import { cardsArrived, cardsLanded, cardsStored, useArrivingCards, whenLanded } from '../../../src/sync/arriving-cards';

let joined: Initiative;
let stageIds: string[];

beforeEach(async () => {
  useArrivingCards.setState({ cards: new Map() });
  const product = await createProduct('Joined product');
  stageIds = (await liveStages(product.id)).map((stage) => stage.id);
  const made = await createInitiative(stageIds[0]!, { title: 'Onboarding emails' });
  // As a join receives it: on the board, not yet in this browser's database.
  await db.initiatives.delete(made.id);
  joined = made;
  cardsArrived([joined]);
});

/** Whether the promise has settled by the time everything queued so far has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('whenLanded', () => {
  it('has nothing to wait for with a card that is not on its way', () => {
    expect(whenLanded('stored-long-ago')).toBeNull();
  });

  it('waits for a card received until a stage has read it back from the database', async () => {
    const landed = whenLanded(joined.id)!;
    expect(await settled(landed)).toBe(false);
    cardsLanded(['another-card']);
    expect(await settled(landed)).toBe(false);
    cardsLanded([joined.id]);
    expect(await settled(landed)).toBe(true);
  });

  it('stops waiting once the bridge forgets the card, stored or not', async () => {
    const landed = whenLanded(joined.id)!;
    cardsStored([joined]);
    expect(await settled(landed)).toBe(true);
  });

  it('lets a card moved just after a join be moved once it is stored, instead of refusing it as gone', async () => {
    const moved = whenLanded(joined.id)!.then(() => moveInitiative(joined.id, stageIds[1]!, null, null, { expect: { stageId: joined.stageId, rank: joined.rank } }));
    expect(await settled(moved)).toBe(false);
    await db.initiatives.put(joined);
    cardsLanded([joined.id]);
    await moved;
    expect((await db.initiatives.get(joined.id))?.stageId).toBe(stageIds[1]);
  });
});
