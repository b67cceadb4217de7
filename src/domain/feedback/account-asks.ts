/** What one account asks for: the answer to "what did we promise them, and where is it?". */
import { isReleasedStage } from '../lanes';
import type { Initiative, Stage } from '../types';
import { IMPORTANCE_WEIGHT } from './demand';
import type { FeedbackLink, FeedbackNote, Importance } from './types';

export interface AccountAsk {
  initiativeId: string;
  /** The highest importance the account gave it, over all its notes. */
  importance: Importance;
  /** The account's notes asking for it. */
  notes: number;
  /** The day the account last asked (yyyy-mm-dd). */
  lastAsked: string;
}

type Note = Pick<FeedbackNote, 'id' | 'accountId' | 'date' | 'deletedAt'>;
type Link = Pick<FeedbackLink, 'feedbackId' | 'initiativeId' | 'importance' | 'deletedAt'>;

/**
 * Each initiative the account's live notes ask for, once, at the highest importance it was given;
 * most important first, then most recently asked, then by id so the order is stable.
 */
export function asksOfAccount(accountId: string, links: readonly Link[], notes: readonly Note[]): AccountAsk[] {
  const own = new Map(notes.filter((n) => n.accountId === accountId && n.deletedAt === null).map((n) => [n.id, n]));
  const asks = new Map<string, AccountAsk & { noteIds: Set<string> }>();
  for (const link of links) {
    const note = own.get(link.feedbackId);
    if (!note || link.deletedAt !== null) continue;
    const ask = asks.get(link.initiativeId) ?? { initiativeId: link.initiativeId, importance: link.importance, notes: 0, lastAsked: note.date, noteIds: new Set<string>() };
    asks.set(link.initiativeId, ask);
    if (IMPORTANCE_WEIGHT[link.importance] > IMPORTANCE_WEIGHT[ask.importance]) ask.importance = link.importance;
    if (note.date > ask.lastAsked) ask.lastAsked = note.date;
    ask.noteIds.add(note.id);
  }
  return [...asks.values()]
    .map(({ noteIds, ...ask }) => ({ ...ask, notes: noteIds.size }))
    .sort(
      (a, b) =>
        IMPORTANCE_WEIGHT[b.importance] - IMPORTANCE_WEIGHT[a.importance] ||
        (a.lastAsked === b.lastAsked ? 0 : a.lastAsked < b.lastAsked ? 1 : -1) ||
        (a.initiativeId < b.initiativeId ? -1 : a.initiativeId > b.initiativeId ? 1 : 0),
    );
}

/** Each account's live notes, counted: the accounts list's "notes" column. */
export function notesByAccount(notes: readonly Pick<FeedbackNote, 'accountId' | 'deletedAt'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) if (note.deletedAt === null && note.accountId) counts.set(note.accountId, (counts.get(note.accountId) ?? 0) + 1);
  return counts;
}

/** Where an ask stands for the account: still being worked on, shipped, or dropped. */
export type AskOutcome = 'inProgress' | 'shipped' | 'parked' | 'killed';

/**
 * An initiative on the board has shipped once it reaches the Released stage (it is measured
 * there, then closed as shipped); off the board, its closing status says.
 */
export function askOutcome(initiative: Pick<Initiative, 'status'>, stage: Pick<Stage, 'defaultKey'> | undefined): AskOutcome {
  if (initiative.status !== 'active') return initiative.status;
  return stage && isReleasedStage(stage) ? 'shipped' : 'inProgress';
}
