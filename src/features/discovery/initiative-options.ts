import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import type { Initiative, InitiativeStatus } from '../../domain/types';

const STATUSES: readonly InitiativeStatus[] = ['active', 'shipped', 'parked', 'killed'];

/** The product's initiatives (on the board first, then closed ones), by title, for a select. */
export function useInitiativeOptions(productId: string): Initiative[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.initiatives
      .where('[productId+status]')
      .anyOf(STATUSES.map((s) => [productId, s]))
      .toArray();
    return all
      .filter((i) => i.deletedAt === null)
      .sort((a, b) => Number(a.status !== 'active') - Number(b.status !== 'active') || a.title.localeCompare(b.title));
  }, [productId]);
}
