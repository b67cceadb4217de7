import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeInitiative, createInitiative } from '../../../src/db/initiative-commands';
import { addKeyResult, createObjective, deleteObjective, linkInitiative } from '../../../src/db/objective-commands';
import { createFollowUp, recordOutcome } from '../../../src/db/outcome-commands';
import { activeInStage, liveInitiative, transitionsOf } from '../../../src/db/queries';
import { undo } from '../../../src/db/undo';
import { db } from '../../../src/db/db';
import { outcomeVerdict, type OutcomeFields } from '../../../src/domain/delivery/outcome';
import { objectiveProgress } from '../../../src/domain/strategy/key-results';
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

describe('the key result an outcome measures', () => {
  const METRIC = 'Deals lost in security reviews, per quarter';
  async function linkedCard() {
    const objective = await createObjective(p.productId, { title: 'Customers stay', period: { kind: 'quarter', year: 2025, quarter: 1 } });
    const kr = await addKeyResult(objective.id, { metric: METRIC, baseline: 6, target: 0, current: 3 });
    const card = await createInitiative(p.stage('released').id, { title: 'Two-factor authentication' });
    await linkInitiative(card.id, objective.id, kr.id);
    advance(1000);
    return { objective, kr, card };
  }
  const keyResultOf = async (objectiveId: string) => must(await db.objectives.get(objectiveId)).keyResults[0]!;

  it('takes the actual value as its current value, dated in its history, and the objective’s progress follows', async () => {
    const { objective, card } = await linkedCard();
    // (3 − 6) ÷ (0 − 6) = 50 %
    expect(objectiveProgress([await keyResultOf(objective.id)])).toBe(50);
    await recordOutcome(card.id, { metric: METRIC, direction: 'decrease', baseline: 6, target: 0, actual: 2 });
    const kr = await keyResultOf(objective.id);
    expect(kr).toMatchObject({ current: 2, history: [{ at: Date.now(), value: 2, initiativeId: card.id }] });
    expect(objectiveProgress([kr])).toBeCloseTo(66.667, 3);
    advance(1000);
    // A conclusion typed later changes no figure: the key result keeps its one reading.
    await recordOutcome(card.id, { conclusion: 'Security reviews pass.' });
    expect((await keyResultOf(objective.id)).history).toHaveLength(1);
  });

  it('is taken back with the outcome by one undo', async () => {
    const { objective, card } = await linkedCard();
    const before = await dataOnly();
    await recordOutcome(card.id, { metric: METRIC, direction: 'decrease', actual: 1 });
    expect((await keyResultOf(objective.id)).current).toBe(1);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });

  it('is left alone by an outcome of another metric, without an actual value, or once its objective is deleted', async () => {
    const { objective, card } = await linkedCard();
    const unchanged = await keyResultOf(objective.id);
    await recordOutcome(card.id, { ...OUTCOME, actual: 2 });
    await recordOutcome(card.id, { metric: METRIC, actual: null });
    expect(await keyResultOf(objective.id)).toEqual(unchanged);
    await deleteObjective(objective.id);
    await recordOutcome(card.id, { actual: 1 });
    expect(await keyResultOf(objective.id)).toEqual(unchanged);
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

  it('carries the objective, key result and segment it served, and what was learned as its problem', async () => {
    const objective = await createObjective(p.productId, { title: 'Customers stay', period: { kind: 'quarter', year: 2025, quarter: 1 } });
    const kr = await addKeyResult(objective.id, { metric: 'Deals lost in security reviews, per quarter', baseline: 6, target: 0 });
    const source = await createInitiative(p.stage('released').id, { title: 'Two-factor authentication', segment: 'B2B' });
    await linkInitiative(source.id, objective.id, kr.id);
    const learned = 'Deals lost: from 6 to 3 against a target of 0. Reviews now ask for SSO.';
    const followUp = await createFollowUp(source.id, 'Single sign-on', learned);
    expect(followUp).toMatchObject({ objectiveId: objective.id, keyResultId: kr.id, segment: 'B2B', problem: learned, followUpOf: source.id });
    // A deleted objective is not carried over: the follow-up would serve nothing.
    await deleteObjective(objective.id);
    expect(await createFollowUp(source.id, 'Passkeys')).toMatchObject({ objectiveId: null, keyResultId: null, problem: '' });
  });
});
