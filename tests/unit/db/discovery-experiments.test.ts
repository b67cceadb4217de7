import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { concludeExperiment, deleteExperiment, editExperiment, planExperiment, startExperiment } from '../../../src/db/experiment-commands';
import { setHypothesisStatus } from '../../../src/db/hypothesis-commands';
import { experimentsOf, hypothesis, statusHistory } from '../../../src/db/discovery-queries';
import { redo, undo } from '../../../src/db/undo';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';
import { advance, expectCommandError, freshDb, must, snapshot, T0 } from './helpers';
import { EXPERIMENT, newExperiment, newHypothesis, world } from './discovery-helpers';

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

async function refusedWithoutWrites(command: () => Promise<unknown>, code: string) {
  const before = await snapshot();
  const error = await expectCommandError(command, code);
  expect(await snapshot()).toEqual(before);
  return error;
}

const RESULT = { observed: '10 of 12 sent a file', learned: 'The need is real', decision: 'validated' as const, nextStep: 'Build the upload' };

async function hypothesisWithExperiment() {
  const w = await world();
  const h = await newHypothesis(w.initiativeId);
  const e = await newExperiment(h.id);
  return { ...w, h, e };
}

describe('planExperiment', () => {
  it('plans from the test card and leaves a draft hypothesis as it is', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const e = await planExperiment(h.id, BUILTIN_IDS.testCard, 'fr', { ...EXPERIMENT, owner: ' Léa ' });
    expect(e).toMatchObject({
      productId,
      initiativeId,
      hypothesisId: h.id,
      ...EXPERIMENT,
      owner: 'Léa',
      status: 'planned',
      observed: '',
      learned: '',
      decision: null,
      nextStep: '',
      createdAt: T0,
      updatedAt: T0,
      concludedAt: null,
      deletedAt: null,
    });
    expect(e.content).toEqual(instantiate(must(builtInTemplate(BUILTIN_IDS.testCard, 'fr'))));
    expect((await statusHistory(e.id)).map((c) => [c.subject, c.from, c.to])).toEqual([['experiment', null, 'planned']]);
    expect(await hypothesis(h.id)).toEqual(h);
    expect(await statusHistory(h.id)).toHaveLength(1);
    expect(await experimentsOf(h.id)).toEqual([e]);
  });

  it('accepts no deadline', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    expect((await newExperiment(h.id, { deadline: '' })).deadline).toBe('');
  });

  it('refuses bad fields, a wrong template and a missing hypothesis, writing nothing', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const bad = (await refusedWithoutWrites(() => newExperiment(h.id, { method: 'magic' as never, deadline: '31/01/2025', measure: 'm'.repeat(2001) }), 'invalid')) as ValidationError;
    expect(bad.fields).toEqual({ method: 'errors.valueInvalid', deadline: 'errors.dateInvalid', measure: 'errors.longTextTooLong' });
    await refusedWithoutWrites(() => planExperiment(h.id, BUILTIN_IDS.hypothesis, 'en', EXPERIMENT), 'templateMissing');
    await refusedWithoutWrites(() => newExperiment('nope'), 'hypothesisMissing');
  });
});

describe('startExperiment', () => {
  it('runs the experiment and puts a draft hypothesis in testing, in one command', async () => {
    const { productId, h, e } = await hypothesisWithExperiment();
    const entries = await db.activity.count();
    advance(1000);
    const started = await startExperiment(e.id);
    expect(started).toMatchObject({ status: 'running', updatedAt: T0 + 1000 });
    expect(must(await hypothesis(h.id))).toMatchObject({ status: 'testing', statusChangedAt: T0 + 1000 });
    expect((await statusHistory(e.id)).map((c) => [c.from, c.to])).toEqual([[null, 'planned'], ['planned', 'running']]);
    expect((await statusHistory(h.id)).map((c) => [c.from, c.to])).toEqual([[null, 'draft'], ['draft', 'testing']]);
    expect(await db.activity.count()).toBe(entries + 1);

    await undo(productId);
    expect(await hypothesis(h.id)).toEqual(h);
    expect(must(await db.experiments.get(e.id))).toEqual(e);
    expect(await statusHistory(e.id)).toHaveLength(1);
    expect(await statusHistory(h.id)).toHaveLength(1);
    await redo(productId);
    expect(must(await hypothesis(h.id)).status).toBe('testing');
  });

  it('leaves a hypothesis already in testing or decided as it is', async () => {
    const { h, e } = await hypothesisWithExperiment();
    await setHypothesisStatus(h.id, 'testing');
    await setHypothesisStatus(h.id, 'validated');
    const before = must(await hypothesis(h.id));
    await startExperiment(e.id);
    expect(await hypothesis(h.id)).toEqual(before);
    const second = await newExperiment(h.id);
    await setHypothesisStatus(h.id, 'testing');
    const testing = must(await hypothesis(h.id));
    await startExperiment(second.id);
    expect(await hypothesis(h.id)).toEqual(testing);
  });

  it('starts an experiment once', async () => {
    const { e } = await hypothesisWithExperiment();
    await startExperiment(e.id);
    await refusedWithoutWrites(() => startExperiment(e.id), 'experimentAlreadyStarted');
    await concludeExperiment(e.id, RESULT);
    await refusedWithoutWrites(() => startExperiment(e.id), 'experimentAlreadyStarted');
    await refusedWithoutWrites(() => startExperiment('nope'), 'experimentMissing');
  });
});

