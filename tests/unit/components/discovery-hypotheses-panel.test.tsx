import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { HypothesesPanel } from '../../../src/features/discovery/hypotheses-panel';
import { useAnnouncer } from '../../../src/ui/announcer';
import { addHypothesis, discoveryFixture } from './discovery-fixtures';
import { renderWithApp } from './render';

let productId: string;
let initiativeId: string;

beforeEach(async () => {
  localStorage.clear();
  const { product, offline } = await discoveryFixture();
  productId = product.id;
  initiativeId = offline.id;
});

/** A hypothesis shows folded to its statement: its disclosure button opens it (the map's points have no expanded state). */
async function openHypothesis(number: number) {
  await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^${number}\\. We believe`), expanded: false }));
}

describe('HypothesesPanel', () => {
  it('refuses a hypothesis without a belief next to the field, writes nothing, then logs a valid one', async () => {
    await renderWithApp(<HypothesesPanel productId={productId} initiativeId={initiativeId} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Log a hypothesis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a hypothesis' });
    await waitFor(() => expect(within(dialog).getByLabelText('Template')).toHaveValue('builtin:hypothesis-lean-ux'));
    await userEvent.type(within(dialog).getByLabelText('for [persona]'), 'field technicians');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Log hypothesis' }));

    const belief = within(dialog).getByLabelText('We believe that [doing this]');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the belief is required');
    expect(belief).toHaveAttribute('aria-invalid', 'true');
    expect(belief).toHaveAccessibleDescription(expect.stringContaining('the belief is required'));
    expect(within(dialog).getByLabelText('for [persona]')).toHaveValue('field technicians');
    expect(await db.hypotheses.count()).toBe(0);

    await userEvent.type(belief, 'offline sync');
    await userEvent.selectOptions(within(dialog).getByLabelText('Category'), 'Feasibility');
    await userEvent.selectOptions(within(dialog).getByLabelText('Importance'), '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Log hypothesis' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log a hypothesis' })).not.toBeInTheDocument());
    const [stored] = await db.hypotheses.toArray();
    expect(stored).toMatchObject({ initiativeId, belief: 'offline sync', persona: 'field technicians', category: 'feasibility', importance: 5, evidence: 1, status: 'draft' });
    expect(await screen.findByRole('heading', { name: '1. We believe that offline sync for field technicians.' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    // Just logged, it shows open: its status is there to change.
    expect(screen.getByRole('button', { name: '1. We believe that offline sync for field technicians.', expanded: true })).toBeInTheDocument();
    expect(screen.getByLabelText('New status')).toBeInTheDocument();
  });

  it('moves a point of the assumption map with the arrow keys and announces it', async () => {
    const h = await addHypothesis(initiativeId, { importance: 3, evidence: 1 });
    await renderWithApp(<HypothesesPanel productId={productId} initiativeId={initiativeId} />);
    const point = await screen.findByRole('button', { name: /^1\. We believe that offline sync.*Importance 3, evidence 1$/ });
    point.focus();
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(async () => expect(await db.hypotheses.get(h.id)).toMatchObject({ importance: 4, evidence: 1 }));
    expect(useAnnouncer.getState().message).toBe('Moved: importance 4, evidence 1');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(async () => expect(await db.hypotheses.get(h.id)).toMatchObject({ importance: 4, evidence: 3 }));
    expect(await screen.findByRole('button', { name: /Importance 4, evidence 3$/ })).toHaveFocus();
    // The edge of the map stops the point.
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    await waitFor(async () => expect(await db.hypotheses.get(h.id)).toMatchObject({ importance: 5 }));
  });

  it('changes the status through the allowed next statuses, then keeps the learning once decided', async () => {
    const h = await addHypothesis(initiativeId);
    await renderWithApp(<HypothesesPanel productId={productId} initiativeId={initiativeId} />);
    await openHypothesis(1);
    const status = await screen.findByLabelText('New status');
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Testing']);
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.status).toBe('testing'));
    expect(useAnnouncer.getState().message).toBe('Hypothesis is now Testing.');

    await waitFor(() => expect(within(screen.getByLabelText('New status')).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(screen.getByLabelText('New status'), 'Validated');
    await userEvent.type(screen.getByLabelText('Note (optional)'), '12 of 15 said yes');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));
    await userEvent.type(await screen.findByLabelText('What we learned'), 'Technicians lose reports weekly');
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.learning).toBe('Technicians lose reports weekly'));
    const history = screen.getByRole('region', { name: 'Status history' });
    expect(within(history).getByText(/Testing → Validated/)).toBeInTheDocument();
    expect(within(history).getByText(/12 of 15 said yes/)).toBeInTheDocument();
  });

  it('plans, starts and concludes an experiment, then proposes the decided status', async () => {
    const h = await addHypothesis(initiativeId);
    await renderWithApp(<HypothesesPanel productId={productId} initiativeId={initiativeId} />);
    await openHypothesis(1);
    await userEvent.click(await screen.findByRole('button', { name: 'Plan an experiment for hypothesis 1' }));
    const plan = await screen.findByRole('dialog', { name: 'Plan an experiment' });
    await waitFor(() => expect(within(plan).getByLabelText('Test card')).toHaveValue('builtin:test-card'));
    await userEvent.selectOptions(within(plan).getByLabelText('To verify that, we will'), 'Fake door');
    await userEvent.type(within(plan).getByLabelText('And measure'), 'sign-ups');
    await userEvent.type(within(plan).getByLabelText('We are right if'), '30 of 500 visitors');
    await userEvent.click(within(plan).getByRole('button', { name: 'Plan experiment' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Start the experiment “Fake door”' }));
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.status).toBe('testing'));
    await userEvent.click(await screen.findByRole('button', { name: 'Conclude the experiment “Fake door”' }));
    const card = await screen.findByRole('dialog', { name: 'Learning card' });
    await userEvent.type(within(card).getByLabelText('We observed'), '41 sign-ups');
    await userEvent.selectOptions(within(card).getByLabelText('Decision'), 'Validated');
    await userEvent.click(within(card).getByRole('button', { name: 'Conclude experiment' }));

    const propose = await screen.findByRole('dialog', { name: 'Update the hypothesis?' });
    expect(within(propose).getByRole('button', { name: 'Keep as Testing' })).toBeInTheDocument();
    await userEvent.click(within(propose).getByRole('button', { name: 'Mark as Validated' }));
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.status).toBe('validated'));
    const [experiment] = await db.experiments.toArray();
    expect(experiment).toMatchObject({ method: 'fakeDoor', measure: 'sign-ups', status: 'concluded', observed: '41 sign-ups', decision: 'validated' });
  });

  it('deletes a hypothesis with an Undo that brings it back', async () => {
    const h = await addHypothesis(initiativeId);
    await renderWithApp(<HypothesesPanel productId={productId} initiativeId={initiativeId} />);
    expect(screen.queryByRole('button', { name: 'Delete hypothesis 1' })).not.toBeInTheDocument();
    await openHypothesis(1);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete hypothesis 1' }));
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.deletedAt).not.toBeNull());
    expect(await screen.findByText('No hypotheses yet.', { exact: false })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.hypotheses.get(h.id))?.deletedAt).toBeNull());
  });
});
