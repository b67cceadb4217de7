import type { Evidence, Hypothesis, HypothesisStatus } from './types';

/** How many live evidence links support and refute (tombstoned links are not counted). */
export function evidenceCounts(evidence: readonly Evidence[]): { supports: number; refutes: number } {
  let supports = 0;
  let refutes = 0;
  for (const e of evidence) {
    if (e.deletedAt !== null) continue;
    if (e.stance === 'supports') supports += 1;
    else refutes += 1;
  }
  return { supports, refutes };
}

export function emptyStatusCounts(): Record<HypothesisStatus, number> {
  return { draft: 0, testing: 0, validated: 0, invalidated: 0, inconclusive: 0 };
}

/** Live hypotheses by status. */
export function statusCounts(hypotheses: readonly Hypothesis[]): Record<HypothesisStatus, number> {
  const counts = emptyStatusCounts();
  for (const h of hypotheses) if (h.deletedAt === null) counts[h.status] += 1;
  return counts;
}

/** The order statuses are shown in summaries and the log: what is known first, then what is open. */
export const STATUS_DISPLAY_ORDER: readonly HypothesisStatus[] = ['validated', 'testing', 'draft', 'inconclusive', 'invalidated'];

/** The non-zero counts in display order, for a summary such as "2 validated · 1 testing". */
export function statusSummary(counts: Readonly<Record<HypothesisStatus, number>>): { status: HypothesisStatus; count: number }[] {
  return STATUS_DISPLAY_ORDER.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status] }));
}
