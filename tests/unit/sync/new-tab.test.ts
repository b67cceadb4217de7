import { describe, expect, it } from 'vitest';
import { settle } from './clients';
import { cardOf, expectInStep, frozenClock, later, movedToFraming, team, type Team } from './team';

frozenClock();

// A tab starts a new doc: what an earlier tab pushed without the server's acknowledgement is
// either in the server's doc already, merged (not to be sent again), or not (to be sent).
describe('a new tab', () => {
  /** B's changes reach the server, but B's tab closes before the server's acknowledgement, maybe with more not sent. */
  async function sentNotAcknowledged(t: Team, thenUnsent?: () => Promise<unknown>) {
    await t.b.push();
    for (const update of t.b.outbox.splice(0)) t.server.receive(t.b, update);
    if (thenUnsent) {
      await thenUnsent();
      await t.b.push();
    }
    t.b.disconnect();
    expect(await t.b.client.db.syncOutbox.count()).toBeGreaterThan(0);
  }

  it('does not send again a change the server has, over a teammate’s later change', async () => {
    const t = await team();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'From B' });
    await sentNotAcknowledged(t);
    await settle([t.a]);
    later();
    await t.a.client.initiatives.editInitiative(t.card.id, { title: 'From A, after B' });
    await settle([t.a]);
    t.b.open();
    await t.b.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, t.card.id)).toMatchObject({ title: 'From A, after B' });
    expect(await t.b.client.db.syncOutbox.count()).toBe(0);
    await expectInStep(t);
  });

  it('does not bring back a record it created that a teammate deleted since, and sends what followed', async () => {
    const t = await team();
    const card = await t.b.client.initiatives.createInitiative(t.stage('framing').id, { title: 'B’s card' });
    await sentNotAcknowledged(t, () => t.b.client.initiatives.editInitiative(t.card.id, { summary: 'Pushed, never sent' }));
    await settle([t.a]);
    await t.a.client.initiatives.deleteInitiative(card.id);
    await settle([t.a]);
    t.b.open();
    await t.b.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await cardOf(peer.client, card.id)).toMatchObject({ deletedAt: expect.any(Number) });
    expect(await cardOf(t.a.client, t.card.id)).toMatchObject({ summary: 'Pushed, never sent' });
    await expectInStep(t);
  });

  it('still removes what it removed, the server never having had the removal', async () => {
    const t = await team();
    const move = await movedToFraming(t, t.b);
    await t.b.client.undo.undo(t.productId);
    await t.b.push();
    t.b.disconnect();
    t.b.open();
    await t.b.connect();
    await settle([t.a, t.b]);
    for (const peer of [t.a, t.b]) expect(await peer.client.db.transitions.get(move.id)).toBeUndefined();
    await expectInStep(t);
  });

  it('still sends what the server never had', async () => {
    const t = await team();
    await t.b.client.initiatives.editInitiative(t.card.id, { title: 'Never sent' });
    await t.b.push();
    t.b.disconnect();
    t.b.open();
    await t.b.connect();
    await settle([t.a, t.b]);
    expect(await cardOf(t.a.client, t.card.id)).toMatchObject({ title: 'Never sent' });
    await expectInStep(t);
  });
});

