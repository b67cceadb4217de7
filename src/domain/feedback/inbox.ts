/** The inbox's rules: what is left to process, and who asked for an initiative once it ships. */
import { normalize } from '../filter';
import { customerKey, IMPORTANCE_WEIGHT, liveLinks } from './demand';
import type { Account, FeedbackLink, FeedbackNote, Importance } from './types';

export const FEEDBACK_STATES = ['toProcess', 'processed', 'dismissed'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

/**
 * A note is processed once it is linked (to an initiative, or to a hypothesis as evidence) or
 * dismissed; until then it waits in the inbox. Removing its last link puts it back.
 */
export function feedbackState(note: Pick<FeedbackNote, 'dismissedAt'>, links: number): FeedbackState {
  if (links > 0) return 'processed';
  return note.dismissedAt === null ? 'toProcess' : 'dismissed';
}

/** The words a search is made of, ignoring case and accents: a matching note holds every one. */
export function searchWords(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** What the inbox's search looks in: a note's text, person, tags and account name, ignoring case and accents. */
export function feedbackSearchText(note: Pick<FeedbackNote, 'text' | 'person' | 'tags'>, accountName: string): string {
  return normalize(`${note.text}\n${note.person}\n${note.tags.join('\n')}\n${accountName}`);
}

/** Whether a note's search text (feedbackSearchText, computed once per note) holds every word of a search. */
export function holdsWords(searchText: string, words: readonly string[]): boolean {
  return words.every((word) => searchText.includes(word));
}

/** Whether a note matches the inbox's search: its text, person, tags and account name, ignoring case and accents. */
export function matchesFeedback(note: Pick<FeedbackNote, 'text' | 'person' | 'tags'>, accountName: string, query: string): boolean {
  const words = searchWords(query);
  return words.length === 0 || holdsWords(feedbackSearchText(note, accountName), words);
}

/** Newest first by the day it was said, then by when it was entered. */
export function newestFirst<T extends Pick<FeedbackNote, 'date' | 'createdAt' | 'id'>>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => (a.date === b.date ? b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** One customer who asked for an initiative: the people to tell, and how much it mattered to them. */
export interface Asker {
  key: string;
  account: Pick<Account, 'id' | 'name' | 'segment' | 'plan' | 'revenue' | 'strategic'> | null;
  people: string[];
  importance: Importance;
  notes: number;
  /** The day they last asked (yyyy-mm-dd). */
  lastAsked: string;
}

/** Everyone who asked for the initiative, strategic and most insistent first: the list to tell once it ships or is dropped. */
export function askersOf(initiativeId: string, links: readonly FeedbackLink[], notes: readonly FeedbackNote[], accounts: readonly Account[]): Asker[] {
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const accountById = new Map(accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a]));
  const byKey = new Map<string, Asker & { noteIds: Set<string> }>();
  for (const link of liveLinks(links, noteById)) {
    if (link.initiativeId !== initiativeId) continue;
    const note = noteById.get(link.feedbackId)!;
    const key = customerKey(note);
    const account = note.accountId ? (accountById.get(note.accountId) ?? null) : null;
    const asker = byKey.get(key) ?? { key, account, people: [], importance: link.importance, notes: 0, lastAsked: note.date, noteIds: new Set<string>() };
    byKey.set(key, asker);
    if (IMPORTANCE_WEIGHT[link.importance] > IMPORTANCE_WEIGHT[asker.importance]) asker.importance = link.importance;
    const person = note.person.trim();
    if (person && !asker.people.some((p) => normalize(p) === normalize(person))) asker.people.push(person);
    asker.noteIds.add(note.id);
    if (note.date > asker.lastAsked) asker.lastAsked = note.date;
  }
  return [...byKey.values()]
    .map(({ noteIds, ...asker }) => ({ ...asker, notes: noteIds.size }))
    .sort(
      (a, b) =>
        Number(b.account?.strategic ?? false) - Number(a.account?.strategic ?? false) ||
        IMPORTANCE_WEIGHT[b.importance] - IMPORTANCE_WEIGHT[a.importance] ||
        (b.account?.revenue ?? 0) - (a.account?.revenue ?? 0) ||
        a.key.localeCompare(b.key),
    );
}
