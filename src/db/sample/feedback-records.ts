import type { Evidence } from '../../domain/discovery/types';
import type { Account, FeedbackLink, FeedbackNote } from '../../domain/feedback/types';
import { newId } from '../command';
import type { SampleFeedback } from './feedback-content';

export interface FeedbackRecords {
  accounts: Account[];
  feedback: FeedbackNote[];
  feedbackLinks: FeedbackLink[];
  /** Evidence quoting a note: added to the interviews' evidence. */
  evidence: Evidence[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * The sample product's customer feedback: accounts, notes from sales, customer success, support
 * and users, the initiatives they ask for and the hypotheses they back or contradict. A note is
 * entered the day it was said and linked an hour later; one is dismissed, a few wait in the inbox.
 */
export function sampleFeedbackRecords(
  sample: SampleFeedback,
  productId: string,
  initiativeIds: ReadonlyMap<string, string>,
  hypothesisIds: ReadonlyMap<string, string>,
  now: number,
): FeedbackRecords {
  const records: FeedbackRecords = { accounts: [], feedback: [], feedbackLinks: [], evidence: [] };
  const accountIds = new Map<string, string>();
  for (const { key, ...facts } of sample.accounts) {
    const createdAt = now - 90 * DAY;
    const account: Account = { id: newId(), productId, ...facts, createdAt, updatedAt: createdAt, deletedAt: null };
    records.accounts.push(account);
    accountIds.set(key, account.id);
  }
  const need = (ids: ReadonlyMap<string, string>, key: string, what: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`sample feedback: no ${what} ${key}`);
    return id;
  };

  for (const item of sample.notes) {
    const at = now - item.daysAgo * DAY;
    const linkedAt = Math.min(at + HOUR, now);
    const note: FeedbackNote = {
      id: newId(),
      productId,
      text: item.text,
      source: item.source,
      accountId: item.account === null ? null : need(accountIds, item.account, 'account'),
      person: item.person,
      date: new Date(at).toISOString().slice(0, 10),
      tags: item.tags,
      enteredBy: '',
      dismissedAt: item.dismissed ? linkedAt : null,
      createdAt: at,
      updatedAt: item.dismissed ? linkedAt : at,
      deletedAt: null,
    };
    records.feedback.push(note);
    for (const ask of item.asks ?? []) {
      const initiativeId = need(initiativeIds, ask.initiative, 'initiative');
      records.feedbackLinks.push({ id: newId(), productId, feedbackId: note.id, initiativeId, importance: ask.importance, excerpt: ask.excerpt ?? '', createdAt: linkedAt, updatedAt: linkedAt, deletedAt: null });
    }
    for (const link of item.evidence ?? []) {
      const hypothesisId = need(hypothesisIds, link.hypothesis, 'hypothesis');
      records.evidence.push({ id: newId(), productId, hypothesisId, interviewId: '', feedbackId: note.id, stance: link.stance, excerpt: link.excerpt, createdAt: linkedAt, deletedAt: null });
    }
  }
  return records;
}
