import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { concludeExperiment, deleteExperiment, startExperiment } from '../../../src/db/experiment-commands';
import { deleteHypothesis, editHypothesis, logHypothesis, rescoreHypothesis, setHypothesisStatus } from '../../../src/db/hypothesis-commands';
import { closeInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import { linkEvidence } from '../../../src/db/interview-commands';
import { evidenceOfHypothesis, experimentsOf, hypothesesOf, hypothesis, statusHistory } from '../../../src/db/discovery-queries';
import { createTemplate, deleteTemplate } from '../../../src/db/template-commands';
import { redo, undo } from '../../../src/db/undo';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';
import { advance, expectCommandError, freshDb, must, snapshot, T0 } from './helpers';
import { dataOnly, HYPOTHESIS, newExperiment, newHypothesis, newInterview, world } from './discovery-helpers';

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

describe('logHypothesis', () => {
  it('logs a draft from the template, with its first status change', async () => {
    const { productId, initiativeId } = await world();
    const h = await logHypothesis(initiativeId, BUILTIN_IDS.hypothesis, 'en', { ...HYPOTHESIS, persona: '  office managers  ' });
    expect(h).toMatchObject({
      productId,
      initiativeId,
      ...HYPOTHESIS,
      persona: 'office managers',
      status: 'draft',
      learning: '',
      createdAt: T0,
      updatedAt: T0,
      statusChangedAt: T0,
      deletedAt: null,
    });
    expect(h.content).toEqual(instantiate(must(builtInTemplate(BUILTIN_IDS.hypothesis, 'en'))));
    expect(await db.hypotheses.get(h.id)).toEqual(h);
    expect(await statusHistory(h.id)).toEqual([{ id: expect.any(String), productId, subjectId: h.id, subject: 'hypothesis', from: null, to: 'draft', at: T0, note: '' }]);
    const last = must(await db.activity.orderBy('id').last());
    expect(last).toMatchObject({ command: 'logHypothesis', productId, label: HYPOTHESIS.belief, state: 'done' });
  });

  it('starts from the template in the language asked, or from a team’s own template', async () => {
    const { initiativeId } = await world();
    const fr = await logHypothesis(initiativeId, BUILTIN_IDS.hypothesis, 'fr', HYPOTHESIS);
    expect(fr.content.template.templateName).toBe(must(builtInTemplate(BUILTIN_IDS.hypothesis, 'fr')).name);
    const body = { description: '', sections: [{ id: 'extra', title: 'Extra', intro: '', items: [{ id: 'why', kind: 'field' as const, label: 'Why?', type: 'longText' as const, help: '', options: [] }] }], timebox: { kind: 'none' as const }, outputs: [] };
    const custom = await createTemplate('hypothesis', 'Ours', body);
    const h = await logHypothesis(initiativeId, custom.id, 'en', HYPOTHESIS);
    expect(h.content.template).toMatchObject({ templateId: custom.id, templateVersion: 1, templateName: 'Ours' });
    expect(h.content.answers).toEqual({ why: '' });
  });

  it('refuses a deleted template, or one of another family, and writes nothing', async () => {
    const { initiativeId } = await world();
    const custom = await createTemplate('hypothesis', 'Ours', { description: '', sections: [{ id: 's', title: 'S', intro: '', items: [] }], timebox: { kind: 'none' }, outputs: [] });
    await deleteTemplate(custom.id);
    await refusedWithoutWrites(() => logHypothesis(initiativeId, custom.id, 'en', HYPOTHESIS), 'templateMissing');
    await refusedWithoutWrites(() => logHypothesis(initiativeId, BUILTIN_IDS.testCard, 'en', HYPOTHESIS), 'templateMissing');
    await refusedWithoutWrites(() => logHypothesis(initiativeId, 'nope', 'en', HYPOTHESIS), 'templateMissing');
  });

  it('requires a belief and keeps texts within their limits, field by field', async () => {
    const { initiativeId } = await world();
    const empty = await refusedWithoutWrites(() => newHypothesis(initiativeId, { belief: '   ' }), 'invalid');
    expect(empty).toBeInstanceOf(ValidationError);
    expect((empty as ValidationError).fields).toEqual({ belief: 'errors.beliefRequired' });
    const long = (await refusedWithoutWrites(() => newHypothesis(initiativeId, { belief: 'b'.repeat(2001), owner: 'o'.repeat(201), importance: 0 as never }), 'invalid')) as ValidationError;
    expect(long.fields).toEqual({ belief: 'errors.longTextTooLong', owner: 'errors.titleTooLong', importance: 'errors.scoreInvalid' });
  });

  it('needs a live initiative', async () => {
    const { initiativeId } = await world();
    await refusedWithoutWrites(() => newHypothesis('nope'), 'initiativeMissing');
    await deleteInitiative(initiativeId);
    await refusedWithoutWrites(() => newHypothesis(initiativeId), 'initiativeMissing');
  });

  it('may log on a closed initiative: learnings outlive it', async () => {
    const { initiativeId } = await world();
    await closeInitiative(initiativeId, 'killed', 'No');
    expect((await newHypothesis(initiativeId)).status).toBe('draft');
  });

  it('undoes as one step, the history row included', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    await undo(productId);
    expect(must(await db.hypotheses.get(h.id)).deletedAt).not.toBeNull();
    expect(await db.statusChanges.count()).toBe(0);
    await redo(productId);
    expect(await hypothesis(h.id)).toEqual(h);
    expect(await statusHistory(h.id)).toHaveLength(1);
  });
});

