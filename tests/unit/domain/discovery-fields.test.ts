import { describe, expect, it } from 'vitest';
import {
  answerErrors,
  checkedErrors,
  checkFields,
  EXPERIMENT_PLAN_RULES,
  HYPOTHESIS_RULES,
  INTERVIEW_RULES,
  isIsoDate,
  shortLabel,
} from '../../../src/domain/discovery/fields';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';

const interviewBody = builtInTemplate(BUILTIN_IDS.interview, 'en')!.body;
const testCardBody = builtInTemplate(BUILTIN_IDS.testCard, 'en')!.body;

describe('checkFields', () => {
  it('trims one-line texts, keeps long texts as typed, and drops unknown keys', () => {
    const { values, errors } = checkFields(HYPOTHESIS_RULES, { belief: ' a belief ', persona: '  managers ', status: 'validated', id: 'x' } as never);
    expect(errors).toEqual({});
    expect(values).toEqual({ belief: ' a belief ', persona: 'managers' });
  });

  it('requires the belief, even when only spaces were typed', () => {
    expect(checkFields(HYPOTHESIS_RULES, { belief: '  \n ' }).errors).toEqual({ belief: 'errors.beliefRequired' });
  });

  it('checks every field when complete, each with its own key', () => {
    const { errors } = checkFields(HYPOTHESIS_RULES, { persona: 'x'.repeat(201), belief: 'b'.repeat(2001), category: 'fun' as never, importance: 6 as never, evidence: 0 as never }, true);
    expect(errors).toEqual({
      belief: 'errors.longTextTooLong',
      persona: 'errors.titleTooLong',
      outcome: 'errors.valueInvalid',
      signal: 'errors.valueInvalid',
      threshold: 'errors.valueInvalid',
      category: 'errors.valueInvalid',
      importance: 'errors.scoreInvalid',
      evidence: 'errors.scoreInvalid',
      owner: 'errors.valueInvalid',
      learning: 'errors.valueInvalid',
    });
  });

  it('accepts the limits exactly', () => {
    expect(checkFields(HYPOTHESIS_RULES, { belief: 'b'.repeat(2000), persona: 'p'.repeat(200) }).errors).toEqual({});
    expect(checkFields(INTERVIEW_RULES, { story: 's'.repeat(10_000) }).errors).toEqual({});
    expect(checkFields(INTERVIEW_RULES, { story: 's'.repeat(10_001) }).errors).toEqual({ story: 'errors.textTooLong' });
  });

  it('checks dates: required for interviews, optional for deadlines', () => {
    expect(checkFields(INTERVIEW_RULES, { date: '' }).errors).toEqual({ date: 'errors.dateInvalid' });
    expect(checkFields(INTERVIEW_RULES, { alias: ' ' }).errors).toEqual({ alias: 'errors.aliasRequired' });
    expect(checkFields(EXPERIMENT_PLAN_RULES, { deadline: '' }).errors).toEqual({});
    expect(checkFields(EXPERIMENT_PLAN_RULES, { deadline: '2025-02-30' }).errors).toEqual({ deadline: 'errors.dateInvalid' });
    expect(checkFields(EXPERIMENT_PLAN_RULES, { method: 'vibes' as never }).errors).toEqual({ method: 'errors.valueInvalid' });
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates written yyyy-mm-dd only', () => {
    expect(['2025-01-15', '2024-02-29', '1999-12-31'].every(isIsoDate)).toBe(true);
    expect(['2025-02-29', '2025-13-01', '2025-1-5', '15/01/2025', '2025-01-15T10:00', '', null, 20250115].some(isIsoDate)).toBe(false);
  });
});

describe('answerErrors', () => {
  it('accepts answers that fit each field’s type', () => {
    expect(
      answerErrors(testCardBody, { 'hypothesis.belief': 'x', 'test.cost': 3, 'test.reliability': null, 'plan.deadline': '2025-03-01', 'plan.owner': '' }),
    ).toEqual({});
    // Choices hold the option as the template shows it (the snapshot keeps it stable).
    expect(answerErrors(interviewBody, { 'participant.segment': 'B2B (business)', 'participant.company-size': '', 'facts.date': null })).toEqual({});
  });

  it('refuses unknown items, prompts, wrong types and options, by item id', () => {
    expect(
      answerErrors(testCardBody, {
        nope: 'x',
        'test.cost': 7,
        'plan.deadline': 'tomorrow',
        'hypothesis.belief': 3,
        'metric.measure': 'm'.repeat(10_001),
      }),
    ).toEqual({
      nope: 'errors.valueInvalid',
      'test.cost': 'errors.valueInvalid',
      'plan.deadline': 'errors.valueInvalid',
      'hypothesis.belief': 'errors.valueInvalid',
      'metric.measure': 'errors.textTooLong',
    });
    expect(answerErrors(interviewBody, { 'story.sequence': 'a prompt is not a field', 'participant.segment': 'b2x' })).toEqual({
      'story.sequence': 'errors.valueInvalid',
      'participant.segment': 'errors.valueInvalid',
    });
  });
});

describe('checkedErrors', () => {
  it('accepts ticks of checklist items only', () => {
    expect(checkedErrors(interviewBody, { 'opening.consent': true, 'closing.follow-up': false })).toEqual({});
    expect(checkedErrors(interviewBody, { 'quote.text': true, 'opening.consent': 'yes' as never })).toEqual({
      'quote.text': 'errors.valueInvalid',
      'opening.consent': 'errors.valueInvalid',
    });
  });
});

describe('shortLabel', () => {
  it('keeps short texts on one line and cuts long ones', () => {
    expect(shortLabel('  a\nbelief  ')).toBe('a belief');
    const long = shortLabel('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
  });
});
