/**
 * Demand: who asks for an initiative, and how much it weighs. Each customer counts once per
 * initiative however many notes they sent, at the highest importance they gave it, so a loud
 * account does not outweigh ten quiet ones.
 */
import { normalize } from '../filter';
import type { Account, FeedbackLink, FeedbackNote, Importance } from './types';

export const IMPORTANCE_WEIGHT: Readonly<Record<Importance, number>> = { niceToHave: 1, important: 2, critical: 3 };

export interface Demand {
  /** Notes linked to the initiative. */
  notes: number;
  /** Distinct accounts among them. */
  accounts: number;
  /** The yearly revenue of those accounts, summed (an unknown revenue counts 0). */
  revenue: number;
  /** Those accounts the company flagged strategic. */
  strategic: number;
  /** Distinct customers asking: accounts, and people or notes without an account. */
  customers: number;
  /** Customers asking at the "critical" importance. */
  critical: number;
  /** Each customer's highest importance weight, summed: what "sort by demand" orders by. */
  weight: number;
}

export const NO_DEMAND: Demand = { notes: 0, accounts: 0, revenue: 0, strategic: 0, customers: 0, critical: 0, weight: 0 };

type Note = Pick<FeedbackNote, 'id' | 'accountId' | 'person' | 'deletedAt'>;
type Link = Pick<FeedbackLink, 'feedbackId' | 'initiativeId' | 'importance' | 'deletedAt'>;
type AccountFacts = Pick<Account, 'id' | 'revenue' | 'strategic' | 'deletedAt'>;

/** Who a note speaks for: its account, else its person, else the note alone (an anonymous review). */
export function customerKey(note: Pick<FeedbackNote, 'id' | 'accountId' | 'person'>): string {
  if (note.accountId) return `account:${note.accountId}`;
  const person = normalize(note.person.trim());
  return person ? `person:${person}` : `note:${note.id}`;
}

/** The live links whose note is live too: what demand counts. */
export function liveLinks<L extends Link>(links: readonly L[], notes: ReadonlyMap<string, Note>): L[] {
  return links.filter((l) => l.deletedAt === null && notes.get(l.feedbackId)?.deletedAt === null);
}

/** Each initiative's demand, from every link of the product; an initiative nobody asks for is absent. */
export function demandByInitiative(links: readonly Link[], notes: readonly Note[], accounts: readonly AccountFacts[]): Map<string, Demand> {
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const accountById = new Map(accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
  const asks = new Map<string, { notes: Set<string>; customers: Map<string, number> }>();
  for (const link of liveLinks(links, noteById)) {
    const note = noteById.get(link.feedbackId)!;
    const entry = asks.get(link.initiativeId) ?? { notes: new Set<string>(), customers: new Map<string, number>() };
    asks.set(link.initiativeId, entry);
    entry.notes.add(note.id);
    const key = customerKey(note);
    entry.customers.set(key, Math.max(entry.customers.get(key) ?? 0, IMPORTANCE_WEIGHT[link.importance]));
  }
  const demand = new Map<string, Demand>();
  for (const [initiativeId, { notes: noteIds, customers }] of asks) {
    const accountIds = [...customers.keys()].filter((k) => k.startsWith('account:')).map((k) => k.slice('account:'.length));
    const known = accountIds.map((id) => accountById.get(id)).filter((a): a is AccountFacts => a !== undefined);
    const weights = [...customers.values()];
    demand.set(initiativeId, {
      notes: noteIds.size,
      accounts: accountIds.length,
      revenue: known.reduce((sum, a) => sum + (a.revenue ?? 0), 0),
      strategic: known.filter((a) => a.strategic).length,
      customers: customers.size,
      critical: weights.filter((w) => w === IMPORTANCE_WEIGHT.critical).length,
      weight: weights.reduce((sum, w) => sum + w, 0),
    });
  }
  return demand;
}

/** Orders by demand, most asked first: weight, then strategic accounts, then revenue, then notes. */
export function compareDemand(a: Demand, b: Demand): number {
  return b.weight - a.weight || b.strategic - a.strategic || b.revenue - a.revenue || b.notes - a.notes;
}

/**
 * RICE's reach as the feedback suggests it: the distinct customers asking. Offered only when it
 * would change the reach the team entered, never written on its own.
 */
export function suggestedReach(demand: Demand | undefined, currentReach: number | null): number | null {
  if (!demand || demand.customers === 0) return null;
  return currentReach === demand.customers ? null : demand.customers;
}
