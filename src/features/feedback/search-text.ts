import { feedbackSearchText } from '../../domain/feedback/inbox';
import type { FeedbackNote } from '../../domain/feedback/types';

/**
 * Each note's search text, normalised once: normalising 10,000 notes again on every keystroke
 * took longer than the 50 ms a key may take. Keyed by the note as read (a write reads the notes
 * anew), and checked against the account's name, which may change without the note.
 */
const texts = new WeakMap<FeedbackNote, { accountName: string; text: string }>();

export function searchTextOf(note: FeedbackNote, accountName: string): string {
  const known = texts.get(note);
  if (known && known.accountName === accountName) return known.text;
  const text = feedbackSearchText(note, accountName);
  texts.set(note, { accountName, text });
  return text;
}

/** Notes at a time: a few milliseconds of work, so neither scrolling nor typing waits behind it. */
const SLICE = 500;

/**
 * Computes the notes' search texts in the background once they show, a slice at a time, so the
 * first key typed finds them ready. Returns what stops it (the notes changed, the page closed).
 */
export function prepareSearchTexts(notes: readonly { note: FeedbackNote; account: { name: string } | null }[]): () => void {
  let index = 0;
  const slice = () => {
    for (const end = Math.min(index + SLICE, notes.length); index < end; index++) searchTextOf(notes[index]!.note, notes[index]!.account?.name ?? '');
    if (index < notes.length) timer = window.setTimeout(slice, 0);
  };
  let timer = window.setTimeout(slice, 0);
  return () => window.clearTimeout(timer);
}
