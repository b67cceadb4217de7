import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { feedbackData, type FeedbackData } from '../../db/feedback-queries';
import { liveStages } from '../../db/queries';
import type { Product, Stage } from '../../domain/types';

export interface AccountsData extends FeedbackData {
  product: Product;
  stages: Map<string, Stage>;
}

/**
 * The product's accounts with their notes and links, and the board's stages: read live, so an
 * initiative moved on the board, or a note linked in the inbox, shows here at once.
 */
export function useAccountsData(productId: string): AccountsData | null | undefined {
  return useLiveQuery(async () => {
    const [product, data, stages] = await Promise.all([db.products.get(productId), feedbackData(productId), liveStages(productId)]);
    if (!product) return null;
    return { ...data, product, stages: new Map(stages.map((s) => [s.id, s])) };
  }, [productId]);
}
