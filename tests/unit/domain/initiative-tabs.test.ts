import { describe, expect, it } from 'vitest';
import { isInitiativeTab, tabOrder } from '../../../src/domain/initiative-tabs';
import { nextAction, NEXT_ACTION_TAB, type NextActionInput } from '../../../src/domain/next-action';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';

describe('tabOrder', () => {
  it('puts the overview first, then the lane the initiative is in, the other lanes, its feedback, outcome and history', () => {
    expect(tabOrder('strategy')).toEqual(['overview', 'strategy', 'discovery', 'delivery', 'feedback', 'outcome', 'history']);
    expect(tabOrder('discovery')).toEqual(['overview', 'discovery', 'strategy', 'delivery', 'feedback', 'outcome', 'history']);
    expect(tabOrder('delivery')).toEqual(['overview', 'delivery', 'strategy', 'discovery', 'feedback', 'outcome', 'history']);
  });

  it('knows its tabs from any other text of a URL', () => {
    expect(isInitiativeTab('discovery')).toBe(true);
    expect(isInitiativeTab('Discovery')).toBe(false);
    expect(isInitiativeTab(undefined)).toBe(false);
  });
});

function readyList(ticked: boolean) {
  const content = instantiate(builtInTemplate(BUILTIN_IDS.definitionOfReady, 'en')!);
  for (const id of Object.keys(content.checked)) content.checked[id] = ticked;
  return content;
}

const criterion = { id: 'c1', given: 'a cart', when: 'I pay', then: 'I see the confirmation' };
const readyStory = { asA: 'buyer', iWant: 'to pay', soThat: 'I get my order', criteria: [criterion], points: 3, ready: readyList(true), status: 'todo' as const, deletedAt: null };
const unreadyStory = { ...readyStory, ready: readyList(false) };

const base: NextActionInput = {
  lane: 'discovery',
  status: 'active',
  released: false,
  hasObjective: true,
  scored: true,
  outcomeRecorded: false,
  hypotheses: [],
  stories: [],
};
const validated = { status: 'validated' as const, deletedAt: null };

describe('nextAction', () => {
  it('asks a Strategy initiative for its objective, then its score, then a hypothesis', () => {
    expect(nextAction({ ...base, lane: 'strategy', hasObjective: false, scored: false })).toBe('linkObjective');
    expect(nextAction({ ...base, lane: 'strategy', scored: false })).toBe('score');
    expect(nextAction({ ...base, lane: 'strategy' })).toBe('logHypothesis');
  });

  it('follows the gate into Delivery in Discovery: a hypothesis, its test concluded, a validated one, then a ready story', () => {
    expect(nextAction(base)).toBe('logHypothesis');
    expect(nextAction({ ...base, hypotheses: [{ status: 'draft', deletedAt: 5 }] })).toBe('logHypothesis');
    expect(nextAction({ ...base, hypotheses: [validated, { status: 'testing', deletedAt: null }] })).toBe('concludeTests');
    expect(nextAction({ ...base, hypotheses: [{ status: 'invalidated', deletedAt: null }] })).toBe('testHypothesis');
    expect(nextAction({ ...base, hypotheses: [validated] })).toBe('writeStory');
    expect(nextAction({ ...base, hypotheses: [validated], stories: [unreadyStory] })).toBe('tickReady');
    expect(nextAction({ ...base, hypotheses: [validated], stories: [readyStory] })).toBeNull();
  });

  it('asks Delivery for stories, and for the Definition of Ready of those not done yet', () => {
    const delivery = { ...base, lane: 'delivery' as const };
    expect(nextAction(delivery)).toBe('writeStory');
    expect(nextAction({ ...delivery, stories: [{ ...readyStory, deletedAt: 3 }] })).toBe('writeStory');
    expect(nextAction({ ...delivery, stories: [readyStory, unreadyStory] })).toBe('tickReady');
    expect(nextAction({ ...delivery, stories: [readyStory, { ...unreadyStory, status: 'done' }] })).toBeNull();
  });

  it('asks a released or shipped initiative for its outcome until recorded, and nothing of a parked one', () => {
    expect(nextAction({ ...base, lane: 'delivery', released: true })).toBe('recordOutcome');
    expect(nextAction({ ...base, status: 'shipped', released: true })).toBe('recordOutcome');
    expect(nextAction({ ...base, lane: 'delivery', released: true, outcomeRecorded: true })).toBeNull();
    expect(nextAction({ ...base, status: 'parked' })).toBeNull();
  });

  it('sends each action to the tab where it is done', () => {
    expect(NEXT_ACTION_TAB.score).toBe('strategy');
    expect(NEXT_ACTION_TAB.logHypothesis).toBe('discovery');
    expect(NEXT_ACTION_TAB.tickReady).toBe('delivery');
    expect(NEXT_ACTION_TAB.recordOutcome).toBe('outcome');
  });
});
