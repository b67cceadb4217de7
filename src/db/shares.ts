import { db } from './db';

/** This browser's memberships of shared products, as the screens read them (share-commands.ts writes them). */

export const liveShare = (productId: string) => db.shares.get(productId);
export const liveShares = () => db.shares.toArray();

/** The number of this product's changes the server has not acknowledged yet. */
export const livePendingCount = (productId: string) => db.syncOutbox.where('productId').equals(productId).count();
