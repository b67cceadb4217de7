import type { Evidence, EvidenceStance } from '../domain/discovery/types';
import { checkExcerpt, checkImportance } from '../domain/feedback/fields';
import type { FeedbackLink, FeedbackNote, Importance } from '../domain/feedback/types';
import { LONG_MAX, shortLabel } from '../domain/limits';
import { CommandError, newId, runCommand, ValidationError, type Writer } from './command';
import { requireLive } from './command-guards';
import { liveFeedback } from './feedback-commands';
import { liveHypothesis } from './hypothesis-commands';
import { db } from './db';

/** The excerpt as a link stores it, or the refusal of words the note does not hold. */
function excerptOf(note: FeedbackNote, excerpt: string): string {
  const checked = checkExcerpt(excerpt, note.text);
  if (checked.error) throw new ValidationError({ excerpt: checked.error });
  return checked.excerpt!;
}

/** A note linked is processed: it leaves the dismissed pile too. */
async function markProcessed(w: Writer, note: FeedbackNote, now: number) {
  if (note.dismissedAt !== null) await w.update('feedback', note.id, { dismissedAt: null, updatedAt: now });
}

/**
 * Links a note, or a highlighted excerpt of it, to an initiative of its product with an
 * importance. The same words linked again to the same initiative change the link's importance
 * rather than count the customer twice.
 */
export function linkFeedback(feedbackId: string, initiativeId: string, importance: Importance, excerpt = ''): Promise<FeedbackLink> {
  const invalid = checkImportance(importance);
  if (invalid) return Promise.reject(new ValidationError({ importance: invalid }));
  return runCommand('linkFeedback', async (w) => {
    const note = await liveFeedback(w, feedbackId);
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    if (initiative.productId !== note.productId) throw new CommandError('otherProduct');
    const words = excerptOf(note, excerpt);
    const now = Date.now();
    await markProcessed(w, note, now);
    const links = await db.feedbackLinks.where('feedbackId').equals(feedbackId).toArray();
    const same = links.find((l) => l.deletedAt === null && l.initiativeId === initiativeId && l.excerpt === words);
    if (same) return same.importance === importance ? same : w.update('feedbackLinks', same.id, { importance, updatedAt: now });
    const link: FeedbackLink = { id: newId(), productId: note.productId, feedbackId, initiativeId, importance, excerpt: words, createdAt: now, updatedAt: now, deletedAt: null };
    return w.put('feedbackLinks', link);
  });
}

/** Changes how much a linked note matters to whoever asks. */
export function setLinkImportance(linkId: string, importance: Importance): Promise<FeedbackLink> {
  const invalid = checkImportance(importance);
  if (invalid) return Promise.reject(new ValidationError({ importance: invalid }));
  return runCommand('setLinkImportance', async (w) => {
    const link = await requireLive('feedbackLinks', linkId, 'feedbackLinkMissing');
    await liveFeedback(w, link.feedbackId);
    if (link.importance === importance) return link;
    return w.update('feedbackLinks', linkId, { importance, updatedAt: Date.now() });
  });
}

/** Removes a link; a note left with no link goes back to the inbox's "to process". */
export function unlinkFeedback(linkId: string): Promise<void> {
  return runCommand('unlinkFeedback', async (w) => {
    const link = await requireLive('feedbackLinks', linkId, 'feedbackLinkMissing');
    await liveFeedback(w, link.feedbackId);
    await w.remove('feedbackLinks', linkId);
  });
}

/**
 * Links a note (or an excerpt) to a hypothesis of its product as evidence that supports or
 * refutes it: it then counts with the interviews' evidence. The whole note is quoted when no
 * excerpt is highlighted and it is short enough to quote.
 */
export function linkFeedbackEvidence(feedbackId: string, hypothesisId: string, stance: EvidenceStance, excerpt = ''): Promise<Evidence> {
  if (stance !== 'supports' && stance !== 'refutes') return Promise.reject(new ValidationError({ stance: 'errors.valueInvalid' }));
  return runCommand('linkFeedbackEvidence', async (w) => {
    const note = await liveFeedback(w, feedbackId);
    const hypothesis = await liveHypothesis(w, hypothesisId);
    if (hypothesis.productId !== note.productId) throw new CommandError('otherProduct');
    const quote = excerptOf(note, excerpt) || note.text;
    if (quote.length > LONG_MAX) throw new ValidationError({ excerpt: 'errors.excerptTooLongForEvidence' });
    const now = Date.now();
    await markProcessed(w, note, now);
    const evidence: Evidence = { id: newId(), productId: note.productId, hypothesisId, interviewId: '', feedbackId, stance, excerpt: quote, createdAt: now, deletedAt: null };
    w.scope(note.productId, shortLabel(quote));
    return w.put('evidence', evidence);
  });
}
