import { db } from '../db/db';

/**
 * A push of the outbox into a doc: the entries up to `upTo`, in that doc's own updates up to
 * `clock`. Every push is kept until acknowledged, across reloads: a tab that closed before the
 * server's acknowledgement starts a new doc, and an entry whose update the server turns out to
 * have is already merged there, teammates' later changes over it included, so it is not sent again.
 */
export interface Sent {
  client: number;
  clock: number;
  upTo: number;
}

const sentKey = (productId: string) => `syncSent:${productId}`;

/** The pushes of a product not acknowledged yet (in the caller's transaction, which includes `meta`). */
export async function readSent(productId: string): Promise<Sent[]> {
  return ((await db.meta.get(sentKey(productId)))?.value as Sent[] | undefined) ?? [];
}

/** Keeps these pushes as the product's unacknowledged ones; none forgets the record. */
export async function writeSent(productId: string, sent: readonly Sent[]): Promise<void> {
  if (sent.length > 0) await db.meta.put({ key: sentKey(productId), value: sent });
  else await db.meta.delete(sentKey(productId));
}
