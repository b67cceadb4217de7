import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { closeInitiative, createInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { addKeyResult, createObjective, deleteObjective, editKeyResult, editObjective, linkInitiative, removeKeyResult } from '../../../src/db/objective-commands';
import { activeInStage } from '../../../src/db/queries';
import { scoreInitiative, sortStageByScore } from '../../../src/db/score-commands';
import { editStrategy, setMatrixThresholds, setScoring } from '../../../src/db/strategy-commands';
import { strategyCardContext } from '../../../src/db/strategy-card-queries';
import { objectiveOf, objectives, strategyOf } from '../../../src/db/strategy-queries';
import { undo } from '../../../src/db/undo';
import { advance, expectCommandError, freshDb, makeProduct, snapshot, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const Q3 = { kind: 'quarter', year: 2025, quarter: 3 } as const;
const dataOnly = async () => ({ ...(await snapshot()), activity: undefined });
const titles = async (stageId: string) => (await activeInStage(stageId)).map((c) => c.title);

describe('the product’s strategy', () => {
  it('reads empty until written, then edits field by field; typing moments apart undoes as one', async () => {
    expect(await strategyOf(p.productId)).toMatchObject({ vision: '', competitors: [], northStar: { metric: '', current: null, target: null }, scoring: 'rice' });
    const before = await dataOnly();
    await editStrategy(p.productId, { vision: 'One place for recurring work' });
    advance(1000);
    await editStrategy(p.productId, {
      vision: 'One place for recurring work',
      competitors: [{ id: 'c1', name: ' Trello ', note: 'Free to start' }],
      northStar: { metric: 'Weekly active teams', current: 1240, target: 2000 },
    });
    expect(await strategyOf(p.productId)).toMatchObject({
      vision: 'One place for recurring work',
      segments: '',
      competitors: [{ id: 'c1', name: 'Trello', note: 'Free to start' }],
      northStar: { metric: 'Weekly active teams', current: 1240, target: 2000 },
    });
    expect((await db.activity.toArray()).filter((a) => a.command === 'editStrategy')).toHaveLength(1);
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });

  it('changes only the fields given, and of the north star only the figures given', async () => {
    await editStrategy(p.productId, { northStar: { metric: 'Weekly active teams' } });
    await editStrategy(p.productId, { vision: 'One place for recurring work', northStar: { target: 2000 } });
    await editStrategy(p.productId, { northStar: { current: 1240 } });
    expect(await strategyOf(p.productId)).toMatchObject({ vision: 'One place for recurring work', northStar: { metric: 'Weekly active teams', current: 1240, target: 2000 } });
    const error = await expectCommandError(() => editStrategy(p.productId, { northStar: { target: Number.NaN } }), 'invalid');
    expect(error).toMatchObject({ fields: { northStarTarget: 'errors.numberInvalid' } });
  });

  it('writes nothing for a save that changes nothing, even of fields never written', async () => {
    const before = await snapshot();
    await editStrategy(p.productId, { vision: '', segments: '', competitors: [], northStar: { metric: '', current: null, target: null } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad fields and a missing product, writing nothing', async () => {
    const before = await snapshot();
    const error = await expectCommandError(
      () => editStrategy(p.productId, { competitors: [{ id: 'c1', name: '', note: 'Cheaper' }], northStar: { metric: 'x', current: Number.NaN, target: null } }),
      'invalid',
    );
    expect(error).toMatchObject({ fields: { 'competitor:c1': 'errors.competitorNameRequired', northStarCurrent: 'errors.numberInvalid' } });
    await expectCommandError(() => editStrategy('nope', { vision: 'x' }), 'productMissing');
    await expectCommandError(() => setScoring(p.productId, 'wsjf' as never), 'valueInvalid');
    expect(await snapshot()).toEqual(before);
  });

  it('sets the matrix’s lines for the current framework only, refuses bad ones, and goes back to the medians, undoably', async () => {
    const before = await snapshot();
    await expectCommandError(() => setMatrixThresholds(p.productId, { value: -1, effort: 2 }), 'invalid');
    expect(await snapshot()).toEqual(before);
    await setMatrixThresholds(p.productId, { value: 300, effort: 4 });
    await setScoring(p.productId, 'ice');
    await setMatrixThresholds(p.productId, { value: 30, effort: 5 });
    expect((await db.products.get(p.productId))?.matrixThresholds).toEqual({ rice: { value: 300, effort: 4 }, ice: { value: 30, effort: 5 } });
    await setMatrixThresholds(p.productId, null);
    expect((await db.products.get(p.productId))?.matrixThresholds).toEqual({ rice: { value: 300, effort: 4 } });
    await undo(p.productId);
    expect((await db.products.get(p.productId))?.matrixThresholds?.ice).toEqual({ value: 30, effort: 5 });
  });

  it('switches the scoring framework, undoably', async () => {
    await setScoring(p.productId, 'ice');
    expect((await strategyOf(p.productId))?.scoring).toBe('ice');
    const count = await db.activity.count();
    await setScoring(p.productId, 'ice');
    expect(await db.activity.count()).toBe(count);
    await undo(p.productId);
    expect((await strategyOf(p.productId))?.scoring).toBe('rice');
  });
});

describe('objectives and key results', () => {
  it('creates an objective, adds, edits and removes key results', async () => {
    const objective = await createObjective(p.productId, { title: ' Activation ', period: Q3 });
    expect(objective).toMatchObject({ productId: p.productId, title: 'Activation', period: Q3, keyResults: [], deletedAt: null });
    const kr = await addKeyResult(objective.id, { metric: 'Invites (%)', baseline: 48, target: 70 });
    expect(kr).toMatchObject({ metric: 'Invites (%)', baseline: 48, target: 70, current: null });
    advance(1000);
    await editKeyResult(objective.id, kr.id, { current: 50 });
    advance(1000);
    const edited = await editKeyResult(objective.id, kr.id, { current: 55 });
    // Typed by hand, a current value is a dated reading; typed again moments later, it corrects that reading.
    expect(edited).toMatchObject({ current: 55, history: [{ value: 55, at: expect.any(Number) }] });
    expect(edited.history![0]!.initiativeId).toBeUndefined();
    advance(60 * 60 * 1000);
    expect((await editKeyResult(objective.id, kr.id, { current: 58 })).history!.map((r) => r.value)).toEqual([55, 58]);
    await undo(p.productId);
    // The two edits moments apart undo as one, back to the key result as added.
    await undo(p.productId);
    expect((await db.objectives.get(objective.id))?.keyResults).toEqual([kr]);
    const second = await addKeyResult(objective.id, { metric: 'Imports (%)' });
    await removeKeyResult(objective.id, kr.id);
    expect((await db.objectives.get(objective.id))?.keyResults).toEqual([second]);
    await editObjective(objective.id, { title: 'Activation in week one', period: { kind: 'custom', start: '2025-07-01', end: '2025-12-31' } });
    expect(await db.objectives.get(objective.id)).toMatchObject({ title: 'Activation in week one', period: { kind: 'custom', start: '2025-07-01', end: '2025-12-31' } });
  });

  it('refuses a blank title, a bad period, a key result without metric or with a wrong value, writing nothing', async () => {
    const objective = await createObjective(p.productId, { title: 'Activation', period: Q3 });
    const kr = await addKeyResult(objective.id, { metric: 'Invites (%)' });
    const before = await snapshot();
    expect(await expectCommandError(() => createObjective(p.productId, { title: ' ', period: { kind: 'quarter', year: 2025, quarter: 5 as never } }), 'invalid')).toMatchObject({
      fields: { title: 'errors.objectiveTitleRequired', quarter: 'errors.valueInvalid' },
    });
    expect(await expectCommandError(() => editObjective(objective.id, { period: { kind: 'custom', start: '2025-09-01', end: '2025-08-01' } }), 'invalid')).toMatchObject({
      fields: { end: 'errors.periodEndBeforeStart' },
    });
    expect(await expectCommandError(() => addKeyResult(objective.id, { metric: '' }), 'invalid')).toMatchObject({ fields: { metric: 'errors.keyResultMetricRequired' } });
    expect(await expectCommandError(() => editKeyResult(objective.id, kr.id, { target: Number.NaN }), 'invalid')).toMatchObject({ fields: { target: 'errors.numberInvalid' } });
    await expectCommandError(() => editKeyResult(objective.id, 'nope', { current: 1 }), 'keyResultMissing');
    await expectCommandError(() => removeKeyResult(objective.id, 'nope'), 'keyResultMissing');
    await expectCommandError(() => createObjective('nope', { title: 'x', period: Q3 }), 'productMissing');
    await expectCommandError(() => editObjective('nope', { title: 'x' }), 'objectiveMissing');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps an objective to 10 key results', async () => {
    const objective = await createObjective(p.productId, { title: 'Activation', period: Q3 });
    for (let i = 0; i < 10; i++) await addKeyResult(objective.id, { metric: `KR ${i}` });
    await expectCommandError(() => addKeyResult(objective.id, { metric: 'One too many' }), 'tooManyKeyResults');
  });

  it('deletes an objective with a tombstone: its initiatives read as serving none, and undo brings the link back', async () => {
    const objective = await createObjective(p.productId, { title: 'Activation', period: Q3 });
    const initiative = await createInitiative(p.stage('opportunities').id, { title: 'Onboarding' });
    await linkInitiative(initiative.id, objective.id, null);
    await deleteObjective(objective.id);
    expect(await objectives(p.productId)).toEqual([]);
    expect(await objectiveOf(initiative.id)).toBeNull();
    expect((await strategyCardContext(p.productId)).objectiveTitles.size).toBe(0);
    await expectCommandError(() => linkInitiative(initiative.id, objective.id, null), 'objectiveMissing');
    await undo(p.productId);
    expect((await objectiveOf(initiative.id))?.objective.title).toBe('Activation');
  });
});

describe('linking initiatives', () => {
  it('links an initiative to an objective and a key result, and lists it under the objective across lanes', async () => {
    const objective = await createObjective(p.productId, { title: 'Activation', period: Q3 });
    const kr = await addKeyResult(objective.id, { metric: 'Invites (%)' });
    const strategyCard = await createInitiative(p.stage('framing').id, { title: 'Onboarding' });
    const deliveryCard = await createInitiative(p.stage('ready').id, { title: 'Import' });
    const closedCard = await createInitiative(p.stage('opportunities').id, { title: 'Old idea' });
    const firstCard = await createInitiative(p.stage('opportunities').id, { title: 'Invite flow' });
    for (const card of [deliveryCard, closedCard, strategyCard, firstCard]) await linkInitiative(card.id, objective.id, null);
    await linkInitiative(strategyCard.id, objective.id, kr.id);
    await closeInitiative(closedCard.id, 'parked', 'Later');
    expect(await objectiveOf(strategyCard.id)).toEqual({ objective: await db.objectives.get(objective.id), keyResult: kr });
    const [row] = await objectives(p.productId);
    expect(row!.initiatives.map((i) => [i.initiative.title, i.stage?.defaultKey])).toEqual([
      ['Invite flow', 'opportunities'],
      ['Onboarding', 'framing'],
      ['Import', 'ready'],
      ['Old idea', 'opportunities'],
    ]);
    expect((await strategyCardContext(p.productId)).objectiveTitles.get(objective.id)).toBe('Activation');
    // A key result removed later reads as none; the initiative still serves the objective.
    await removeKeyResult(objective.id, kr.id);
    expect(await objectiveOf(strategyCard.id)).toMatchObject({ keyResult: null });
    await linkInitiative(strategyCard.id, null, null);
    expect(await objectiveOf(strategyCard.id)).toBeNull();
    expect(await db.initiatives.get(strategyCard.id)).toMatchObject({ objectiveId: null, keyResultId: null });
  });

  it('refuses an objective of another product, a key result of another objective, and a missing initiative, writing nothing', async () => {
    const other = await makeProduct('Other');
    const theirs = await createObjective(other.productId, { title: 'Theirs', period: Q3 });
    const ours = await createObjective(p.productId, { title: 'Ours', period: Q3 });
    const theirKr = await addKeyResult(theirs.id, { metric: 'Theirs' });
    const initiative = await createInitiative(p.stage('opportunities').id, { title: 'Onboarding' });
    const before = await snapshot();
    await expectCommandError(() => linkInitiative(initiative.id, theirs.id, null), 'otherProduct');
    await expectCommandError(() => linkInitiative(initiative.id, ours.id, theirKr.id), 'keyResultMissing');
    await expectCommandError(() => linkInitiative('nope', ours.id, null), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('scores', () => {
  it('stores inputs per framework, a missing input as null; typing moments apart undoes as one', async () => {
    const initiative = await createInitiative(p.stage('opportunities').id, { title: 'Onboarding' });
    const before = await dataOnly();
    await scoreInitiative(initiative.id, 'rice', { reach: 400 });
    advance(1000);
    const scored = await scoreInitiative(initiative.id, 'rice', { reach: 400, impact: 2, confidence: 80, effort: 3 });
    expect(scored.score).toEqual({ rice: { reach: 400, impact: 2, confidence: 80, effort: 3 } });
    const both = await scoreInitiative(initiative.id, 'ice', { impact: 8, confidence: 6, ease: 5 });
    expect(both.score).toEqual({ rice: { reach: 400, impact: 2, confidence: 80, effort: 3 }, ice: { impact: 8, confidence: 6, ease: 5 } });
    // Scoring one initiative moments apart is one step, whichever inputs were typed.
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });

  it('changes only the inputs given: one another tab saved meanwhile keeps its value', async () => {
    const initiative = await createInitiative(p.stage('opportunities').id, { title: 'Onboarding' });
    await scoreInitiative(initiative.id, 'rice', { reach: 400, impact: 2 });
    await scoreInitiative(initiative.id, 'rice', { confidence: 80 });
    const scored = await scoreInitiative(initiative.id, 'rice', { effort: 3, impact: null });
    expect(scored.score).toEqual({ rice: { reach: 400, impact: null, confidence: 80, effort: 3 } });
  });

  it('refuses an effort of 0, a negative reach and an unknown framework, writing nothing', async () => {
    const initiative = await createInitiative(p.stage('opportunities').id, { title: 'Onboarding' });
    const before = await snapshot();
    expect(await expectCommandError(() => scoreInitiative(initiative.id, 'rice', { reach: -5, effort: 0 }), 'invalid')).toMatchObject({
      fields: { reach: 'errors.reachInvalid', effort: 'errors.effortInvalid' },
    });
    expect(await expectCommandError(() => scoreInitiative(initiative.id, 'ice', { ease: 11 }), 'invalid')).toMatchObject({ fields: { ease: 'errors.iceInvalid' } });
    await expectCommandError(() => scoreInitiative(initiative.id, 'wsjf' as never, {}), 'valueInvalid');
    await expectCommandError(() => scoreInitiative('nope', 'rice', { reach: 1 }), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('sorting a stage by score', () => {
  async function stageWithCards() {
    const stageId = p.stage('opportunities').id;
    const low = await createInitiative(stageId, { title: 'Low' });
    const none = await createInitiative(stageId, { title: 'Unscored' });
    const high = await createInitiative(stageId, { title: 'High' });
    const mid = await createInitiative(stageId, { title: 'Mid' });
    await scoreInitiative(low.id, 'rice', { reach: 10, impact: 1, confidence: 100, effort: 1 });
    await scoreInitiative(high.id, 'rice', { reach: 1000, impact: 3, confidence: 80, effort: 2 });
    await scoreInitiative(mid.id, 'rice', { reach: 100, impact: 2, confidence: 50, effort: 1 });
    advance(10_000);
    return { stageId, low, none, high, mid };
  }

  it('re-orders the cards once, the highest score first and the unscored last; undo puts them back', async () => {
    const { stageId } = await stageWithCards();
    const before = await dataOnly();
    expect(await titles(stageId)).toEqual(['Low', 'Unscored', 'High', 'Mid']);
    expect(await sortStageByScore(stageId)).toEqual({ framework: 'rice', changed: true, scored: 3, unscored: 1 });
    expect(await titles(stageId)).toEqual(['High', 'Mid', 'Low', 'Unscored']);
    // One undo step for the whole sort.
    await undo(p.productId);
    expect(await dataOnly()).toEqual(before);
  });

  it('is a one-off: a card moved by hand afterwards stays where it was put', async () => {
    const { stageId, low, high } = await stageWithCards();
    await sortStageByScore(stageId);
    await moveInitiative(low.id, stageId, null, high.id);
    expect(await titles(stageId)).toEqual(['Low', 'High', 'Mid', 'Unscored']);
  });

  it('writes nothing when the stage is already in order or has no score, and follows the product’s framework', async () => {
    const { stageId, none } = await stageWithCards();
    await sortStageByScore(stageId);
    const count = await db.activity.count();
    expect(await sortStageByScore(stageId)).toMatchObject({ changed: false, scored: 3 });
    expect(await sortStageByScore(p.stage('framing').id)).toEqual({ framework: 'rice', changed: false, scored: 0, unscored: 0 });
    expect(await db.activity.count()).toBe(count);
    await setScoring(p.productId, 'ice');
    await scoreInitiative(none.id, 'ice', { impact: 2, confidence: 2, ease: 2 });
    expect(await sortStageByScore(stageId)).toEqual({ framework: 'ice', changed: true, scored: 1, unscored: 3 });
    expect(await titles(stageId)).toEqual(['Unscored', 'High', 'Mid', 'Low']);
  });

  it('refuses a stage outside Strategy and a missing one, writing nothing', async () => {
    await createInitiative(p.stage('exploring').id, { title: 'Exploring' });
    const before = await snapshot();
    await expectCommandError(() => sortStageByScore(p.stage('exploring').id), 'sortNotStrategy');
    await expectCommandError(() => sortStageByScore('nope'), 'stageMissing');
    expect(await snapshot()).toEqual(before);
  });
});
