import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative } from '../../../src/db/initiative-commands';
import { addKeyResult, createObjective } from '../../../src/db/objective-commands';
import { recordOutcome } from '../../../src/db/outcome-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { startRitualRun } from '../../../src/db/ritual-commands';
import { OutcomePanel } from '../../../src/features/delivery/outcome-panel';
import { RitualRunPage } from '../../../src/features/delivery/ritual-run-page';
import { StrategyPage } from '../../../src/features/strategy/strategy-page';
import { drafts } from '../../../src/ui/draft-store';
import { renderWithApp } from './render';

let productId: string;

beforeEach(async () => {
  localStorage.clear();
  await db.delete();
  await db.open();
  productId = (await createProduct('P')).id;
});

/**
 * Another tab's save that this tab has not heard of yet: written straight to IndexedDB, past Dexie
 * and its live queries, so the form here still shows the value from before.
 */
async function saveInAnotherTab<T extends { id: string }>(table: 'initiatives' | 'products' | 'objectives' | 'ritualRuns', id: string, change: (record: T) => T) {
  const record = (await db.table(table).get(id)) as T;
  const idb = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite');
    tx.objectStore(table).put(change(record));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
}

async function releasedWithOutcome() {
  const released = (await liveStages(productId)).find((s) => s.defaultKey === 'released')!;
  const initiative = await createInitiative(released.id, { title: 'Invoice PDF redesign' });
  await recordOutcome(initiative.id, { metric: 'Support calls per month', direction: 'decrease', baseline: 120, target: 60, actual: null, conclusion: '' });
  return initiative;
}

function LiveOutcome({ initiativeId }: { initiativeId: string }) {
  const initiative = useLiveQuery(() => db.initiatives.get(initiativeId), [initiativeId]);
  return initiative ? <OutcomePanel productId={initiative.productId} initiative={initiative} /> : null;
}

describe('a form saved as it is typed sends only the fields typed in this tab: a field another tab changed keeps its value', () => {
  it('the outcome of a released initiative', async () => {
    const initiative = await releasedWithOutcome();
    await renderWithApp(<LiveOutcome initiativeId={initiative.id} />);
    const form = await screen.findByRole('form', { name: 'Outcome' });
    expect(within(form).getByLabelText('Conclusion')).toHaveValue('');

    await saveInAnotherTab<{ id: string; outcome: object }>('initiatives', initiative.id, (i) => ({ ...i, outcome: { ...i.outcome, conclusion: 'Concluded in the other tab' } }));
    await userEvent.type(within(form).getByLabelText('Actual'), '48');

    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.outcome).toMatchObject({ actual: 48, target: 60, conclusion: 'Concluded in the other tab' }));
    // The form shows both once it has read the record back: the other tab's conclusion and the figure typed here.
    await waitFor(() => {
      expect(within(form).getByLabelText('Conclusion')).toHaveValue('Concluded in the other tab');
      expect(within(form).getByLabelText('Actual')).toHaveValue('48');
    });
  });

  it('the strategy: the north star, an objective and a key result', async () => {
    const objective = await createObjective(productId, { title: 'Activation', period: { kind: 'quarter', year: 2025, quarter: 3 } });
    const kr = await addKeyResult(objective.id, { metric: 'Teams inviting a colleague (%)' });
    await renderWithApp(<StrategyPage productId={productId} />);
    const article = await screen.findByRole('article', { name: 'Activation' });
    const current = within(article).getByLabelText('Current value of key result 1');

    await saveInAnotherTab<{ id: string }>('products', productId, (p) => ({ ...p, northStar: { metric: 'Weekly active teams', current: null, target: 2000 } }));
    await saveInAnotherTab<{ id: string; keyResults: object[] }>('objectives', objective.id, (o) => ({
      ...o,
      period: { kind: 'quarter', year: 2025, quarter: 4 },
      keyResults: o.keyResults.map((k) => ({ ...k, target: 40 })),
    }));
    await userEvent.type(screen.getByLabelText('Current value'), '1240');
    await userEvent.type(within(article).getByLabelText('Objective'), ' in Europe');
    await userEvent.type(current, '25');

    await waitFor(async () => expect((await db.products.get(productId))?.northStar).toEqual({ metric: 'Weekly active teams', current: 1240, target: 2000 }));
    await waitFor(async () =>
      expect(await db.objectives.get(objective.id)).toMatchObject({
        title: 'Activation in Europe',
        period: { kind: 'quarter', year: 2025, quarter: 4 },
        keyResults: [{ id: kr.id, metric: 'Teams inviting a colleague (%)', target: 40, current: 25 }],
      }),
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Metric' })).toHaveValue('Weekly active teams'));
  });

  it('a ritual run, whose typing is saved as one step', async () => {
    const run = await startRitualRun(productId, null, 'review', 'en');
    await renderWithApp(<RitualRunPage productId={productId} runId={run.id} />);
    const decisions = await screen.findByRole('textbox', { name: 'Decisions' });
    const entries = await db.activity.count();

    await saveInAnotherTab<{ id: string; content: { notes: object } }>('ritualRuns', run.id, (r) => ({
      ...r,
      decisions: ['Decided in the other tab'],
      content: { ...r.content, notes: { 'outcome.stakeholders': 'Noted in the other tab' } },
    }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a note on “Let stakeholders try the increment, and gather their feedback.”' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note on “Let stakeholders try the increment, and gather their feedback.”' }), {
      target: { value: 'Finance wants a CSV export' },
    });
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());

    const saved = await db.ritualRuns.get(run.id);
    expect(saved).toMatchObject({ decisions: ['Decided in the other tab'] });
    expect(saved?.content.notes).toEqual({ 'outcome.stakeholders': 'Noted in the other tab', 'increment.feedback': 'Finance wants a CSV export' });
    expect(await db.activity.count()).toBe(entries + 1);
    await waitFor(() => expect(decisions).toHaveValue('Decided in the other tab'));
  });
});

describe('a draft left by a reload (or by a tab since closed)', () => {
  it('holds the fields typed, and brings back only those over the record as it is now', async () => {
    const initiative = await releasedWithOutcome();
    drafts.write(`outcome:${initiative.id}`, { edits: { actual: '48' } });
    await recordOutcome(initiative.id, { conclusion: 'Concluded after the draft was left' });
    await renderWithApp(<LiveOutcome initiativeId={initiative.id} />);
    const form = await screen.findByRole('form', { name: 'Outcome' });
    expect(within(form).getByLabelText('Actual')).toHaveValue('48');
    expect(within(form).getByLabelText('Conclusion')).toHaveValue('Concluded after the draft was left');
    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.outcome).toMatchObject({ actual: 48, conclusion: 'Concluded after the draft was left' }));
    await waitFor(() => expect(drafts.read(`outcome:${initiative.id}`)).toBeNull());
  });

  it('kept by the version before per-tab drafts (the whole form) is brought back and saved', async () => {
    const initiative = await releasedWithOutcome();
    const form = { metric: 'Support calls per month', direction: 'decrease', baseline: '120', target: '60', actual: '52', conclusion: 'Typed before the update' };
    localStorage.setItem(`plb.draft.outcome:${initiative.id}`, JSON.stringify(form));
    await renderWithApp(<LiveOutcome initiativeId={initiative.id} />);
    expect(await screen.findByLabelText('Conclusion')).toHaveValue('Typed before the update');
    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.outcome).toMatchObject({ actual: 52, conclusion: 'Typed before the update' }));
    expect(localStorage.getItem(`plb.draft.outcome:${initiative.id}`)).toBeNull();
  });
});