describe('concludeExperiment', () => {
  it('records the learning card and proposes the decision without changing the hypothesis', async () => {
    const { productId, h, e } = await hypothesisWithExperiment();
    await startExperiment(e.id);
    const testing = must(await hypothesis(h.id));
    advance(5000);
    const { experiment, proposed } = await concludeExperiment(e.id, { ...RESULT, decision: 'invalidated' });
    expect(proposed).toBe('invalidated');
    expect(experiment).toMatchObject({ ...RESULT, decision: 'invalidated', status: 'concluded', concludedAt: T0 + 5000, updatedAt: T0 + 5000 });
    expect(must(await db.experiments.get(e.id))).toEqual(experiment);
    expect(await hypothesis(h.id)).toEqual(testing);
    expect((await statusHistory(e.id)).map((c) => c.to)).toEqual(['planned', 'running', 'concluded']);

    // The user confirms the proposal.
    expect((await setHypothesisStatus(h.id, proposed)).status).toBe('invalidated');
    await undo(productId);
    await undo(productId);
    expect(must(await db.experiments.get(e.id)).status).toBe('running');
  });

  it('concludes only a running experiment, once, with a decision', async () => {
    const { e } = await hypothesisWithExperiment();
    await refusedWithoutWrites(() => concludeExperiment(e.id, RESULT), 'experimentNotRunning');
    await startExperiment(e.id);
    const bad = (await refusedWithoutWrites(() => concludeExperiment(e.id, { ...RESULT, decision: 'testing' as never }), 'invalid')) as ValidationError;
    expect(bad.fields).toEqual({ decision: 'errors.decisionRequired' });
    const missing = (await refusedWithoutWrites(() => concludeExperiment(e.id, { observed: '', learned: '', nextStep: '' } as never), 'invalid')) as ValidationError;
    expect(missing.fields).toEqual({ decision: 'errors.decisionRequired' });
    await concludeExperiment(e.id, RESULT);
    await refusedWithoutWrites(() => concludeExperiment(e.id, RESULT), 'experimentAlreadyConcluded');
    await refusedWithoutWrites(() => concludeExperiment('nope', RESULT), 'experimentMissing');
  });
});

describe('editExperiment', () => {
  it('edits the test card and merges answers; moments-apart edits undo as one', async () => {
    const { productId, e } = await hypothesisWithExperiment();
    advance(1000);
    const edited = await editExperiment(e.id, { measure: 'files in 24 h', answers: { 'test.cost': 2 } });
    expect(edited).toMatchObject({ measure: 'files in 24 h', status: 'planned', updatedAt: T0 + 1000 });
    expect(edited.content.answers).toEqual({ ...e.content.answers, 'test.cost': 2 });
    advance(1000);
    await editExperiment(e.id, { answers: { 'test.reliability': 4 }, deadline: '2025-03-01' });
    expect(must(await db.experiments.get(e.id)).content.answers).toMatchObject({ 'test.cost': 2, 'test.reliability': 4 });
    await undo(productId);
    expect(must(await db.experiments.get(e.id))).toEqual(e);
  });

  it('corrects the learning card only once concluded', async () => {
    const { e } = await hypothesisWithExperiment();
    await refusedWithoutWrites(() => editExperiment(e.id, { learned: 'early' }), 'experimentNotConcluded');
    // A form that sends the empty learning card back with the test card is fine.
    expect(await editExperiment(e.id, { learned: '', observed: '', measure: 'files in 24 h' })).toMatchObject({ measure: 'files in 24 h', learned: '' });
    await startExperiment(e.id);
    await refusedWithoutWrites(() => editExperiment(e.id, { decision: 'validated' }), 'experimentNotConcluded');
    await concludeExperiment(e.id, RESULT);
    expect(await editExperiment(e.id, { learned: 'The need is urgent', decision: 'inconclusive' })).toMatchObject({ learned: 'The need is urgent', decision: 'inconclusive' });
  });

  it('refuses bad fields and answers, writing nothing, and writes nothing for no change', async () => {
    const { e } = await hypothesisWithExperiment();
    const bad = (await refusedWithoutWrites(() => editExperiment(e.id, { deadline: 'soon', answers: { 'test.cost': 'cheap' } }), 'invalid')) as ValidationError;
    expect(bad.fields).toEqual({ deadline: 'errors.dateInvalid' });
    const answers = (await refusedWithoutWrites(() => editExperiment(e.id, { answers: { 'test.cost': 'cheap' } }), 'invalid')) as ValidationError;
    expect(answers.fields).toEqual({ 'test.cost': 'errors.valueInvalid' });
    const before = await snapshot();
    await editExperiment(e.id, { measure: e.measure });
    expect(await snapshot()).toEqual(before);
    await refusedWithoutWrites(() => editExperiment('nope', { measure: 'x' }), 'experimentMissing');
  });
});

describe('deleteExperiment', () => {
  it('tombstones it; undo brings it back', async () => {
    const { productId, h, e } = await hypothesisWithExperiment();
    advance(1000);
    expect(await deleteExperiment(e.id)).toMatchObject({ deletedAt: T0 + 1000 });
    expect(await experimentsOf(h.id)).toEqual([]);
    await refusedWithoutWrites(() => deleteExperiment(e.id), 'experimentMissing');
    await refusedWithoutWrites(() => startExperiment(e.id), 'experimentMissing');
    await undo(productId);
    expect(await experimentsOf(h.id)).toEqual([e]);
  });
});