describe('editHypothesis', () => {
  it('edits fields and learning, merges answers, and never touches the status', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    advance(1000);
    const edited = await editHypothesis(h.id, {
      outcome: ' faster onboarding ',
      learning: 'They want it on day one.',
      answers: { 'statement.signal': 'imports' },
      ...({ status: 'validated', id: 'other', productId: 'x' } as object),
    });
    expect(edited).toMatchObject({ id: h.id, productId: h.productId, outcome: 'faster onboarding', learning: 'They want it on day one.', status: 'draft', updatedAt: T0 + 1000, statusChangedAt: T0 });
    expect(edited.content.answers).toEqual({ ...h.content.answers, 'statement.signal': 'imports' });
    const again = await editHypothesis(h.id, { answers: { 'assumption.importance': 5 } });
    expect(again.content.answers).toMatchObject({ 'statement.signal': 'imports', 'assumption.importance': 5 });
    expect(await statusHistory(h.id)).toHaveLength(1);
  });

  it('coalesces edits made moments apart into one undo step', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const entries = await db.activity.count();
    await editHypothesis(h.id, { belief: 'one' });
    advance(1000);
    await editHypothesis(h.id, { belief: 'one two' });
    advance(1000);
    await editHypothesis(h.id, { belief: 'one two three' });
    expect(await db.activity.count()).toBe(entries + 1);
    await undo(productId);
    expect(must(await hypothesis(h.id)).belief).toBe(HYPOTHESIS.belief);
    advance(10_000);
    await editHypothesis(h.id, { belief: 'later' });
    advance(10_000);
    await editHypothesis(h.id, { belief: 'much later' });
    expect(await db.activity.where('[productId+state]').equals([productId, 'done']).count()).toBe(entries + 2);
    await undo(productId);
    expect(must(await hypothesis(h.id)).belief).toBe('later');
  });

  it('writes nothing when nothing changes', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const before = await snapshot();
    advance(1000);
    expect(await editHypothesis(h.id, { belief: h.belief, owner: ` ${h.owner} `, answers: {} })).toEqual(h);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad fields, bad answers and missing hypotheses, writing nothing', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const bad = (await refusedWithoutWrites(() => editHypothesis(h.id, { belief: '', category: 'fun' as never }), 'invalid')) as ValidationError;
    expect(bad.fields).toEqual({ belief: 'errors.beliefRequired', category: 'errors.valueInvalid' });
    const answers = (await refusedWithoutWrites(() => editHypothesis(h.id, { answers: { nope: 'x', 'assumption.importance': 9 } }), 'invalid')) as ValidationError;
    expect(answers.fields).toEqual({ nope: 'errors.valueInvalid', 'assumption.importance': 'errors.valueInvalid' });
    await refusedWithoutWrites(() => editHypothesis('nope', { belief: 'x' }), 'hypothesisMissing');
    await deleteHypothesis(h.id);
    await refusedWithoutWrites(() => editHypothesis(h.id, { belief: 'x' }), 'hypothesisMissing');
  });
});

describe('setHypothesisStatus', () => {
  it('moves draft → testing → decided → testing, recording each change', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const testing = await setHypothesisStatus(h.id, 'testing');
    // The clock is frozen: history times still increase, one millisecond apart.
    expect(testing).toMatchObject({ status: 'testing', statusChangedAt: T0 + 1, updatedAt: T0 + 1 });
    advance(60_000);
    const validated = await setHypothesisStatus(h.id, 'validated', '  9 of 12 imported  ');
    expect(validated).toMatchObject({ status: 'validated', statusChangedAt: T0 + 60_000 });
    const retest = await setHypothesisStatus(h.id, 'testing');
    expect(retest.status).toBe('testing');
    const history = await statusHistory(h.id);
    expect(history.map((c) => [c.from, c.to, c.at - T0, c.note])).toEqual([
      [null, 'draft', 0, ''],
      ['draft', 'testing', 1, ''],
      ['testing', 'validated', 60_000, '9 of 12 imported'],
      ['validated', 'testing', 60_001, ''],
    ]);
    expect(history.every((c) => c.productId === productId && c.subject === 'hypothesis')).toBe(true);
  });

  it('refuses what the rules do not allow, writing nothing', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'validated'), 'statusNotAllowed');
    await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'draft'), 'statusNotAllowed');
    await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'done' as never), 'statusNotAllowed');
    await setHypothesisStatus(h.id, 'testing');
    await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'draft'), 'statusNotAllowed');
    await setHypothesisStatus(h.id, 'invalidated');
    await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'validated'), 'statusNotAllowed');
    const note = (await refusedWithoutWrites(() => setHypothesisStatus(h.id, 'testing', 'n'.repeat(2001)), 'invalid')) as ValidationError;
    expect(note.fields).toEqual({ note: 'errors.longTextTooLong' });
    await refusedWithoutWrites(() => setHypothesisStatus('nope', 'testing'), 'hypothesisMissing');
  });

  it('undoes the status and its history row together', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    await setHypothesisStatus(h.id, 'testing');
    await undo(productId);
    expect(await hypothesis(h.id)).toEqual(h);
    expect(await statusHistory(h.id)).toHaveLength(1);
  });
});

