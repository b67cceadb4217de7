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

/** Notes a push, in place of an earlier note of the same doc state (in a transaction of its own). */
export async function notePush(productId: string, push: Sent): Promise<void> {
  await db.transaction('rw', 'meta', async () => {
    const sent = await readSent(productId);
    await writeSent(productId, [...sent.filter((s) => s.client !== push.client || s.clock !== push.clock), push]);
  });
}

/** Forgets the pushes the server acknowledged, those up to queue entry `lastId` (in the caller's transaction). */
export async function forgetPushes(productId: string, lastId: number): Promise<void> {
  await writeSent(productId, (await readSent(productId)).filter((s) => s.upTo > lastId));
}
