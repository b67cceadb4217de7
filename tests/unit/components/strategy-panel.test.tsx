import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative } from '../../../src/db/initiative-commands';
import { addKeyResult, createObjective } from '../../../src/db/objective-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import { setScoring } from '../../../src/db/strategy-commands';
import type { Initiative } from '../../../src/domain/types';
import { StrategyPanel } from '../../../src/features/strategy/strategy-panel';
import { renderWithApp } from './render';

let initiative: Initiative;

beforeEach(async () => {
  localStorage.clear();
  await db.delete();
  await db.open();
  const product = await createProduct('P');
  const [first] = await liveStages(product.id);
  initiative = await createInitiative(first!.id, { title: 'Onboarding' });
  const objective = await createObjective(product.id, { title: 'Activation', period: { kind: 'quarter', year: 2025, quarter: 3 } });
  await addKeyResult(objective.id, { metric: 'Invites (%)' });
});

describe('StrategyPanel', () => {
  it('refuses a negative reach and an effort of 0 next to their fields, saves nothing, then computes and saves the score', async () => {
    await renderWithApp(<StrategyPanel initiative={initiative} />);
    const form = await screen.findByRole('form', { name: 'RICE score' });
    const reach = within(form).getByLabelText('Reach');
    await userEvent.type(reach, '-5');
    await userEvent.type(within(form).getByLabelText('Effort (person-months)'), '0');
    await waitFor(() => expect(reach).toHaveAttribute('aria-invalid', 'true'));
    expect(reach).toHaveAccessibleDescription(expect.stringContaining('Reach is a number of people or events, 0 or more.'));
    await waitFor(() => expect(within(form).getByLabelText('Effort (person-months)')).toHaveAccessibleDescription(expect.stringContaining('greater than 0')));
    expect(within(form).getByText('Fill in every input to compute the score.')).toBeInTheDocument();
    expect((await db.initiatives.get(initiative.id))?.score).toBeUndefined();

    await userEvent.clear(reach);
    await userEvent.type(reach, '1 000');
    await userEvent.selectOptions(within(form).getByLabelText('Impact'), 'Low (0.5)');
    await userEvent.type(within(form).getByLabelText('Confidence (%)'), '80');
    await userEvent.clear(within(form).getByLabelText('Effort (person-months)'));
    await userEvent.type(within(form).getByLabelText('Effort (person-months)'), '0,5');
    // 1 000 × 0.5 × 0.8 ÷ 0.5 = 800
    expect(await within(form).findByText('Score: 800')).toBeInTheDocument();
    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.score).toEqual({ rice: { reach: 1000, impact: 0.5, confidence: 80, effort: 0.5 } }));
  });

  it('links the initiative to an objective and a key result', async () => {
    await renderWithApp(<StrategyPanel initiative={initiative} />);
    await userEvent.selectOptions(await screen.findByLabelText('Objective it serves'), 'Activation');
    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.objectiveId).toBeTruthy());
    const [objective] = await db.objectives.toArray();
    expect(await db.initiatives.get(initiative.id)).toMatchObject({ objectiveId: objective!.id, keyResultId: null });
  });

  it('asks for the ICE inputs, each on the 1–10 scale, when the product scores with ICE', async () => {
    await setScoring(initiative.productId, 'ice');
    await renderWithApp(<StrategyPanel initiative={initiative} />);
    const form = await screen.findByRole('form', { name: 'ICE score' });
    await userEvent.selectOptions(within(form).getByLabelText('Impact'), '8');
    await userEvent.selectOptions(within(form).getByLabelText('Confidence'), '5');
    await userEvent.selectOptions(within(form).getByLabelText('Ease'), '4');
    expect(await within(form).findByText('Score: 160')).toBeInTheDocument();
    await waitFor(async () => expect((await db.initiatives.get(initiative.id))?.score).toEqual({ ice: { impact: 8, confidence: 5, ease: 4 } }));
  });
});
