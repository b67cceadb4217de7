import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeInitiative, createInitiative } from '../../../src/db/initiative-commands';
import { createFollowUp, recordOutcome } from '../../../src/db/outcome-commands';
import { activeInStage, liveInitiative, transitionsOf } from '../../../src/db/queries';
import { undo } from '../../../src/db/undo';
import { outcomeVerdict, type OutcomeFields } from '../../../src/domain/delivery/outcome';
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

const OUTCOME: OutcomeFields = { metric: 'Support calls about invoices per month', direction: 'decrease', baseline: 120, target: 60, actual: 48, conclusion: 'The new layout answers the questions finance teams asked.' };

describe('recording an outcome', () => {
  it('is allowed on a card in the Released stage, and saving again corrects it', async () => {
    const card = await createInitiative(p.stage('released').id, { title: 'Invoice PDF redesign' });
    const saved = await recordOutcome(card.id, OUTCOME);
    expect(saved.outcome).toEqual({ ...OUTCOME, recordedAt: Date.now() });
    expect(outcomeVerdict(saved.outcome)).toBe('met');
    advance(1000);
    expect((await recordOutcome(card.id, { ...OUTCOME, actual: 75 })).outcome).toMatchObject({ actual: 75 });
    expect(outcomeVerdict((await liveInitiative(card.id))!.outcome)).toBe('notMet');
  });

  it('changes only the fields given: one another tab saved meanwhile keeps its value', async () => {
    const card = await createInitiative(p.stage('released').id, { title: 'Invoice PDF redesign' });
    await expectCommandError(() => recordOutcome(card.id, { actual: 48 }), 'invalid');
    await recordOutcome(card.id, { metric: OUTCOME.metric, direction: 'decrease' });
    expect((await liveInitiative(card.id))?.outcome).toEqual({ metric: OUTCOME.metric, direction: 'decrease', baseline: null, target: null, actual: null, conclusion: '', recordedAt: Date.now() });
    await recordOutcome(card.id, { actual: 48 });
    await recordOutcome(card.id, { conclusion: OUTCOME.conclusion, target: 60 });
    expect((await liveInitiative(card.id))?.outcome).toMatchObject({ metric: OUTCOME.metric, direction: 'decrease', baseline: null, target: 60, actual: 48, conclusion: OUTCOME.conclusion });
  });

  it('is allowed on a card closed as shipped, wherever it was', async () => {
    const card = await createInitiative(p.stage('inSprint').id, { title: 'Dark mode' });
    await closeInitiative(card.id, 'shipped', 'Out in 2.4');
    expect((await recordOutcome(card.id, OUTCOME)).outcome?.metric).toBe(OUTCOME.metric);
  });

  it('is refused before release, on a parked card, or with bad fields, writing nothing', async () => {
    const ready = await createInitiative(p.stage('ready').id, { title: 'Not yet' });
    const parked = await createInitiative(p.stage('released').id, { title: 'Parked' });
    await closeInitiative(parked.id, 'parked', 'later');
    const released = await createInitiative(p.stage('released').id, { title: 'Released' });
    const before = await snapshot();
    await expectCommandError(() => recordOutcome(ready.id, OUTCOME), 'outcomeNotReleased');
    await expectCommandError(() => recordOutcome(parked.id, OUTCOME), 'outcomeNotReleased');
    const error = await expectCommandError(() => recordOutcome(released.id, { ...OUTCOME, metric: '', target: Number.NaN }), 'invalid');
    expect(error).toMatchObject({ fields: { metric: 'errors.metricRequired', target: 'errors.numberInvalid' } });
    await expectCommandError(() => recordOutcome('nope', OUTCOME), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('a follow-up', () => {
  it('is a new card at the top of the first Strategy stage, linked to the one it follows', async () => {
    const source = await createInitiative(p.stage('released').id, { title: 'Invoice PDF redesign', owner: 'Hugo', tags: ['billing'], segment: 'B2B' });
    await createInitiative(p.stage('opportunities').id, { title: 'Already there' });
    const before = await dataOnly();
    const followUp = await createFollowUp(source.id, ' Invoices in the customer’s language ');
    expect(followUp).toMatchObject({ title: 'Invoices in the customer’s language', followUpOf: source.id, stageId: p.stage('opportunities').id, lane: 'strategy', owner: 'Hugo', tags: ['billing'], segment: 'B2B', status: 'active' });
    expect((await activeInStage(p.stage('opportunities').id)).map((i) => i.title)).toEqual(['Invoices in the customer’s language', 'Already there']);
    expect((await transitionsOf(followUp.id)).map((t) => t.kind)).toEqual(['create']);
    await undo(p.productId);
    const after = await dataOnly();
    // The follow-up is a tombstone now (undoing a creation keeps one): everything else is as before.
    expect(must(after.initiatives.find((i) => i.id === followUp.id)).deletedAt).not.toBeNull();
    expect({ ...after, initiatives: after.initiatives.filter((i) => i.id !== followUp.id) }).toEqual(before);
    await expectCommandError(() => createFollowUp(source.id, ''), 'invalid');
  });
});
