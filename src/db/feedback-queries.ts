/** Feedback reads, for useLiveQuery: the inbox, an initiative's askers, the accounts, and demand. */
import type { Evidence } from '../domain/discovery/types';
import { demandByInitiative, type Demand } from '../domain/feedback/demand';
import { newestFirst } from '../domain/feedback/inbox';
import type { Account, FeedbackLink, FeedbackNote } from '../domain/feedback/types';
import type { Hypothesis } from '../domain/discovery/types';
import type { Initiative } from '../domain/types';
import { db } from './db';

const live = <T extends { deletedAt: number | null }>(records: readonly T[]) => records.filter((r) => r.deletedAt === null);

/** Everything the product's feedback touches, live: what the inbox, the accounts page and the export read. */
export interface FeedbackData {
  notes: FeedbackNote[];
  accounts: Account[];
  /** Links to live initiatives. */
  links: FeedbackLink[];
  /** Evidence quoting a note, on live hypotheses. */
  evidence: Evidence[];
  initiatives: Map<string, Initiative>;
  hypotheses: Map<string, Hypothesis>;
}

export async function feedbackData(productId: string): Promise<FeedbackData> {
  const [notes, accounts, links, evidence, initiatives, hypotheses] = await Promise.all([
    db.feedback.where('productId').equals(productId).toArray(),
    db.accounts.where('productId').equals(productId).toArray(),
    db.feedbackLinks.where('productId').equals(productId).toArray(),
    db.evidence.orderBy('feedbackId').filter((e) => e.productId === productId && e.deletedAt === null).toArray(),
    db.initiatives.where('[productId+status]').between([productId, ''], [productId, '\uffff']).toArray(),
    db.hypotheses.where('productId').equals(productId).toArray(),
  ]);
  const liveInitiatives = new Map(live(initiatives).map((i) => [i.id, i]));
  const liveHypotheses = new Map(live(hypotheses).map((h) => [h.id, h]));
  return {
    notes: newestFirst(live(notes)),
    accounts: live(accounts).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
    links: live(links).filter((l) => liveInitiatives.has(l.initiativeId)),
    evidence: evidence.filter((e) => liveHypotheses.has(e.hypothesisId)),
    initiatives: liveInitiatives,
    hypotheses: liveHypotheses,
  };
}

/** How many live links (to initiatives, or as evidence) each note has: what makes it processed. */
export function linkCounts(data: Pick<FeedbackData, 'links' | 'evidence'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of [...data.links.map((l) => l.feedbackId), ...data.evidence.map((e) => e.feedbackId!)]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Each initiative's demand in the product; an initiative nobody asks for is absent. */
export async function demandOfProduct(productId: string): Promise<Map<string, Demand>> {
  const [notes, accounts, links] = await Promise.all([
    db.feedback.where('productId').equals(productId).toArray(),
    db.accounts.where('productId').equals(productId).toArray(),
    db.feedbackLinks.where('productId').equals(productId).toArray(),
  ]);
  return demandByInitiative(links, notes, accounts);
}

/** An initiative's links with their notes and accounts: its "Feedback" tab. */
export async function feedbackOfInitiative(initiativeId: string): Promise<{ links: FeedbackLink[]; notes: Map<string, FeedbackNote>; accounts: Map<string, Account> }> {
  const links = live(await db.feedbackLinks.where('initiativeId').equals(initiativeId).toArray());
  const notes = live(await db.feedback.bulkGet(links.map((l) => l.feedbackId)).then((found) => found.filter((n): n is FeedbackNote => n !== undefined)));
  const accountIds = [...new Set(notes.map((n) => n.accountId).filter((id): id is string => id !== null))];
  const accounts = live((await db.accounts.bulkGet(accountIds)).filter((a): a is Account => a !== undefined));
  const noteById = new Map(notes.map((n) => [n.id, n]));
  return { links: links.filter((l) => noteById.has(l.feedbackId)), notes: noteById, accounts: new Map(accounts.map((a) => [a.id, a])) };
}