describe('rescoreHypothesis', () => {
  it('moves a hypothesis on the map; a run of moves undoes as one', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    advance(500);
    expect(await rescoreHypothesis(h.id, { importance: 5, evidence: 2 })).toMatchObject({ importance: 5, evidence: 2, updatedAt: T0 + 500 });
    advance(500);
    await rescoreHypothesis(h.id, { importance: 5, evidence: 3 });
    advance(500);
    await rescoreHypothesis(h.id, { importance: 5, evidence: 4 });
    expect(await db.activity.where('[productId+state]').equals([productId, 'done']).count()).toBe(4);
    await undo(productId);
    expect(await hypothesis(h.id)).toEqual(h);
  });

  it('writes nothing for the same place and refuses scores off the scale', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const before = await snapshot();
    await rescoreHypothesis(h.id, { importance: h.importance, evidence: h.evidence });
    expect(await snapshot()).toEqual(before);
    const error = (await refusedWithoutWrites(() => rescoreHypothesis(h.id, { importance: 6 as never, evidence: 2.5 as never }), 'invalid')) as ValidationError;
    expect(error.fields).toEqual({ importance: 'errors.scoreInvalid', evidence: 'errors.scoreInvalid' });
  });
});

describe('deleteHypothesis', () => {
  it('tombstones the hypothesis with its experiments and evidence; one undo brings all back', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const other = await newHypothesis(initiativeId, { belief: 'another' });
    const e1 = await newExperiment(h.id);
    const e2 = await newExperiment(h.id);
    const gone = await newExperiment(h.id);
    await deleteExperiment(gone.id);
    const keep = await newExperiment(other.id);
    const interview = await newInterview(productId, initiativeId);
    const ev = await linkEvidence(interview.id, h.id, 'supports', 'She typed 140 contacts');
    const evOther = await linkEvidence(interview.id, other.id, 'refutes', 'Messy headers');
    const goneAt = must(await db.experiments.get(gone.id)).deletedAt;
    const before = await snapshot();

    advance(1000);
    const deleted = await deleteHypothesis(h.id);
    expect(deleted).toMatchObject({ deletedAt: T0 + 1000, updatedAt: T0 + 1000 });
    expect(must(await db.experiments.get(e1.id)).deletedAt).toBe(T0 + 1000);
    expect(must(await db.experiments.get(e2.id)).deletedAt).toBe(T0 + 1000);
    expect(must(await db.experiments.get(gone.id)).deletedAt).toBe(goneAt);
    expect(must(await db.evidence.get(ev.id)).deletedAt).toBe(T0 + 1000);
    expect(must(await db.experiments.get(keep.id)).deletedAt).toBeNull();
    expect(must(await db.evidence.get(evOther.id)).deletedAt).toBeNull();
    expect(await hypothesis(h.id)).toBeNull();
    expect((await hypothesesOf(initiativeId)).map((x) => x.id)).toEqual([other.id]);
    expect(await experimentsOf(h.id)).toEqual([]);
    expect(await evidenceOfHypothesis(h.id)).toEqual([]);

    await undo(productId);
    expect(dataOnly(await snapshot())).toEqual(dataOnly(before));
    expect((await experimentsOf(h.id)).map((x) => x.id)).toEqual([e1.id, e2.id].sort());

    await redo(productId);
    expect(await hypothesis(h.id)).toBeNull();
  });

  it('refuses a missing or deleted hypothesis', async () => {
    const { initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    await deleteHypothesis(h.id);
    await refusedWithoutWrites(() => deleteHypothesis(h.id), 'hypothesisMissing');
  });

  it('keeps its experiments’ history in place for undo', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const e = await newExperiment(h.id);
    await startExperiment(e.id);
    await concludeExperiment(e.id, { observed: 'o', learned: 'l', decision: 'validated', nextStep: 'n' });
    await deleteHypothesis(h.id);
    expect(await statusHistory(e.id)).toHaveLength(3);
    await undo(productId);
    expect(must(await db.experiments.get(e.id)).status).toBe('concluded');
  });
});
