import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BULK_CHUNK, writeProductRecords } from '../../../src/db/bulk';
import { db } from '../../../src/db/db';
import { newProductRecords } from '../../../src/db/product-records';
import { activeInStage, liveProducts } from '../../../src/db/queries';
import { ranksBetween } from '../../../src/domain/ranking';
import type { Initiative } from '../../../src/domain/types';

function productWith(cards: number) {
  const records = newProductRecords('Big product', Date.UTC(2026, 0, 1));
  const stage = records.stages[0]!;
  const ranks = ranksBetween(null, null, cards);
  records.initiatives = ranks.map(
    (rank, i): Initiative => ({
      id: crypto.randomUUID(),
      productId: records.product.id,
      stageId: stage.id,
      lane: stage.lane,
      rank,
      title: `Initiative ${i}`,
      summary: '',
      problem: '',
      owner: '',
      tags: [],
      segment: '',
      status: 'active',
      closeReason: '',
      closedAt: null,
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
    }),
  );
  return { records, stage };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the bulk path', () => {
  it('writes a whole product with one bulkPut per chunk, in one transaction', async () => {
    const { records, stage } = productWith(2 * BULK_CHUNK + 5);
    const bulkPut = vi.spyOn(db.initiatives, 'bulkPut');
    const put = vi.spyOn(db.initiatives, 'put');
    const transaction = vi.spyOn(db, 'transaction');
    await writeProductRecords(records);
    expect(bulkPut).toHaveBeenCalledTimes(3);
    expect(bulkPut.mock.calls.map(([rows]) => (rows as unknown[]).length)).toEqual([BULK_CHUNK, BULK_CHUNK, 5]);
    expect(put).not.toHaveBeenCalled();
    expect(transaction).toHaveBeenCalledTimes(1);
    const cards = await activeInStage(stage.id);
    expect(cards).toHaveLength(2 * BULK_CHUNK + 5);
    expect(cards[0]!.title).toBe('Initiative 0');
    expect(cards.at(-1)!.title).toBe(`Initiative ${2 * BULK_CHUNK + 4}`);
    vi.restoreAllMocks();
  });

  it('writes nothing when any part fails', async () => {
    const { records } = productWith(1500);
    records.initiatives[1200] = { ...records.initiatives[1200]!, id: undefined as unknown as string };
    await expect(writeProductRecords(records)).rejects.toThrow();
    expect(await liveProducts()).toEqual([]);
    expect(await db.initiatives.count()).toBe(0);
    expect(await db.stages.count()).toBe(0);
  });
});
