import { describe, expect, it } from 'vitest';
import { canChangeExperimentStatus, canChangeStatus, nextStatuses, proposedStatus } from '../../../src/domain/discovery/status';
import { DECIDED_STATUSES, HYPOTHESIS_STATUSES, type ExperimentStatus, type HypothesisStatus } from '../../../src/domain/discovery/types';

const ALLOWED = new Set([
  'draft>testing',
  'testing>validated',
  'testing>invalidated',
  'testing>inconclusive',
  'validated>testing',
  'invalidated>testing',
  'inconclusive>testing',
]);

describe('canChangeStatus', () => {
  const pairs = HYPOTHESIS_STATUSES.flatMap((from) => HYPOTHESIS_STATUSES.map((to) => [from, to] as [HypothesisStatus, HypothesisStatus]));

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canChangeStatus(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('checks all 25 pairs, 7 of them allowed', () => {
    expect(pairs).toHaveLength(25);
    expect(pairs.filter(([from, to]) => canChangeStatus(from, to))).toHaveLength(7);
  });

  it('never decides a draft without a test', () => {
    for (const decided of DECIDED_STATUSES) expect(canChangeStatus('draft', decided)).toBe(false);
  });

  it('never moves a status to itself', () => {
    for (const status of HYPOTHESIS_STATUSES) expect(canChangeStatus(status, status)).toBe(false);
  });
});

describe('nextStatuses', () => {
  it('lists exactly the allowed targets', () => {
    expect(nextStatuses('draft')).toEqual(['testing']);
    expect(nextStatuses('testing')).toEqual(['validated', 'invalidated', 'inconclusive']);
    for (const decided of DECIDED_STATUSES) expect(nextStatuses(decided)).toEqual(['testing']);
    for (const from of HYPOTHESIS_STATUSES) {
      expect(new Set(nextStatuses(from))).toEqual(new Set(HYPOTHESIS_STATUSES.filter((to) => canChangeStatus(from, to))));
    }
  });

  it('returns a copy the caller may change', () => {
    nextStatuses('draft').push('validated');
    expect(nextStatuses('draft')).toEqual(['testing']);
  });
});

describe('proposedStatus', () => {
  it('proposes the experiment’s decision, which a testing hypothesis may take', () => {
    for (const decision of DECIDED_STATUSES) {
      expect(proposedStatus(decision)).toBe(decision);
      expect(canChangeStatus('testing', proposedStatus(decision))).toBe(true);
    }
  });
});

describe('canChangeExperimentStatus', () => {
  it('goes planned → running → concluded, once', () => {
    const statuses: ExperimentStatus[] = ['planned', 'running', 'concluded'];
    const allowed = statuses.flatMap((from) => statuses.filter((to) => canChangeExperimentStatus(from, to)).map((to) => `${from}>${to}`));
    expect(allowed).toEqual(['planned>running', 'running>concluded']);
  });
});
