import { describe, expect, it } from 'vitest';
import { discoveryReview, headline } from '../../../src/domain/review/discovery';
import { laneMoves } from '../../../src/domain/review/moves';
import { objectivesProgress } from '../../../src/domain/review/objectives';
import { productReview } from '../../../src/domain/review/review';
import { ritualsReview } from '../../../src/domain/review/rituals';
import { actionItem, at, experiment, hypothesis, initiative, interview, NOVEMBER, objective, records, run, sprint, transition } from './review-fixtures';

const refs = (...ids: string[]) => new Map(ids.map((id) => [id, { id, title: `Title ${id}` }]));

describe('what moved between lanes', () => {
  it('groups the period’s moves between lanes: into Discovery, into Delivery, back; moves inside a lane and outside the period are left out', () => {
    const transitions = [
      transition('a', at('2026-10-31', '23:59'), 'opp', 'exp'), // the day before
      transition('b', at('2026-11-01', '00:00'), 'opp', 'exp'),
      transition('c', at('2026-11-10'), 'exp', 'ready'),
      transition('c', at('2026-11-12'), 'ready', 'rel'), // inside Delivery
      transition('d', at('2026-11-20'), 'ready', 'exp'),
      transition('e', at('2026-11-21'), 'opp', 'ready'), // skips Discovery
      transition('f', at('2026-12-01', '00:00'), 'opp', 'exp'), // the day after
    ];
    const moves = laneMoves(transitions, refs('a', 'b', 'c', 'd', 'e', 'f'), NOVEMBER);
    expect(moves.intoDiscovery.map((m) => [m.initiative.id, m.from, m.to])).toEqual([['b', 'strategy', 'discovery']]);
    expect(moves.intoDelivery.map((m) => [m.initiative.id, m.from])).toEqual([
      ['c', 'discovery'],
      ['e', 'strategy'],
    ]);
    expect(moves.back.map((m) => [m.initiative.id, m.from, m.to, m.at])).toEqual([['d', 'delivery', 'discovery', at('2026-11-20')]]);
  });

  it('lists an initiative that went the same way twice once, at its last move; a deleted one not at all', () => {
    const transitions = [
      transition('a', at('2026-11-03'), 'opp', 'exp'),
      transition('b', at('2026-11-04'), 'opp', 'exp'),
      transition('a', at('2026-11-05'), 'exp', 'opp'),
      transition('a', at('2026-11-09'), 'opp', 'exp'),
      transition('gone', at('2026-11-09'), 'opp', 'exp'),
    ];
    const moves = laneMoves(transitions, refs('a', 'b'), NOVEMBER);
    expect(moves.intoDiscovery.map((m) => [m.initiative.id, m.at])).toEqual([
      ['b', at('2026-11-04')],
      ['a', at('2026-11-09')],
    ]);
    expect(moves.back.map((m) => m.initiative.id)).toEqual(['a']);
  });
});

describe('what Discovery decided and heard', () => {
  const hypotheses = [
    hypothesis('h1', 'a', { status: 'validated', statusChangedAt: at('2026-11-20'), learning: 'They want it' }),
    hypothesis('h2', 'a', { status: 'validated', statusChangedAt: at('2026-11-02') }),
    hypothesis('h3', 'b', { status: 'invalidated', statusChangedAt: at('2026-11-15') }),
    hypothesis('h4', 'b', { status: 'inconclusive', statusChangedAt: at('2026-10-30') }), // before
    hypothesis('h5', 'b', { status: 'testing', statusChangedAt: at('2026-11-15') }), // reopened: no result
    hypothesis('h6', 'gone', { status: 'validated', statusChangedAt: at('2026-11-15') }),
  ];
  const experiments = [
    experiment('e1', 'a', { status: 'concluded', concludedAt: at('2026-11-19'), decision: 'validated', learned: 'Real need' }),
    experiment('e2', 'a', { status: 'concluded', concludedAt: at('2026-12-01') }),
    experiment('e3', 'b', { status: 'running', concludedAt: null }),
  ];
  const interviews = [interview('i1', '2026-11-30', 'a'), interview('i2', '2026-11-03', null), interview('i3', '2026-10-31', 'a'), interview('i4', '2026-11-10', 'gone')];

  it('lists the hypotheses whose standing decision was taken in the period, oldest first, by decision', () => {
    const review = discoveryReview({ hypotheses, experiments, interviews }, refs('a', 'b'), NOVEMBER);
    expect(review.decided.validated.map((d) => d.hypothesis.id)).toEqual(['h2', 'h1']);
    expect(review.decided.invalidated.map((d) => [d.hypothesis.id, d.initiative.title])).toEqual([['h3', 'Title b']]);
    expect(review.decided.inconclusive).toEqual([]);
  });

  it('lists the experiments concluded and the interviews held in the period, oldest first', () => {
    const review = discoveryReview({ hypotheses, experiments, interviews }, refs('a', 'b'), NOVEMBER);
    expect(review.experiments.map((e) => [e.experiment.id, e.at])).toEqual([['e1', at('2026-11-19')]]);
    expect(review.interviews.map((i) => i.id)).toEqual(['i2', 'i1']);
  });

  it('writes a belief as a line of its own', () => {
    expect(headline('offering an import')).toBe('Offering an import');
    expect(headline('')).toBe('');
  });
});

