import { beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../../src/db/account-commands';
import { demandOfInitiative } from '../../../src/db/demand-queries';
import { addFeedback } from '../../../src/db/feedback-commands';
import { linkFeedback, unlinkFeedback } from '../../../src/db/feedback-link-commands';
import { createInitiative } from '../../../src/db/initiative-commands';
import { listRows } from '../../../src/db/list-queries';
import { freshDb, makeProduct, type TestProduct } from './helpers';

let p: TestProduct;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
});

const note = (text: string, person = '') => ({ text, source: 'sales' as const, person, date: '2026-11-03', tags: [] });

describe('demand reads', () => {
  it('gives one initiative its demand, and the list each row its own', async () => {
    const asked = await createInitiative(p.stage('opportunities').id, { title: 'Bulk export' });
    const other = await createInitiative(p.stage('opportunities').id, { title: 'Dark mode' });
    const acme = await createAccount(p.productId, { name: 'Acme', segment: 'B2B', plan: '', revenue: 100_000, strategic: true });
    const first = await addFeedback(p.productId, note('We need exports'), { id: acme.id });
    const second = await addFeedback(p.productId, note('Exports, please', 'Zoé'), null);
    await linkFeedback(first.id, asked.id, 'critical');
    const link = await linkFeedback(second.id, asked.id, 'important');

    expect(await demandOfInitiative(asked.id)).toEqual({ notes: 2, accounts: 1, revenue: 100_000, strategic: 1, customers: 2, critical: 1, weight: 5 });
    expect(await demandOfInitiative(other.id)).toBeUndefined();
    const rows = await listRows(p.productId, (stage) => stage.name);
    expect(rows.find((r) => r.id === asked.id)?.demand?.customers).toBe(2);
    expect(rows.find((r) => r.id === other.id)?.demand).toBeNull();

    await unlinkFeedback(link.id);
    expect((await demandOfInitiative(asked.id))?.customers).toBe(1);
  });
});
