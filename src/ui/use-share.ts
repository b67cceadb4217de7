import { useLiveQuery } from 'dexie-react-hooks';
import { liveShare } from '../db/shares';
import { mayWrite } from '../db/sync-outbox';

/** This browser's membership of the product, null when it is not shared (undefined while reading). */
export function useShare(productId: string) {
  return useLiveQuery(async () => (await liveShare(productId)) ?? null, [productId]);
}

/** Whether this person may change the product: not a viewer nor a revoked member (the commands refuse them too). */
export function useCanWrite(productId: string): boolean {
  const share = useShare(productId);
  return mayWrite(share ?? undefined);
}
