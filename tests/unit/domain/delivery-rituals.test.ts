import { describe, expect, it } from 'vitest';
import { outcomeVerdict, validateOutcome } from '../../../src/domain/delivery/outcome';
import { elapsedMs, isOverTimebox, RITUAL_FAMILY, runCompletion, runTimeboxMinutes, validateActionItem, validateRunFields } from '../../../src/domain/delivery/rituals';
import { RITUAL_KINDS } from '../../../src/domain/delivery/types';
import { builtInTemplate, builtInTemplates, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';

const template = (key: keyof typeof BUILTIN_IDS) => builtInTemplate(BUILTIN_IDS[key], 'en')!;
const weeks = (n: number) => ({ startDate: '2025-01-06', endDate: new Date(Date.UTC(2025, 0, 5 + 7 * n)).toISOString().slice(0, 10) });

describe('ritual runs', () => {
  it('start from a template family that exists for every kind', () => {
    const families = new Set(builtInTemplates('en').map((t) => t.family));
    for (const kind of RITUAL_KINDS) expect(families.has(RITUAL_FAMILY[kind]), kind).toBe(true);
  });

  it('scale the timebox to the sprint as the Scrum Guide does, one week without a sprint', () => {
    expect(runTimeboxMinutes(template('planning'), weeks(4))).toBe(480);
    expect(runTimeboxMinutes(template('planning'), weeks(2))).toBe(240);
    expect(runTimeboxMinutes(template('planning'), weeks(1))).toBe(120);
    expect(runTimeboxMinutes(template('planning'), null)).toBe(120);
    expect(runTimeboxMinutes(template('review'), weeks(2))).toBe(120);
    expect(runTimeboxMinutes(template('retro4L'), weeks(3))).toBe(135);
    expect(runTimeboxMinutes(template('daily'), weeks(4))).toBe(15);
    expect(runTimeboxMinutes(template('refinement'), weeks(2))).toBeNull();
  });

  it('count time run, pauses excluded', () => {
    expect(elapsedMs({ elapsedMs: 60_000, timerStartedAt: 1_000 }, 31_000)).toBe(90_000);
    expect(elapsedMs({ elapsedMs: 60_000, timerStartedAt: null }, 31_000)).toBe(60_000);
    expect(elapsedMs({ elapsedMs: 0, timerStartedAt: 5_000 }, 1_000)).toBe(0); // a clock set back
    expect(isOverTimebox({ elapsedMs: 15 * 60_000, timerStartedAt: 0, timeboxMinutes: 15 }, 1)).toBe(true);
    expect(isOverTimebox({ elapsedMs: 15 * 60_000, timerStartedAt: null, timeboxMinutes: 15 }, 1)).toBe(false);
    expect(isOverTimebox({ elapsedMs: 1e9, timerStartedAt: null, timeboxMinutes: null }, 1)).toBe(false);
  });

  it('measure completion by ticked checklist items', () => {
    const content = instantiate(template('planning'));
    expect(runCompletion({ content })).toEqual({ done: 0, total: 11 });
    content.checked['prepare.backlog'] = true;
    content.checked['how.goal-final'] = true;
    expect(runCompletion({ content })).toEqual({ done: 2, total: 11 });
  });

  it('check participants, goal and decisions', () => {
    expect(validateRunFields({ participants: [' Inès ', '', 'Hugo'], goal: 'Ship it', decisions: ['a', ''] })).toEqual({
      values: { participants: ['Inès', 'Hugo'], goal: 'Ship it', decisions: ['a', ''] },
      errors: {},
    });
    expect(validateRunFields({ participants: 'Inès' as never, decisions: [1] as never }).errors).toEqual({ participants: 'errors.valueInvalid', decisions: 'errors.valueInvalid' });
  });

  it('check action items: text required, due date optional', () => {
    expect(validateActionItem({ text: ' Pair on reviews ', owner: ' Hugo ', dueDate: '' }, true)).toEqual({ values: { text: 'Pair on reviews', owner: 'Hugo', dueDate: null }, errors: {} });
    expect(validateActionItem({ text: '', dueDate: '2025-02-30' }, true).errors).toEqual({ text: 'errors.actionTextRequired', dueDate: 'errors.dateInvalid' });
    expect(validateActionItem({ owner: 'Léa' })).toEqual({ values: { owner: 'Léa' }, errors: {} });
  });
});

describe('outcomes', () => {
  it('are met when the actual value reaches the target in the metric’s direction', () => {
    const up = { direction: 'increase' as const, target: 40 };
    expect(outcomeVerdict({ ...up, actual: 42 })).toBe('met');
    expect(outcomeVerdict({ ...up, actual: 40 })).toBe('met');
    expect(outcomeVerdict({ ...up, actual: 39.9 })).toBe('notMet');
    const down = { direction: 'decrease' as const, target: 5 };
    expect(outcomeVerdict({ ...down, actual: 4 })).toBe('met');
    expect(outcomeVerdict({ ...down, actual: 6 })).toBe('notMet');
    expect(outcomeVerdict({ ...down, actual: null })).toBe('pending');
    expect(outcomeVerdict({ direction: 'increase', target: null, actual: 3 })).toBe('pending');
    expect(outcomeVerdict(null)).toBe('pending');
  });

  it('need a metric and numbers or nothing', () => {
    const valid = { metric: ' Support calls about invoices ', direction: 'decrease', baseline: 120, target: 60, actual: null, conclusion: '' };
    expect(validateOutcome(valid)).toEqual({ values: { ...valid, metric: 'Support calls about invoices' }, errors: {} });
    expect(validateOutcome({ ...valid, metric: '', direction: 'up' as never, target: '60' as never, actual: Number.NaN }).errors).toEqual({
      metric: 'errors.metricRequired',
      direction: 'errors.valueInvalid',
      target: 'errors.numberInvalid',
      actual: 'errors.numberInvalid',
    });
  });
});
