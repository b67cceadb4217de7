import { checkAccount, type AccountInput } from '../domain/feedback/fields';
import type { Account } from '../domain/feedback/types';
import { shortLabel } from '../domain/limits';
import { newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { db } from './db';

/** The product's live accounts but one, whose names a new or renamed account must not repeat. */
async function otherAccounts(productId: string, exceptId: string | null): Promise<Account[]> {
  const accounts = await db.accounts.where('productId').equals(productId).toArray();
  return accounts.filter((a) => a.deletedAt === null && a.id !== exceptId);
}

/**
 * Creates an account inside the caller's command (a note's capture may create its account as it
 * is saved, as one step). The name is checked against the product's accounts in the same
 * transaction, so two captures cannot both create "Acme".
 */
export async function putNewAccount(w: Writer, productId: string, input: Partial<AccountInput>): Promise<Account> {
  const { values, errors } = checkAccount(input, await otherAccounts(productId, null), true);
  refuseInvalid(errors);
  const now = Date.now();
  const account: Account = { id: newId(), productId, ...(values as AccountInput), createdAt: now, updatedAt: now, deletedAt: null };
  return w.put('accounts', account);
}

/** Adds an account (a customer company, or a B2C group) to the product. */
export function createAccount(productId: string, input: Partial<AccountInput>): Promise<Account> {
  return runCommand('createAccount', async (w) => {
    await requireLive('products', productId, 'productMissing');
    const account = await putNewAccount(w, productId, input);
    w.scope(productId, shortLabel(account.name));
    return account;
  });
}

/** Changes an account's name, segment, plan, revenue or strategic flag; a field left out stays. */
export function updateAccount(id: string, patch: Partial<AccountInput>): Promise<Account> {
  return runCommand(
    'updateAccount',
    async (w) => {
      const account = await requireLive('accounts', id, 'accountMissing');
      w.scope(account.productId, shortLabel(account.name));
      const { values, errors } = checkAccount(patch, await otherAccounts(account.productId, id), false);
      refuseInvalid(errors);
      const changed = changedFields(account, values as Partial<Account>);
      if (Object.keys(changed).length === 0) return account;
      return w.update('accounts', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Deletes an account with a tombstone: its notes stay, undo brings it back. */
export function deleteAccount(id: string): Promise<void> {
  return runCommand('deleteAccount', async (w) => {
    const account = await requireLive('accounts', id, 'accountMissing');
    w.scope(account.productId, shortLabel(account.name));
    await w.remove('accounts', id);
  });
}
