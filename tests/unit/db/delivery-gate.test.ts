import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { GateError, createInitiative, moveInitiative, moveInitiativeToEdge } from '../../../src/db/initiative-commands';
import { transitionsOf } from '../../../src/db/queries';
import { deliveryGate, entersDelivery } from '../../../src/domain/discovery/gate';
import type { Hypothesis, HypothesisStatus } from '../../../src/domain/discovery/types';
import { createStory } from '../../../src/db/story-commands';
import { CRITERION, readyStory, tickAllReady } from './delivery-helpers';
import { freshDb, makeProduct, snapshot, type TestProduct } from './helpers';

let p: TestProduct;

function hypothesis(initiativeId: string, status: HypothesisStatus, deletedAt: number | null = null) {
  return db.hypotheses.put({ id: crypto.randomUUID(), productId: p.productId, initiativeId, status, deletedAt } as Hypothesis);
}

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
});

describe('the gate rules', () => {
  it('asks for a validated hypothesis and none still testing, ignoring deleted ones', () => {
    const h = (status: HypothesisStatus, deletedAt: number | null = null) => ({ status, deletedAt });
    const ready = [readyStory()];
    expect(deliveryGate([], ready)).toEqual(['noValidatedHypothesis']);
    expect(deliveryGate([h('validated')], ready)).toEqual([]);
    expect(deliveryGate([h('validated'), h('testing')], ready)).toEqual(['hypothesisTesting']);
    expect(deliveryGate([h('draft'), h('testing')], ready)).toEqual(['noValidatedHypothesis', 'hypothesisTesting']);
    expect(deliveryGate([h('validated', 5), h('invalidated')], ready)).toEqual(['noValidatedHypothesis']);
    expect(entersDelivery('discovery', 'delivery')).toBe(true);
    expect(entersDelivery('delivery', 'delivery')).toBe(false);
    expect(entersDelivery('delivery', 'strategy')).toBe(false);
  });

  it('asks for at least one live story that meets the Definition of Ready', () => {
    const validated = [{ status: 'validated' as const, deletedAt: null }];
    expect(deliveryGate(validated, [])).toEqual(['noReadyStory']);
    expect(deliveryGate(validated, [readyStory({ points: null })])).toEqual(['noReadyStory']);
    expect(deliveryGate(validated, [readyStory({ deletedAt: 5 })])).toEqual(['noReadyStory']);
    expect(deliveryGate(validated, [readyStory({ points: null }), readyStory()])).toEqual([]);
    expect(deliveryGate([], [])).toEqual(['noValidatedHypothesis', 'noReadyStory']);
  });
});

describe('moving into Delivery', () => {
  it('is refused with the gaps when they exist and no reason is given, writing nothing', async () => {
    const card = await createInitiative(p.stage('testing').id, { title: 'Not ready' });
    await hypothesis(card.id, 'testing');
    const before = await snapshot();
    const error = await moveInitiative(card.id, p.stage('ready').id, null, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).gaps).toEqual(['noValidatedHypothesis', 'hypothesisTesting', 'noReadyStory']);
    expect(await snapshot()).toEqual(before);
  });

  it('goes on with a reason, kept in the history', async () => {
    const card = await createInitiative(p.stage('testing').id, { title: 'Urgent fix' });
    await moveInitiativeToEdge(card.id, p.stage('ready').id, 'top', { gateReason: 'Legal deadline: no time to test' });
    const last = (await transitionsOf(card.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'move', toLane: 'delivery', reason: 'Legal deadline: no time to test' });
  });

  it('needs no reason once a hypothesis is validated, none is testing and a story is ready, nor inside Delivery', async () => {
    const card = await createInitiative(p.stage('testing').id, { title: 'Ready' });
    await hypothesis(card.id, 'validated');
    await hypothesis(card.id, 'invalidated');
    const draft = await createStory(card.id, { asA: 'buyer', iWant: 'to pay by card', soThat: 'I get my order', points: 3, criteria: [CRITERION] }, 'en');
    const error = await moveInitiative(card.id, p.stage('ready').id, null, null).catch((e: unknown) => e);
    expect((error as GateError).gaps).toEqual(['noReadyStory']);
    await tickAllReady(draft);
    await moveInitiative(card.id, p.stage('ready').id, null, null);
    await moveInitiative(card.id, p.stage('released').id, null, null);
    expect((await transitionsOf(card.id)).map((t) => t.reason)).toEqual(['', '', '']);
  });
});
