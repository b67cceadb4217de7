import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { createAccount, updateAccount } from '../../../src/db/account-commands';
import { addFeedback, deleteFeedback, dismissFeedback, editFeedback } from '../../../src/db/feedback-commands';
import { linkFeedback, linkFeedbackEvidence, setLinkImportance, unlinkFeedback } from '../../../src/db/feedback-link-commands';
import { demandOfProduct, feedbackData, linkCounts } from '../../../src/db/feedback-queries';
import { createInitiative } from '../../../src/db/initiative-commands';
import { logHypothesis } from '../../../src/db/hypothesis-commands';
import { redo, undo } from '../../../src/db/undo';
import { feedbackState } from '../../../src/domain/feedback/inbox';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { advance, expectCommandError, failure, freshDb, makeProduct, snapshot, type TestProduct } from './helpers';

let p: TestProduct;
let initiativeId: string;

const note = { text: 'Hi,\n\nWe need invoices by e-mail every month, or we may not renew.', source: 'sales' as const, person: 'Jo', date: '2026-11-20', tags: ['billing', ' Billing '] };

beforeEach(async () => {
  await freshDb();
  p = await makeProduct();
  initiativeId = (await createInitiative(p.stage('opportunities').id, { title: 'E-mailed invoices' })).id;
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

async function fields(command: () => Promise<unknown>) {
  const thrown = await failure(command);
  expect(thrown).toBeInstanceOf(ValidationError);
  return (thrown as ValidationError).fields;
}

describe('capturing feedback', () => {
  it('adds a note with a new account in one step that undo removes whole', async () => {
    const added = await addFeedback(p.productId, note, { create: { name: ' Acme ', segment: 'B2B' } });
    expect(added).toMatchObject({ text: note.text.trim(), tags: ['billing'], enteredBy: '', dismissedAt: null });
    const account = await db.accounts.get(added.accountId!);
    expect(account).toMatchObject({ name: 'Acme', segment: 'B2B', plan: '', revenue: null, strategic: false });
    expect((await db.activity.toArray()).at(-1)).toMatchObject({ command: 'addFeedback', label: expect.stringContaining('We need invoices') });
    await undo(p.productId);
    expect((await feedbackData(p.productId)).notes).toEqual([]);
    expect((await feedbackData(p.productId)).accounts).toEqual([]);
    await redo(p.productId);
    expect((await feedbackData(p.productId)).notes).toHaveLength(1);
  });

  it('refuses an empty text, a bad date, and an account name the product already has, changing nothing', async () => {
    await createAccount(p.productId, { name: 'Acme', segment: 'B2B' });
    const before = await snapshot();
    expect(await fields(() => addFeedback(p.productId, { ...note, text: '  \n ' }, null))).toEqual({ text: 'errors.feedbackTextRequired' });
    expect(await fields(() => addFeedback(p.productId, { ...note, date: '2026-02-30' }, null))).toEqual({ date: 'errors.dateInvalid' });
    expect(await fields(() => addFeedback(p.productId, note, { create: { name: 'ACMÉ' } }))).toEqual({ name: 'errors.accountNameTaken' });
    expect(await fields(() => createAccount(p.productId, { name: 'Globex', revenue: -5 }))).toEqual({ revenue: 'errors.revenueInvalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('edits a note and moves it to another account; an account keeps a name unique in the product', async () => {
    const acme = await createAccount(p.productId, { name: 'Acme', segment: 'B2B' });
    const added = await addFeedback(p.productId, note, null);
    const edited = await editFeedback(added.id, { person: 'Jo Martin' }, { id: acme.id });
    expect(edited).toMatchObject({ person: 'Jo Martin', accountId: acme.id });
    await createAccount(p.productId, { name: 'Globex' });
    expect(await fields(() => updateAccount(acme.id, { name: 'globex' }))).toEqual({ name: 'errors.accountNameTaken' });
  });
});

describe('processing feedback', () => {
  it('links an excerpt to an initiative, counts the customer once at their highest importance, and goes back to process when unlinked', async () => {
    const acme = await createAccount(p.productId, { name: 'Acme', segment: 'B2B', revenue: 50_000, strategic: true });
    const added = await addFeedback(p.productId, note, { id: acme.id });
    await dismissFeedback(added.id);
    const link = await linkFeedback(added.id, initiativeId, 'important', '  invoices by e-mail ');
    expect(link.excerpt).toBe('invoices by e-mail');
    // Linking processes a dismissed note.
    expect((await db.feedback.get(added.id))!.dismissedAt).toBeNull();
    const second = await addFeedback(p.productId, { ...note, text: 'Invoices, please!' }, { id: acme.id });
    await linkFeedback(second.id, initiativeId, 'critical');
    expect((await demandOfProduct(p.productId)).get(initiativeId)).toEqual({ notes: 2, accounts: 1, revenue: 50_000, strategic: 1, customers: 1, critical: 1, weight: 3 });

    // The same words linked again change the importance instead of adding a link.
    const again = await linkFeedback(added.id, initiativeId, 'niceToHave', 'invoices by e-mail');
    expect(again.id).toBe(link.id);
    await setLinkImportance(link.id, 'critical');
    expect((await db.feedbackLinks.get(link.id))!.importance).toBe('critical');

    await unlinkFeedback(link.id);
    const data = await feedbackData(p.productId);
    expect(feedbackState((await db.feedback.get(added.id))!, linkCounts(data).get(added.id) ?? 0)).toBe('toProcess');
  });

  it('refuses an excerpt the note does not hold, and an initiative of another product', async () => {
    const added = await addFeedback(p.productId, note, null);
    expect(await fields(() => linkFeedback(added.id, initiativeId, 'important', 'words nobody wrote'))).toEqual({ excerpt: 'errors.excerptNotInNote' });
    const other = await makeProduct('Other');
    const elsewhere = await createInitiative(other.stage('opportunities').id, { title: 'Elsewhere' });
    await expectCommandError(() => linkFeedback(added.id, elsewhere.id, 'important'), 'otherProduct');
  });

  it('links a note to a hypothesis as evidence quoting it, and deleting the note tombstones its links and evidence together', async () => {
    const hypothesis = await logHypothesis(initiativeId, BUILTIN_IDS.hypothesis, 'en', { belief: 'e-mailed invoices keep finance teams', persona: '', outcome: '', signal: '', threshold: '', category: 'desirability', importance: 3, evidence: 1, owner: '' });
    const added = await addFeedback(p.productId, note, null);
    const evidence = await linkFeedbackEvidence(added.id, hypothesis.id, 'refutes');
    expect(evidence).toMatchObject({ interviewId: '', feedbackId: added.id, stance: 'refutes', excerpt: note.text.trim() });
    await linkFeedback(added.id, initiativeId, 'important');
    await deleteFeedback(added.id);
    expect((await db.evidence.get(evidence.id))!.deletedAt).not.toBeNull();
    expect((await db.feedbackLinks.where('feedbackId').equals(added.id).first())!.deletedAt).not.toBeNull();
    await undo(p.productId);
    expect((await db.evidence.get(evidence.id))!.deletedAt).toBeNull();
    expect((await db.feedback.get(added.id))!.deletedAt).toBeNull();
  });
});
