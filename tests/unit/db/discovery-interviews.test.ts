import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { deleteHypothesis } from '../../../src/db/hypothesis-commands';
import { createInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import { deleteInterview, editInterview, linkEvidence, recordInterview, unlinkEvidence } from '../../../src/db/interview-commands';
import { deleteProduct } from '../../../src/db/product-commands';
import { evidenceOfHypothesis, evidenceOfInterview, interview, interviewsOf } from '../../../src/db/discovery-queries';
import { redo, undo } from '../../../src/db/undo';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';
import { advance, expectCommandError, freshDb, must, snapshot, T0 } from './helpers';
import { dataOnly, INTERVIEW, newHypothesis, newInterview, world } from './discovery-helpers';

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

describe('recordInterview', () => {
  it('records the participant from the interview guide, for an initiative or for the product', async () => {
    const { productId, initiativeId } = await world();
    const i = await recordInterview(productId, BUILTIN_IDS.interview, 'en', { ...INTERVIEW, alias: '  Nadia ', initiativeId });
    expect(i).toMatchObject({
      productId,
      initiativeId,
      ...INTERVIEW,
      alias: 'Nadia',
      quote: '',
      story: '',
      opportunities: '',
      insights: '',
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
    });
    expect(i.content).toEqual(instantiate(must(builtInTemplate(BUILTIN_IDS.interview, 'en'))));
    expect(await interview(i.id)).toEqual(i);
    const forProduct = await newInterview(productId, null);
    expect(forProduct.initiativeId).toBeNull();
    expect(await db.statusChanges.count()).toBe(0);
    expect(must(await db.activity.orderBy('id').last())).toMatchObject({ command: 'recordInterview', productId, label: 'Nadia' });
  });

  it('requires an alias and a real date, field by field, writing nothing', async () => {
    const { productId } = await world();
    const error = (await refusedWithoutWrites(() => newInterview(productId, null, { alias: ' ', date: '2025-02-30', companySize: '5000' as never, segment: 'B2G' as never }), 'invalid')) as ValidationError;
    expect(error.fields).toEqual({ alias: 'errors.aliasRequired', date: 'errors.dateInvalid', companySize: 'errors.valueInvalid', segment: 'errors.valueInvalid' });
    const empty = (await refusedWithoutWrites(() => newInterview(productId, null, { date: '' }), 'invalid')) as ValidationError;
    expect(empty.fields).toEqual({ date: 'errors.dateInvalid' });
  });

  it('needs a live product, a live initiative of that product, and an interview template', async () => {
    const { productId, initiativeId } = await world();
    const other = await world('Other');
    await refusedWithoutWrites(() => newInterview('nope', null), 'productMissing');
    await refusedWithoutWrites(() => newInterview(productId, 'nope'), 'initiativeMissing');
    await refusedWithoutWrites(() => newInterview(productId, other.initiativeId), 'otherProduct');
    await refusedWithoutWrites(() => recordInterview(productId, BUILTIN_IDS.hypothesis, 'en', { ...INTERVIEW, initiativeId }), 'templateMissing');
    await deleteInitiative(initiativeId);
    await refusedWithoutWrites(() => newInterview(productId, initiativeId), 'initiativeMissing');
    await deleteProduct(productId);
    await refusedWithoutWrites(() => newInterview(productId, null), 'productMissing');
  });
});

describe('editInterview', () => {
  it('fills the snapshot, the guide’s answers and ticks; typing moments apart undoes as one', async () => {
    const { productId, initiativeId } = await world();
    const i = await newInterview(productId, initiativeId);
    advance(1000);
    await editInterview(i.id, { quote: '“I spent my Friday copying contacts.”', answers: { 'story.last-time': 'Last month…' } });
    advance(1000);
    const edited = await editInterview(i.id, { story: '1. Signed up\n2. Gave up', checked: { 'opening.consent': true }, answers: { 'facts.interviewers': 'Hugo' } });
    expect(edited).toMatchObject({ quote: '“I spent my Friday copying contacts.”', story: '1. Signed up\n2. Gave up', updatedAt: T0 + 2000 });
    expect(edited.content.answers).toEqual({ ...i.content.answers, 'story.last-time': 'Last month…', 'facts.interviewers': 'Hugo' });
    expect(edited.content.checked).toEqual({ ...i.content.checked, 'opening.consent': true });
    await undo(productId);
    expect(await interview(i.id)).toEqual(i);
  });

  it('moves it to another initiative of the product, or to none', async () => {
    const { productId, initiativeId, stage } = await world();
    const second = await createInitiative(stage('testing').id, { title: 'Referral' });
    const other = await world('Other');
    const i = await newInterview(productId, initiativeId);
    expect((await editInterview(i.id, { initiativeId: second.id })).initiativeId).toBe(second.id);
    expect((await editInterview(i.id, { initiativeId: null })).initiativeId).toBeNull();
    await refusedWithoutWrites(() => editInterview(i.id, { initiativeId: other.initiativeId }), 'otherProduct');
    await refusedWithoutWrites(() => editInterview(i.id, { initiativeId: 'nope' }), 'initiativeMissing');
  });

  it('goes with the initiative it was run for, and comes back with it on undo, editable again', async () => {
    const { productId, initiativeId } = await world();
    const i = await newInterview(productId, initiativeId);
    await deleteInitiative(initiativeId);
    await refusedWithoutWrites(() => editInterview(i.id, { initiativeId, quote: '“Still here?”' }), 'interviewMissing');
    await undo(productId);
    // The form sends every field back, the unchanged initiative included.
    expect(await editInterview(i.id, { initiativeId, quote: '“Still here.”' })).toMatchObject({ initiativeId, quote: '“Still here.”' });
  });

  it('refuses bad fields, answers and ticks, writing nothing; writes nothing for no change', async () => {
    const { productId } = await world();
    const i = await newInterview(productId, null);
    const fields = (await refusedWithoutWrites(() => editInterview(i.id, { alias: '', story: 's'.repeat(10_001), ...({ productId: 'x' } as object) }), 'invalid')) as ValidationError;
    expect(fields.fields).toEqual({ alias: 'errors.aliasRequired', story: 'errors.textTooLong' });
    const ticks = (await refusedWithoutWrites(() => editInterview(i.id, { checked: { 'quote.text': true } }), 'invalid')) as ValidationError;
    expect(ticks.fields).toEqual({ 'quote.text': 'errors.valueInvalid' });
    const answers = (await refusedWithoutWrites(() => editInterview(i.id, { answers: { 'opening.consent': true } }), 'invalid')) as ValidationError;
    expect(answers.fields).toEqual({ 'opening.consent': 'errors.valueInvalid' });
    const before = await snapshot();
    await editInterview(i.id, { alias: 'Nadia', checked: {} });
    expect(await snapshot()).toEqual(before);
    await refusedWithoutWrites(() => editInterview('nope', { alias: 'x' }), 'interviewMissing');
  });
});

describe('deleteInterview', () => {
  it('tombstones the interview and its evidence; one undo brings both back', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const i = await newInterview(productId, initiativeId);
    const other = await newInterview(productId, null, { alias: 'Marc' });
    const e1 = await linkEvidence(i.id, h.id, 'supports', 'one');
    const e2 = await linkEvidence(i.id, h.id, 'refutes', 'two');
    const kept = await linkEvidence(other.id, h.id, 'supports', 'three');
    const before = await snapshot();
    advance(1000);
    expect(await deleteInterview(i.id)).toMatchObject({ deletedAt: T0 + 1000 });
    expect(await interview(i.id)).toBeNull();
    expect((await interviewsOf(productId)).map((x) => x.id)).toEqual([other.id]);
    expect(await evidenceOfInterview(i.id)).toEqual([]);
    expect(await evidenceOfHypothesis(h.id)).toEqual([kept]);
    expect(must(await db.evidence.get(e1.id)).deletedAt).toBe(T0 + 1000);
    expect(must(await db.evidence.get(e2.id)).deletedAt).toBe(T0 + 1000);
    await refusedWithoutWrites(() => deleteInterview(i.id), 'interviewMissing');

    await undo(productId);
    expect(dataOnly(await snapshot())).toEqual(dataOnly(before));
    await redo(productId);
    expect(await evidenceOfHypothesis(h.id)).toEqual([kept]);
  });
});

