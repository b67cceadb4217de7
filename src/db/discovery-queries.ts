import { emptyStatusCounts, evidenceCounts } from '../domain/discovery/evidence';
import { evidenceLevelProposal } from '../domain/discovery/evidence-level';
import { lastChangeAt, type LogRow } from '../domain/discovery/log-order';
import type { Evidence, Experiment, Hypothesis, HypothesisStatus, Interview, StatusChange } from '../domain/discovery/types';
import type { Initiative } from '../domain/types';
import { db } from './db';

/**
 * Discovery reads, for useLiveQuery. Each returns live (not deleted) records in display order.
 * This module imports no template library and no CSV code: the board's badges use it.
 */

type Created = { id: string; createdAt: number; deletedAt: number | null };

const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Oldest first; records made in the same millisecond are ordered by id so the order never flickers. */
const oldestFirst = <T extends Created>(records: T[]) => live(records).sort((a, b) => a.createdAt - b.createdAt || byId(a, b));

export async function hypothesesOf(initiativeId: string): Promise<Hypothesis[]> {
  return oldestFirst(await db.hypotheses.where('initiativeId').equals(initiativeId).toArray());
}

export async function hypothesesOfProduct(productId: string): Promise<Hypothesis[]> {
  return oldestFirst(await db.hypotheses.where('productId').equals(productId).toArray());
}

export async function hypothesis(id: string): Promise<Hypothesis | null> {
  const found = await db.hypotheses.get(id);
  return found && found.deletedAt === null ? found : null;
}

export async function experimentsOf(hypothesisId: string): Promise<Experiment[]> {
  return oldestFirst(await db.experiments.where('hypothesisId').equals(hypothesisId).toArray());
}

/** Newest interview date first; the same day, the latest recorded first. */
const newestFirst = (records: Interview[]) =>
  live(records).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt - a.createdAt || byId(a, b)));

export async function interviewsOf(productId: string): Promise<Interview[]> {
  return newestFirst(await db.interviews.where('productId').equals(productId).toArray());
}

export async function interviewsOfInitiative(initiativeId: string): Promise<Interview[]> {
  return newestFirst(await db.interviews.where('initiativeId').equals(initiativeId).toArray());
}

export async function interview(id: string): Promise<Interview | null> {
  const found = await db.interviews.get(id);
  return found && found.deletedAt === null ? found : null;
}

export async function evidenceOfHypothesis(hypothesisId: string): Promise<Evidence[]> {
  return oldestFirst(await db.evidence.where('hypothesisId').equals(hypothesisId).toArray());
}

export async function evidenceOfInterview(interviewId: string): Promise<Evidence[]> {
  return oldestFirst(await db.evidence.where('interviewId').equals(interviewId).toArray());
}

/** A hypothesis's or an experiment's status changes, oldest first. */
export async function statusHistory(subjectId: string): Promise<StatusChange[]> {
  const changes = await db.statusChanges.where('subjectId').equals(subjectId).toArray();
  return changes.sort((a, b) => a.at - b.at || byId(a, b));
}

/**
 * Every live hypothesis of a product with its initiative's title and its evidence counts, most
 * recently changed first. Hypotheses of closed initiatives stay (their learnings are kept); those
 * of deleted initiatives do not.
 */
export function hypothesisLog(productId: string): Promise<LogRow[]> {
  return db.transaction('r', [db.hypotheses, db.initiatives, db.evidence], async () => {
    const hypotheses = await hypothesesOfProduct(productId);
    const initiatives = await db.initiatives.bulkGet([...new Set(hypotheses.map((h) => h.initiativeId))]);
    const parents = new Map<string, Initiative>();
    for (const i of initiatives) if (i && i.deletedAt === null) parents.set(i.id, i);
    const shown = hypotheses.filter((h) => parents.has(h.initiativeId));
    // One indexed getAll per hypothesis, all in flight at once (see discoveryCounts).
    const evidence = await Promise.all(shown.map((h) => evidenceOfHypothesis(h.id)));
    return shown
      .map((h, n) => {
        const parent = parents.get(h.initiativeId)!;
        return { hypothesis: h, initiativeTitle: parent.title, initiativeStatus: parent.status, ...evidenceCounts(evidence[n]!) };
      })
      .sort((a, b) => lastChangeAt(b.hypothesis) - lastChangeAt(a.hypothesis) || byId(a.hypothesis, b.hypothesis));
  });
}

export interface DiscoveryCount {
  byStatus: Record<HypothesisStatus, number>;
  interviews: number;
}

/**
 * Live hypotheses by status and live interviews, per initiative, for the board's badges. Every id
 * asked for has an entry, zeros included. A product has far fewer hypotheses and interviews than
 * cards, so this reads the product's (two indexed getAll) and counts, whatever the column's size.
 */
export async function discoveryCounts(productId: string, initiativeIds: readonly string[]): Promise<Map<string, DiscoveryCount>> {
  const ids = [...new Set(initiativeIds)];
  const counts = new Map<string, DiscoveryCount>(ids.map((id) => [id, { byStatus: emptyStatusCounts(), interviews: 0 }]));
  if (ids.length === 0) return counts;
  const [hypotheses, interviews] = await Promise.all([
    db.hypotheses.where('productId').equals(productId).toArray(),
    db.interviews.where('productId').equals(productId).toArray(),
  ]);
  for (const h of hypotheses) {
    const count = counts.get(h.initiativeId);
    if (count && h.deletedAt === null) count.byStatus[h.status] += 1;
  }
  for (const i of interviews) {
    const count = i.initiativeId ? counts.get(i.initiativeId) : undefined;
    if (count && i.deletedAt === null) count.interviews += 1;
  }
  return counts;
}

/**
 * A live hypothesis, and the evidence level what it rests on (its evidence links and experiments)
 * now justifies above the one set (null: none); null once the hypothesis is gone.
 */
export function evidenceLevelProposalOf(hypothesisId: string) {
  return db.transaction('r', [db.hypotheses, db.evidence, db.experiments], async () => {
    const found = await hypothesis(hypothesisId);
    if (!found) return null;
    const [evidence, experiments] = await Promise.all([evidenceOfHypothesis(hypothesisId), experimentsOf(hypothesisId)]);
    return { hypothesis: found, proposed: evidenceLevelProposal(found.evidence, { status: found.status, evidence, experiments }) };
  });
}

/** The evidence level the hypothesis's recorded evidence now justifies above the one set, or null. */
export async function proposedEvidenceLevel(hypothesisId: string): Promise<number | null> {
  return (await evidenceLevelProposalOf(hypothesisId))?.proposed ?? null;
}
