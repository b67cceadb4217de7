import type { FeedbackTable } from '../domain/feedback/csv-read';
import { planFeedbackImport, type FeedbackImportChoices, type FeedbackImportPlan } from '../domain/feedback/csv-import';
import { checkAccount, checkFeedback, type AccountInput, type FeedbackInput } from '../domain/feedback/fields';
import type { Account, FeedbackNote } from '../domain/feedback/types';
import { newId, runCommand } from './command';
import { requireLive } from './command-guards';
import { refuseInvalid } from './command-fields';
import { db } from './db';

/** What an import wrote, for its notice. */
export interface FeedbackImportDone {
  notes: number;
  newAccounts: number;
  plan: FeedbackImportPlan;
}

/** The product's live accounts and notes, read in the caller's transaction: what the plan matches and skips. */
export async function feedbackImportExisting(productId: string) {
  const [accounts, notes] = await Promise.all([db.accounts.where('productId').equals(productId).toArray(), db.feedback.where('productId').equals(productId).toArray()]);
  return { accounts: accounts.filter((a) => a.deletedAt === null), notes: notes.filter((n) => n.deletedAt === null) };
}

/**
 * Imports the notes of a feedback CSV, and the accounts they name that the product lacks, as one
 * command: Undo removes them all. The plan is built again here, in the transaction, so a note
 * added or an account created since the preview is matched, not repeated. Rows the preview showed
 * as refused (an unreadable date, a field over its limit) or as already in the product are left
 * out; every record written is checked again, and one that fails refuses the whole import.
 */
export function importFeedback(productId: string, table: FeedbackTable, choices: FeedbackImportChoices): Promise<FeedbackImportDone> {
  return runCommand('importFeedback', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    const existing = await feedbackImportExisting(productId);
    const plan = planFeedbackImport(table, choices, existing);
    // Nothing new (the file was imported before): nothing written, no step to undo.
    if (plan.notes.length === 0) return { notes: 0, newAccounts: 0, plan };
    const now = Date.now();
    const enteredBy = (await db.shares.get(productId))?.displayName ?? '';
    const accountIds = new Map<string, string>();
    const accounts: Account[] = plan.newAccounts.map(({ key, input }) => {
      const { values, errors } = checkAccount(input, existing.accounts, true);
      refuseInvalid(errors);
      const account: Account = { id: newId(), productId, ...(values as AccountInput), createdAt: now, updatedAt: now, deletedAt: null };
      accountIds.set(key, account.id);
      return account;
    });
    const notes: FeedbackNote[] = plan.notes.map(({ account, text, source, person, date, tags }) => {
      const accountId = account === null ? null : 'id' in account ? account.id : accountIds.get(account.key)!;
      const { values, errors } = checkFeedback({ text, source, person, date, tags, accountId }, true);
      refuseInvalid(errors);
      return { id: newId(), productId, ...(values as FeedbackInput), enteredBy, dismissedAt: null, createdAt: now, updatedAt: now, deletedAt: null };
    });
    await w.putMany('accounts', accounts);
    await w.putMany('feedback', notes);
    return { notes: notes.length, newAccounts: accounts.length, plan };
  });
}