describe('linkEvidence', () => {
  it('links a trimmed excerpt for or against a hypothesis of the same product', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const i = await newInterview(productId, null);
    const e = await linkEvidence(i.id, h.id, 'supports', '  Retyped 140 contacts  ');
    expect(e).toEqual({ id: expect.any(String), productId, hypothesisId: h.id, interviewId: i.id, stance: 'supports', excerpt: 'Retyped 140 contacts', createdAt: T0, deletedAt: null });
    expect(await evidenceOfHypothesis(h.id)).toEqual([e]);
    expect(await evidenceOfInterview(i.id)).toEqual([e]);
    expect(must(await db.activity.orderBy('id').last())).toMatchObject({ command: 'linkEvidence', productId, label: 'Retyped 140 contacts' });
    await undo(productId);
    expect(await evidenceOfHypothesis(h.id)).toEqual([]);
  });

  it('refuses an empty excerpt, a bad stance, missing records and other products, writing nothing', async () => {
    const { productId, initiativeId } = await world();
    const other = await world('Other');
    const h = await newHypothesis(initiativeId);
    const i = await newInterview(productId, null);
    const foreignH = await newHypothesis(other.initiativeId);
    const foreignI = await newInterview(other.productId, null);
    const empty = (await refusedWithoutWrites(() => linkEvidence(i.id, h.id, 'supports', '  '), 'invalid')) as ValidationError;
    expect(empty.fields).toEqual({ excerpt: 'errors.excerptRequired' });
    const stance = (await refusedWithoutWrites(() => linkEvidence(i.id, h.id, 'maybe' as never, 'x'), 'invalid')) as ValidationError;
    expect(stance.fields).toEqual({ stance: 'errors.valueInvalid' });
    const long = (await refusedWithoutWrites(() => linkEvidence(i.id, h.id, 'refutes', 'x'.repeat(2001)), 'invalid')) as ValidationError;
    expect(long.fields).toEqual({ excerpt: 'errors.longTextTooLong' });
    await refusedWithoutWrites(() => linkEvidence(i.id, foreignH.id, 'supports', 'x'), 'otherProduct');
    await refusedWithoutWrites(() => linkEvidence(foreignI.id, h.id, 'supports', 'x'), 'otherProduct');
    await refusedWithoutWrites(() => linkEvidence('nope', h.id, 'supports', 'x'), 'interviewMissing');
    await refusedWithoutWrites(() => linkEvidence(i.id, 'nope', 'supports', 'x'), 'hypothesisMissing');
    await deleteHypothesis(h.id);
    await refusedWithoutWrites(() => linkEvidence(i.id, h.id, 'supports', 'x'), 'hypothesisMissing');
  });
});

describe('unlinkEvidence', () => {
  it('tombstones the link; undo brings it back', async () => {
    const { productId, initiativeId } = await world();
    const h = await newHypothesis(initiativeId);
    const i = await newInterview(productId, null);
    const e = await linkEvidence(i.id, h.id, 'refutes', 'Messy headers');
    advance(1000);
    expect(await unlinkEvidence(e.id)).toEqual({ ...e, deletedAt: T0 + 1000 });
    expect(await evidenceOfHypothesis(h.id)).toEqual([]);
    await refusedWithoutWrites(() => unlinkEvidence(e.id), 'evidenceMissing');
    await refusedWithoutWrites(() => unlinkEvidence('nope'), 'evidenceMissing');
    await undo(productId);
    expect(await evidenceOfHypothesis(h.id)).toEqual([e]);
  });
});
