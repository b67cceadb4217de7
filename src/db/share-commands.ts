import { PRODUCT_TABLES } from '../domain/tables';
import { anyDataTable, db } from './db';
import type { OutboxEntry, Role, Share } from './share-types';
import { SYNCED_TABLES } from './sync-outbox';

/**
 * This browser's memberships of shared products. They are local (a token is this browser's own),
 * so they are written here rather than through the commands, which record user data for undo.
 * Loaded with the sharing screens and the sync engine, not with the first paint.
 */

export interface Membership {
  productId: string;
  member: { id: string; displayName: string; role: Role };
  token: string;
}

const shareOf = ({ productId, member, token }: Membership, now: number): Share => ({
  productId,
  token,
  memberId: member.id,
  displayName: member.displayName,
  role: member.role,
  state: 'active',
  refusal: null,
  joinedAt: now,
});

/** The owner's first upload: the membership, and every record of the product queued for the server, together. */
export function startSharing(membership: Membership): Promise<void> {
  const { productId } = membership;
  return db.transaction('rw', [...SYNCED_TABLES, 'shares', 'syncOutbox'], async () => {
    const now = Date.now();
    const entries: OutboxEntry[] = [{ productId, table: 'products', key: productId, fields: null, at: now }];
    for (const table of PRODUCT_TABLES) {
      const keys = await anyDataTable(table)
        .filter((record) => (record as { productId?: string }).productId === productId)
        .primaryKeys();
      for (const key of keys) entries.push({ productId, table, key, fields: null, at: now });
    }
    await db.shares.put(shareOf(membership, now));
    await db.syncOutbox.bulkAdd(entries);
  });
}

/** A joined product: its records arrive from the server. */
export async function joinShared(membership: Membership): Promise<void> {
  await db.shares.put(shareOf(membership, Date.now()));
}

/** The server turned this member away: the copy stays here, readable, and stops syncing. */
export async function refuseShare(productId: string, reason: string): Promise<void> {
  await db.shares.update(productId, { state: 'revoked', refusal: reason });
}

export async function setShareRole(productId: string, role: Role): Promise<void> {
  await db.shares.update(productId, { role });
}

/** Sharing stopped (or this member left): the product is local again, and nothing more is sent. */
export function endSharing(productId: string): Promise<void> {
  return db.transaction('rw', ['shares', 'syncOutbox'], async () => {
    await db.shares.delete(productId);
    await db.syncOutbox.where('productId').equals(productId).delete();
  });
}
