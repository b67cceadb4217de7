import { describe, expect, it } from 'vitest';
import { emptyStatusCounts, evidenceCounts, STATUS_DISPLAY_ORDER, statusCounts, statusSummary } from '../../../src/domain/discovery/evidence';
import { HYPOTHESIS_STATUSES, type Evidence, type Hypothesis, type HypothesisStatus } from '../../../src/domain/discovery/types';

function evidence(stance: Evidence['stance'], deletedAt: number | null = null): Evidence {
  return { id: crypto.randomUUID(), productId: 'p', hypothesisId: 'h', interviewId: 'i', stance, excerpt: 'x', createdAt: 1, deletedAt };
}

function hypothesis(status: HypothesisStatus, deletedAt: number | null = null): Hypothesis {
  return { id: crypto.randomUUID(), status, deletedAt } as Hypothesis;
}

describe('evidenceCounts', () => {
  it('counts live links by stance', () => {
    expect(evidenceCounts([])).toEqual({ supports: 0, refutes: 0 });
    expect(evidenceCounts([evidence('supports'), evidence('supports'), evidence('refutes')])).toEqual({ supports: 2, refutes: 1 });
  });

  it('ignores tombstoned links', () => {
    expect(evidenceCounts([evidence('supports', 5), evidence('refutes', 5), evidence('refutes')])).toEqual({ supports: 0, refutes: 1 });
  });
});

describe('statusCounts', () => {
  it('has every status, zero when none', () => {
    expect(statusCounts([])).toEqual({ draft: 0, testing: 0, validated: 0, invalidated: 0, inconclusive: 0 });
    expect(emptyStatusCounts()).toEqual(statusCounts([]));
  });

  it('counts live hypotheses only', () => {
    const counts = statusCounts([hypothesis('validated'), hypothesis('validated'), hypothesis('testing'), hypothesis('draft', 9)]);
    expect(counts).toEqual({ draft: 0, testing: 1, validated: 2, invalidated: 0, inconclusive: 0 });
  });
});

describe('statusSummary', () => {
  it('lists the non-zero counts in display order', () => {
    const counts = { draft: 3, testing: 1, validated: 2, invalidated: 1, inconclusive: 0 };
    expect(statusSummary(counts)).toEqual([
      { status: 'validated', count: 2 },
      { status: 'testing', count: 1 },
      { status: 'draft', count: 3 },
      { status: 'invalidated', count: 1 },
    ]);
  });

  it('is empty when there is nothing', () => {
    expect(statusSummary(emptyStatusCounts())).toEqual([]);
  });

  it('orders every status: validated, testing, draft, inconclusive, invalidated', () => {
    expect(STATUS_DISPLAY_ORDER).toEqual(['validated', 'testing', 'draft', 'inconclusive', 'invalidated']);
    expect([...STATUS_DISPLAY_ORDER].sort()).toEqual([...HYPOTHESIS_STATUSES].sort());
    const all = Object.fromEntries(HYPOTHESIS_STATUSES.map((s) => [s, 1])) as Record<HypothesisStatus, number>;
    expect(statusSummary(all).map((s) => s.status)).toEqual(STATUS_DISPLAY_ORDER);
  });
});
