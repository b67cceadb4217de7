import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { addFeedback } from '../../../src/db/feedback-commands';
import { logHypothesis } from '../../../src/db/hypothesis-commands';
import { createInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import type { Hypothesis } from '../../../src/domain/discovery/types';
import type { FeedbackNote } from '../../../src/domain/feedback/types';
import type { Initiative } from '../../../src/domain/types';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { LinkHypothesisDialog } from '../../../src/features/feedback/link-dialogs';
import { HYPOTHESIS } from '../db/discovery-helpers';
import { freshApp, renderWithApp } from './render';

let note: FeedbackNote;
let card: Initiative;
let hypothesis: Hypothesis;

beforeEach(async () => {
  await freshApp();
  const product = await createProduct('Acme Billing');
  const exploring = (await liveStages(product.id)).find((s) => s.defaultKey === 'exploring')!;
  card = await createInitiative(exploring.id, { title: 'Bulk import' });
  hypothesis = await logHypothesis(card.id, BUILTIN_IDS.hypothesis, 'en', { ...HYPOTHESIS, evidence: 1 });
  note = await addFeedback(product.id, { text: 'We stopped at the CSV step and typed our contacts by hand.', source: 'support', person: 'Jo', date: '2025-01-14', tags: [] }, null);
});

describe('linking a note to a hypothesis as evidence', () => {
  it('proposes the evidence level the note now justifies, and sets it in one click', async () => {
    const onClose = vi.fn();
    await renderWithApp(<LinkHypothesisDialog note={note} selection="" hypotheses={[hypothesis]} initiatives={new Map([[card.id, card]])} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Link to a hypothesis as evidence' });
    // The hypotheses are grouped by initiative, and the first is chosen.
    expect(within(dialog).getByRole('group', { name: 'Bulk import' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Hypothesis')).toHaveValue(hypothesis.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link as evidence' }));

    expect(await within(dialog).findByText('Evidence level: 1/5 — the evidence now suggests 2/5')).toBeInTheDocument();
    expect(within(dialog).getByText('Linked as evidence: it now counts alongside the interviews.')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set to 2/5' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await db.hypotheses.get(hypothesis.id))?.evidence).toBe(2);
    expect(await db.evidence.where('hypothesisId').equals(hypothesis.id).count()).toBe(1);
  });

  it('closes once linked when the level set already covers the evidence', async () => {
    const sure = await logHypothesis(card.id, BUILTIN_IDS.hypothesis, 'en', { ...HYPOTHESIS, evidence: 3 });
    const onClose = vi.fn();
    await renderWithApp(<LinkHypothesisDialog note={note} selection="" hypotheses={[sure]} initiatives={new Map([[card.id, card]])} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Link to a hypothesis as evidence' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Link as evidence' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.evidence.where('hypothesisId').equals(sure.id).count()).toBe(1);
    expect((await db.hypotheses.get(sure.id))?.evidence).toBe(3);
  });
});
