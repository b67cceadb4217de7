import { afterEach, beforeEach, expect, vi } from 'vitest';
import { docRows, settle, sharedProduct, syncedRows, type Client, type Peer } from './clients';

/** Every test of the file at the same moment, with only Date faked: Dexie's and fake-indexeddb's timers keep running. */
export function frozenClock() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 0, 15, 9));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Past the time within which a command's edits undo as one. */
export const later = () => vi.setSystemTime(Date.now() + 10_000);

/** Two members of a shared product with one card, in step. */
export async function team() {
  const shared = await sharedProduct(['editor']);
  const [a, b] = shared.peers as [Peer, Peer];
  const stages = await a.client.queries.liveStages(shared.productId);
  const stage = (key: string) => stages.find((s) => s.defaultKey === key)!;
  const card = await a.client.initiatives.createInitiative(stage('opportunities').id, { title: 'Bulk import' });
  later();
  await settle(shared.peers);
  return { ...shared, a, b, stage, card };
}

export type Team = Awaited<ReturnType<typeof team>>;

/** A member moves the team's card to Framing; once everyone is in step, the move's transition. */
export async function movedToFraming(t: Team, by: Peer) {
  await by.client.initiatives.moveInitiative(t.card.id, t.stage('framing').id, null, null);
  later();
  await settle([t.a, t.b]);
  const [, move] = await by.client.queries.transitionsOf(t.card.id);
  return move!;
}

export const cardOf = (client: Client, id: string) => client.db.initiatives.get(id);

/** Both databases and the server's doc hold the same records. */
export async function expectInStep({ a, b, server, productId }: Team) {
  const rows = await syncedRows(a.client, productId);
  expect(await syncedRows(b.client, productId)).toEqual(rows);
  expect(docRows(server.doc)).toEqual(rows);
}
