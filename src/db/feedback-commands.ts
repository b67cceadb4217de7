import { checkFeedback, type AccountInput, type FeedbackInput } from '../domain/feedback/fields';
import type { FeedbackNote } from '../domain/feedback/types';
import { shortLabel } from '../domain/limits';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { putNewAccount } from './account-commands';
import { db } from './db';

/** Who the note is about: an account of the product, a new account by its name, or none. */
export type AccountChoice = { id: string } | { create: Partial<AccountInput> } | null;

/** Loads a live note and scopes the command to its product. */
export async function liveFeedback(w: Writer, id: string): Promise<FeedbackNote> {
  const note = await requireLive('feedback', id, 'feedbackMissing');
  w.scope(note.productId, shortLabel(note.text));
  return note;
}

/** The account a note names, live and of the same product; a new one is created in the command. */
async function accountIdOf(w: Writer, productId: string, choice: AccountChoice): Promise<string | null> {
  if (choice === null) return null;
  if ('create' in choice) return (await putNewAccount(w, productId, choice.create)).id;
  const account = await requireLive('accounts', choice.id, 'accountMissing');
  if (account.productId !== productId) throw new CommandError('otherProduct');
  return account.id;
}

/** The name of this member in a shared product, who the note will say entered it; '' when solo. */
async function memberName(productId: string): Promise<string> {
  return (await db.shares.get(productId))?.displayName ?? '';
}

/**
 * Adds a note to the product's inbox, to process; the account it names may be created with it,
 * so capturing feedback for a new customer is one step to undo.
 */
export function addFeedback(productId: string, input: Omit<FeedbackInput, 'accountId'>, account: AccountChoice): Promise<FeedbackNote> {
  const { values, errors } = checkFeedback({ ...input, accountId: null }, true);
  refuseInvalid(errors);
  return runCommand('addFeedback', async (w) => {
    await requireLive('products', productId, 'productMissing');
    const now = Date.now();
    const note: FeedbackNote = {
      id: newId(),
      productId,
      ...(values as FeedbackInput),
      accountId: await accountIdOf(w, productId, account),
      enteredBy: await memberName(productId),
      dismissedAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(productId, shortLabel(note.text));
    return w.put('feedback', note);
  });
}

/** Edits a note's text, source, person, date, tags or account (an existing one, a new one, or none). */
export function editFeedback(id: string, patch: Partial<Omit<FeedbackInput, 'accountId'>>, account?: AccountChoice): Promise<FeedbackNote> {
  const { values, errors } = checkFeedback(patch, false);
  refuseInvalid(errors);
  return runCommand(
    'editFeedback',
    async (w) => {
      const note = await liveFeedback(w, id);
      const next: Partial<FeedbackNote> = { ...values };
      if (account !== undefined) next.accountId = await accountIdOf(w, note.productId, account);
      const changed = changedFields(note, next);
      if (Object.keys(changed).length === 0) return note;
      return w.update('feedback', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Marks a note as asking for nothing to act on: it leaves the inbox's "to process". */
export function dismissFeedback(id: string): Promise<FeedbackNote> {
  return runCommand('dismissFeedback', async (w) => {
    const note = await liveFeedback(w, id);
    if (note.dismissedAt !== null) return note;
    const now = Date.now();
    return w.update('feedback', id, { dismissedAt: now, updatedAt: now });
  });
}

/** Brings a dismissed note back to process. */
export function reopenFeedback(id: string): Promise<FeedbackNote> {
  return runCommand('reopenFeedback', async (w) => {
    const note = await liveFeedback(w, id);
    if (note.dismissedAt === null) return note;
    return w.update('feedback', id, { dismissedAt: null, updatedAt: Date.now() });
  });
}

/** Deletes a note with its links and the evidence quoting it, all tombstoned at once so undo brings them back together. */
export function deleteFeedback(id: string): Promise<void> {
  return runCommand('deleteFeedback', async (w) => {
    await liveFeedback(w, id);
    for (const link of await db.feedbackLinks.where('feedbackId').equals(id).toArray()) await w.remove('feedbackLinks', link.id);
    for (const evidence of await db.evidence.where('feedbackId').equals(id).toArray()) await w.remove('evidence', evidence.id);
    await w.remove('feedback', id);
  });
}
