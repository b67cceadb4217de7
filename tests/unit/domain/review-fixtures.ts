import { toLocalDate } from '../../../src/domain/delivery/dates';
import type { ActionItem, RitualRun, Sprint } from '../../../src/domain/delivery/types';
import type { Experiment, Hypothesis, Interview } from '../../../src/domain/discovery/types';
import type { ReviewWindow } from '../../../src/domain/review/moves';
import type { ReviewRecords } from '../../../src/domain/review/review';
import type { Objective } from '../../../src/domain/strategy/types';
import type { Initiative, Lane, Rank, Stage, Transition } from '../../../src/domain/types';

/** A moment of a date, 09:00 UTC unless told. */
export const at = (date: string, time = '09:00') => Date.parse(`${date}T${time}:00Z`);

/** November 2026, read in UTC so the tests do not depend on where they run. */
export const NOVEMBER: ReviewWindow = { span: { start: '2026-11-01', end: '2026-11-30' }, dayOf: (ms) => toLocalDate(ms, 0) };

const LANE_OF: Record<string, Lane> = { opp: 'strategy', exp: 'discovery', ready: 'delivery', rel: 'delivery' };

export const STAGES: Stage[] = Object.entries(LANE_OF).map(([id, lane], i) => ({
  id,
  productId: 'p',
  lane,
  name: '',
  defaultKey: id === 'rel' ? 'released' : null,
  rank: `a${i}` as Rank,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
}));

export function initiative(id: string, fields: Partial<Initiative> = {}): Initiative {
  return {
    id,
    productId: 'p',
    stageId: 'opp',
    lane: 'strategy',
    rank: 'a0' as Rank,
    title: `Title ${id}`,
    summary: '',
    problem: '',
    owner: '',
    tags: [],
    segment: '',
    status: 'active',
    closeReason: '',
    closedAt: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...fields,
  };
}

let seq = 0;
/** A transition of an initiative at a moment: from one stage to another (null for a create or a close). */
export function transition(initiativeId: string, when: number, from: string | null, to: string | null, fields: Partial<Transition> = {}): Transition {
  seq += 1;
  const kind = from === null ? 'create' : to === null ? 'close' : 'move';
  return {
    id: `t${String(seq).padStart(3, '0')}`,
    productId: 'p',
    initiativeId,
    at: when,
    kind,
    fromStageId: from,
    fromLane: from ? LANE_OF[from]! : null,
    toStageId: to,
    toLane: to ? LANE_OF[to]! : null,
    status: 'active',
    reason: '',
    ...fields,
  };
}

export function hypothesis(id: string, initiativeId: string, fields: Partial<Hypothesis> = {}): Hypothesis {
  return {
    id,
    productId: 'p',
    initiativeId,
    belief: `belief ${id}`,
    persona: '',
    outcome: '',
    signal: '',
    threshold: '',
    category: 'desirability',
    importance: 3,
    evidence: 3,
    owner: '',
    status: 'draft',
    learning: '',
    content: {} as Hypothesis['content'],
    createdAt: 0,
    updatedAt: 0,
    statusChangedAt: 0,
    deletedAt: null,
    ...fields,
  };
}

export function experiment(id: string, initiativeId: string, fields: Partial<Experiment> = {}): Experiment {
  return {
    id,
    productId: 'p',
    initiativeId,
    hypothesisId: 'h',
    method: 'prototypeTest',
    measure: '',
    successCriterion: '',
    deadline: '',
    owner: '',
    status: 'running',
    observed: '',
    learned: '',
    decision: null,
    nextStep: '',
    content: {} as Experiment['content'],
    createdAt: 0,
    updatedAt: 0,
    concludedAt: null,
    deletedAt: null,
    ...fields,
  };
}

export function interview(id: string, date: string, initiativeId: string | null = null, fields: Partial<Interview> = {}): Interview {
  return {
    id,
    productId: 'p',
    initiativeId,
    date,
    alias: `Alias ${id}`,
    role: '',
    segment: '',
    companySize: '',
    quote: '',
    story: '',
    opportunities: '',
    insights: '',
    content: {} as Interview['content'],
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...fields,
  };
}

export function objective(id: string, period: Objective['period'], keyResults: Objective['keyResults'], rank = 'a0'): Objective {
  return { id, productId: 'p', title: `Objective ${id}`, period, keyResults, rank: rank as Rank, deletedAt: null, createdAt: 0, updatedAt: 0 };
}

export function run(id: string, kind: RitualRun['kind'], startedAt: number, sprintId: string | null = null): RitualRun {
  return {
    id,
    productId: 'p',
    sprintId,
    kind,
    content: {} as RitualRun['content'],
    participants: [],
    timeboxMinutes: null,
    elapsedMs: 0,
    timerStartedAt: null,
    goal: '',
    decisions: [],
    startedAt,
    finishedAt: startedAt,
    createdAt: startedAt,
    updatedAt: startedAt,
    deletedAt: null,
  };
}

export function actionItem(id: string, status: ActionItem['status'], createdAt: number, fields: Partial<ActionItem> = {}): ActionItem {
  return { id, productId: 'p', runId: 'r', text: `Action ${id}`, owner: '', dueDate: null, status, carriedOverIn: [], closedAt: null, createdAt, updatedAt: createdAt, deletedAt: null, ...fields };
}

export function sprint(id: string, name: string, startDate: string, endDate: string): Sprint {
  return { id, productId: 'p', name, goal: '', startDate, endDate, status: 'closed', startedAt: null, closedAt: null, result: null, createdAt: 0, updatedAt: 0, deletedAt: null };
}

export function records(given: Partial<ReviewRecords>): ReviewRecords {
  return { stages: STAGES, initiatives: [], transitions: [], hypotheses: [], experiments: [], interviews: [], objectives: [], sprints: [], ritualRuns: [], actionItems: [], ...given };
}
