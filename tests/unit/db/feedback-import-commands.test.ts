import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccount } from '../../../src/db/account-commands';
import { db } from '../../../src/db/db';
import { importFeedback } from '../../../src/db/feedback-import-commands';
import { deleteProduct } from '../../../src/db/product-commands';
import { redo, undo } from '../../../src/db/undo';
import { suggestMapping } from '../../../src/domain/feedback/csv-columns';
import type { FeedbackImportChoices } from '../../../src/domain/feedback/csv-import';
import { readFeedbackCsv, type FeedbackTable } from '../../../src/domain/feedback/csv-read';
import { decodeBytes } from '../../../src/domain/import/encoding';
import { feedbackFixture } from '../domain/feedback-helpers';
import { advance, expectCommandError, freshDb, liveCount, makeProduct, snapshot, type TestProduct } from './helpers';

let p: TestProduct;
let table: FeedbackTable;

beforeEach(async () => {
  await freshDb();
  p = await makeProduct('Planner');
  advance(10_000);
  const read = readFeedbackCsv(decodeBytes(feedbackFixture('support-export.csv')).text);
  if (!read.ok) throw new Error('fixture refused');
  table = read.table;
});

afterEach(() => {
  vi.useRealTimers();
});

const choices = (): FeedbackImportChoices => ({ mapping: suggestMapping(table.headers), dayOrder: 'dmy', defaultSource: 'other', monthlyRevenue: false, today: '2026-04-01' });
const liveNotes = async () => (await db.feedback.where('productId').equals(p.productId).toArray()).filter((n) => n.deletedAt === null);

describe('importFeedback', () => {
  it('creates the new accounts and all the notes in one undoable step', async () => {
    const activityBefore = await db.activity.count();
    const done = await importFeedback(p.productId, table, choices());
    expect(done).toMatchObject({ notes: 12, newAccounts: 6 });
    expect(await liveCount(db.feedback)).toBe(12);
    expect(await liveCount(db.accounts)).toBe(6);
    expect(await db.activity.count()).toBe(activityBefore + 1);
    expect((await db.activity.toArray()).at(-1)).toMatchObject({ command: 'importFeedback', productId: p.productId, label: 'Planner' });
    const acme = (await db.accounts.toArray()).find((a) => a.name === 'Acme Corp')!;
    expect(acme).toMatchObject({ productId: p.productId, plan: 'Enterprise', revenue: 120_000, strategic: false, deletedAt: null });
    const notes = await liveNotes();
    expect(notes.filter((n) => n.accountId === acme.id)).toHaveLength(3);
    expect(notes.find((n) => n.text.startsWith('=HYPERLINK'))).toMatchObject({ source: 'support', date: '2026-03-05', dismissedAt: null, enteredBy: '' });

    await undo(p.productId);
    expect(await liveCount(db.feedback)).toBe(0);
    expect(await liveCount(db.accounts)).toBe(0);
    await redo(p.productId);
    expect(await liveCount(db.feedback)).toBe(12);
    expect(await liveCount(db.accounts)).toBe(6);
  });

  it('does not duplicate notes when the same file is imported again, and adds only new rows', async () => {
    await importFeedback(p.productId, table, choices());
    const before = await snapshot();
    const again = await importFeedback(p.productId, table, choices());
    expect(again).toMatchObject({ notes: 0, newAccounts: 0 });
    expect(again.plan.duplicates).toHaveLength(13);
    expect(await snapshot()).toEqual(before);

    const extra: FeedbackTable = { ...table, rows: [...table.rows, ['4116', 'New', 'A brand new request', 'Maria Lopez', '', 'ACME corp', 'Email', '', '2026-03-11', '', '']], rowNumbers: [...table.rowNumbers, 17] };
    const third = await importFeedback(p.productId, extra, choices());
    expect(third).toMatchObject({ notes: 1, newAccounts: 0 });
    expect(await liveCount(db.accounts)).toBe(6);
  });

  it('puts notes on the product’s existing accounts, matched by name, and leaves them as they were', async () => {
    const acme = await createAccount(p.productId, { name: 'ACME corp', segment: 'B2B', plan: 'Gold', revenue: 1, strategic: true });
    const done = await importFeedback(p.productId, table, choices());
    expect(done.newAccounts).toBe(5);
    expect((await liveNotes()).filter((n) => n.accountId === acme.id)).toHaveLength(3);
    expect(await db.accounts.get(acme.id)).toEqual(acme);
  });

  it('changes nothing for a file with nothing to import, and refuses a deleted product', async () => {
    const before = await snapshot();
    const empty: FeedbackTable = { headers: ['Text'], rows: [['']], rowNumbers: [2], separator: ',' };
    expect(await importFeedback(p.productId, empty, { ...choices(), mapping: suggestMapping(['Text']) })).toMatchObject({ notes: 0 });
    expect(await snapshot()).toEqual(before);
    await deleteProduct(p.productId);
    const deleted = await snapshot();
    await expectCommandError(() => importFeedback(p.productId, table, choices()), 'productMissing');
    expect(await snapshot()).toEqual(deleted);
  });
});