describe('what shipped, was measured, killed or parked', () => {
  const outcome = { metric: 'Conversion', direction: 'increase' as const, baseline: 18, target: 25, actual: 27, conclusion: '', recordedAt: at('2026-11-25') };
  const initiatives = [
    initiative('rel', { stageId: 'rel', lane: 'delivery', outcome }),
    initiative('shipped', { status: 'shipped' }),
    initiative('old', { stageId: 'rel', lane: 'delivery', outcome: { ...outcome, actual: 20, recordedAt: at('2026-10-10') } }),
    initiative('killed', { status: 'killed', closeReason: 'Nobody wanted it' }),
    initiative('parked', { status: 'parked' }),
    initiative('deleted', { status: 'shipped', deletedAt: at('2026-11-20') }),
  ];
  const transitions = [
    transition('rel', at('2026-11-14'), 'ready', 'rel'),
    transition('shipped', at('2026-11-03'), 'ready', null, { status: 'shipped' }), // closed as shipped without Released
    transition('old', at('2026-10-20'), 'ready', 'rel'),
    transition('old', at('2026-11-05'), 'rel', null, { status: 'shipped' }), // done measuring: not a second shipment
    transition('killed', at('2026-11-08'), 'exp', null, { status: 'killed', reason: 'Nobody wanted it' }),
    transition('parked', at('2026-11-28'), 'opp', null, { status: 'parked', reason: 'Later' }),
    transition('deleted', at('2026-11-09'), 'ready', null, { status: 'shipped' }),
  ];

  it('counts entering Released as shipping, once; a close as shipped without it too', () => {
    const { delivery } = productReview(records({ initiatives, transitions }), NOVEMBER);
    expect(delivery.shipped.map((s) => [s.initiative.id, s.at])).toEqual([
      ['shipped', at('2026-11-03')],
      ['rel', at('2026-11-14')],
    ]);
  });

  it('lists the outcomes recorded in the period with their verdict, and the kills and parks with their reason', () => {
    const { delivery } = productReview(records({ initiatives, transitions }), NOVEMBER);
    expect(delivery.outcomes.map((o) => [o.initiative.id, o.verdict])).toEqual([['rel', 'met']]);
    expect(delivery.stopped.map((s) => [s.initiative.id, s.status, s.reason])).toEqual([
      ['killed', 'killed', 'Nobody wanted it'],
      ['parked', 'parked', 'Later'],
    ]);
  });
});

describe('the objectives of the period', () => {
  it('keeps those whose period overlaps, earliest first, with the progress of each key result and their mean', () => {
    const kr = (id: string, baseline: number | null, target: number, current: number | null) => ({ id, metric: `KR ${id}`, baseline, target, current });
    const objectives = [
      objective('q4', { kind: 'quarter', year: 2026, quarter: 4 }, [kr('k1', 0, 100, 30), kr('k2', 40, 10, 25), kr('k3', null, 5, 1)], 'b'),
      objective('custom', { kind: 'custom', start: '2026-11-30', end: '2027-02-28' }, []),
      objective('q3', { kind: 'quarter', year: 2026, quarter: 3 }, [kr('k4', 0, 10, 10)]),
      objective('early', { kind: 'quarter', year: 2026, quarter: 4 }, [], 'a'),
    ];
    const progress = objectivesProgress(objectives, NOVEMBER.span);
    expect(progress.map((o) => o.objective.id)).toEqual(['early', 'q4', 'custom']);
    // (30 − 0) ÷ 100 = 30 %; (25 − 40) ÷ (10 − 40) = 50 %; unknown baseline: not counted. Mean 40 %.
    expect(progress[1]!.keyResults.map((k) => k.progress)).toEqual([30, 50, null]);
    expect(progress[1]!.progress).toBe(40);
    expect(progress[0]!.progress).toBeNull();
  });
});

describe('the rituals held and the open action items', () => {
  it('counts the period’s runs by kind in the Scrum order, with their sprint, and lists the items open today, oldest first', () => {
    const sprints = [sprint('s11', 'Sprint 11', '2026-11-02', '2026-11-15')];
    const runs = [
      run('r1', 'retrospective', at('2026-11-14'), 's11'),
      run('r2', 'planning', at('2026-11-02'), 's11'),
      run('r3', 'planning', at('2026-11-16'), null),
      run('r4', 'daily', at('2026-12-01')),
      run('r5', 'review', at('2026-11-14'), 'deleted-sprint'),
    ];
    const items = [actionItem('a1', 'open', 3), actionItem('a2', 'done', 1), actionItem('a3', 'open', 2), actionItem('a4', 'dropped', 4)];
    const review = ritualsReview({ ritualRuns: runs, actionItems: items, sprints }, NOVEMBER);
    expect(review.held.map((g) => [g.kind, g.runs.map((r) => [r.run.id, r.sprintName])])).toEqual([
      ['planning', [['r2', 'Sprint 11'], ['r3', null]]],
      ['review', [['r5', null]]],
      ['retrospective', [['r1', 'Sprint 11']]],
    ]);
    expect(review.openActions.map((i) => i.id)).toEqual(['a3', 'a1']);
  });
});
