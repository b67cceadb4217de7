import { describe, expect, it } from 'vitest';
import { isCriterionComplete, isStoryReady, isValidPoints, readinessGaps, validateStory } from '../../../src/domain/delivery/stories';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';

function readyList(ticked: boolean) {
  const content = instantiate(builtInTemplate(BUILTIN_IDS.definitionOfReady, 'en')!);
  for (const id of Object.keys(content.checked)) content.checked[id] = ticked;
  return content;
}

const criterion = { id: 'c1', given: 'a cart', when: 'I pay', then: 'I see the confirmation' };
const story = { asA: 'buyer', iWant: 'to pay by card', soThat: 'I get my order', criteria: [criterion], points: 3, ready: readyList(true) };

describe('story readiness', () => {
  it('is ready with the text complete, a complete criterion, an estimate and the Definition of Ready ticked', () => {
    expect(readinessGaps(story)).toEqual([]);
    expect(isStoryReady(story)).toBe(true);
    expect(isStoryReady({ ...story, points: 0 })).toBe(true); // 0 is an estimate
  });

  it('names each gap', () => {
    expect(readinessGaps({ ...story, soThat: '  ' })).toEqual(['text']);
    expect(readinessGaps({ ...story, criteria: [{ ...criterion, then: '' }] })).toEqual(['criteria']);
    expect(readinessGaps({ ...story, criteria: [] })).toEqual(['criteria']);
    expect(readinessGaps({ ...story, points: null })).toEqual(['points']);
    const oneUnticked = readyList(true);
    oneUnticked.checked['team.agreed'] = false;
    expect(readinessGaps({ ...story, ready: oneUnticked })).toEqual(['checklist']);
    expect(readinessGaps({ asA: '', iWant: 'x', soThat: '', criteria: [], points: null, ready: readyList(false) })).toEqual(['text', 'criteria', 'points', 'checklist']);
  });

  it('needs only one complete criterion among several', () => {
    expect(isCriterionComplete(criterion)).toBe(true);
    expect(isCriterionComplete({ ...criterion, when: ' ' })).toBe(false);
    expect(isStoryReady({ ...story, criteria: [{ ...criterion, id: 'c0', given: '' }, criterion] })).toBe(true);
  });
});

describe('story fields', () => {
  it('accepts points from 0 to 100 with at most one decimal', () => {
    for (const ok of [0, 0.5, 1, 2.5, 13, 100]) expect(isValidPoints(ok), String(ok)).toBe(true);
    for (const bad of [-1, 100.5, 2.75, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) expect(isValidPoints(bad), String(bad)).toBe(false);
  });

  it('requires "I want", trims the one-line texts and keeps only the criteria fields', () => {
    expect(validateStory({ iWant: '  ' }).errors).toEqual({ iWant: 'errors.iWantRequired' });
    expect(validateStory({}, true).errors).toEqual({ iWant: 'errors.iWantRequired' });
    const { values, errors } = validateStory({ asA: ' buyer ', iWant: ' pay ', soThat: 'x', points: 2, criteria: [{ ...criterion, extra: 1 } as typeof criterion] });
    expect(errors).toEqual({});
    expect(values).toEqual({ asA: 'buyer', iWant: 'pay', soThat: 'x', points: 2, criteria: [criterion] });
    // Only the fields present are checked, so a patch can change one.
    expect(validateStory({ points: null })).toEqual({ values: { points: null }, errors: {} });
  });

  it('refuses bad points, criteria and long texts field by field', () => {
    expect(validateStory({ points: 2.25 }).errors).toEqual({ points: 'errors.pointsInvalid' });
    expect(validateStory({ criteria: [criterion, criterion] }).errors).toEqual({ criteria: 'errors.criteriaInvalid' }); // repeated id
    expect(validateStory({ criteria: [{ id: 'c', given: 1 }] as never }).errors).toEqual({ criteria: 'errors.criteriaInvalid' });
    expect(validateStory({ criteria: [{ ...criterion, then: 'x'.repeat(2001) }] }).errors).toEqual({ criteria: 'errors.longTextTooLong' });
    expect(validateStory({ asA: 'x'.repeat(201) }).errors).toEqual({ asA: 'errors.titleTooLong' });
    expect(validateStory({ iWant: 'x'.repeat(2001) }).errors).toEqual({ iWant: 'errors.longTextTooLong' });
  });
});
