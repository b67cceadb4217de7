import { describe, expect, it } from 'vitest';
import { evidenceLevelProposal, suggestedEvidenceLevel, type EvidenceLevelInputs } from '../../../src/domain/discovery/evidence-level';
import type { DecidedStatus, Evidence, Experiment, HypothesisStatus } from '../../../src/domain/discovery/types';

function link(interviewId: string, stance: Evidence['stance'], deletedAt: number | null = null): Evidence {
  return { id: crypto.randomUUID(), productId: 'p', hypothesisId: 'h', interviewId, stance, excerpt: 'x', createdAt: 1, deletedAt };
}

function experiment(decision: DecidedStatus | null, status: Experiment['status'] = 'concluded', deletedAt: number | null = null): Experiment {
  return { id: crypto.randomUUID(), status, decision, deletedAt } as Experiment;
}

const inputs = (status: HypothesisStatus, evidence: Evidence[] = [], experiments: Experiment[] = []): EvidenceLevelInputs => ({ status, evidence, experiments });

describe('suggestedEvidenceLevel', () => {
  it('is 1 with nothing recorded', () => {
    expect(suggestedEvidenceLevel(inputs('draft'))).toBe(1);
  });

  it('is 2 for one interview, or interviews that disagree', () => {
    expect(suggestedEvidenceLevel(inputs('draft', [link('i1', 'supports')]))).toBe(2);
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'supports'), link('i2', 'refutes'), link('i3', 'supports')]))).toBe(2);
  });

  it('is 3 for two independent interviews pointing the same way, for or against', () => {
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'supports'), link('i2', 'supports')]))).toBe(3);
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'refutes'), link('i2', 'refutes')]))).toBe(3);
  });

  it('counts an interview once, and ignores unlinked evidence', () => {
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'supports'), link('i1', 'supports')]))).toBe(2);
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'supports'), link('i2', 'supports', 9)]))).toBe(2);
    expect(suggestedEvidenceLevel(inputs('testing', [link('i1', 'supports', 9)]))).toBe(1);
  });

  it('is 4 once validated or invalidated after an experiment decided so, whatever the interviews say', () => {
    expect(suggestedEvidenceLevel(inputs('validated', [], [experiment('validated')]))).toBe(4);
    expect(suggestedEvidenceLevel(inputs('invalidated', [link('i1', 'supports')], [experiment('invalidated')]))).toBe(4);
  });

  it('is 5 when two experiments decided the way the hypothesis stands', () => {
    expect(suggestedEvidenceLevel(inputs('validated', [], [experiment('validated'), experiment('validated'), experiment('invalidated')]))).toBe(5);
  });

  it('does not reach 4 before the hypothesis is decided, nor from an experiment that disagrees with it', () => {
    expect(suggestedEvidenceLevel(inputs('testing', [], [experiment('validated')]))).toBe(2);
    expect(suggestedEvidenceLevel(inputs('validated', [], [experiment('invalidated')]))).toBe(2);
    expect(suggestedEvidenceLevel(inputs('inconclusive', [], [experiment('inconclusive'), experiment('inconclusive')]))).toBe(2);
  });

  it('ignores experiments not concluded or deleted, and a decision taken by hand', () => {
    expect(suggestedEvidenceLevel(inputs('validated', [], [experiment(null, 'running'), experiment('validated', 'concluded', 9)]))).toBe(1);
    expect(suggestedEvidenceLevel(inputs('validated', [link('i1', 'supports'), link('i2', 'supports')]))).toBe(3);
  });
});

describe('evidenceLevelProposal', () => {
  const validated = inputs('validated', [], [experiment('validated')]);

  it('proposes the suggested level when it is higher than the current one', () => {
    expect(evidenceLevelProposal(2, validated)).toBe(4);
  });

  it('proposes nothing when the level already matches or was set higher by hand', () => {
    expect(evidenceLevelProposal(4, validated)).toBeNull();
    expect(evidenceLevelProposal(5, validated)).toBeNull();
    expect(evidenceLevelProposal(1, inputs('draft'))).toBeNull();
  });
});
