import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative } from '../../../src/db/initiative-commands';
import { createProduct } from '../../../src/db/product-commands';
import { liveStages } from '../../../src/db/queries';
import type { Initiative } from '../../../src/domain/types';
import { CloseDialog } from '../../../src/features/initiative/close-dialog';
import { GateDialog } from '../../../src/ui/gate-dialog';
import { renderWithApp } from './render';

/** The reason's error is announced, and the field points at it and at its help. */
function expectReasonRefused(label: string, help: string, message: string) {
  const field = screen.getByLabelText(label);
  const alert = screen.getByRole('alert');
  // jest-dom reads a no-break space (French punctuation) as a space; the accessible description keeps it.
  expect(alert).toHaveTextContent(message.replaceAll('\u00a0', ' '));
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(`${help} ${message}`);
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
}

describe('CloseDialog', () => {
  let initiative: Initiative;

  beforeEach(async () => {
    await db.delete();
    await db.open();
    const product = await createProduct('Product');
    const [first] = await liveStages(product.id);
    initiative = await createInitiative(first!.id, { title: 'Onboarding' });
  });

  it('refuses an empty reason with an alert on the field, closes nothing, and clears it as the reason is typed', async () => {
    const onClose = vi.fn();
    await renderWithApp(<CloseDialog initiative={initiative} onClose={onClose} />);
    await userEvent.type(screen.getByLabelText('Reason'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Close initiative' }));
    expectReasonRefused('Reason', 'What did the team learn? This stays with the initiative.', 'Say why: the reason is what the team learns from it.');
    expect(onClose).not.toHaveBeenCalled();
    expect((await db.initiatives.get(initiative.id))?.status).toBe('active');

    await userEvent.type(screen.getByLabelText('Reason'), 'No demand');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Reason')).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Close initiative' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('says it in French', async () => {
    await renderWithApp(<CloseDialog initiative={initiative} onClose={() => {}} />, { language: 'fr' });
    await userEvent.click(screen.getByRole('button', { name: 'Clore l’initiative' }));
    expectReasonRefused('Raison', 'Qu’a appris l’équipe ? Cela reste attaché à l’initiative.', 'Indiquez pourquoi : cette raison est un enseignement pour l’équipe.');
  });
});

describe('GateDialog', () => {
  it('refuses to go on without a reason, with an alert on the field', async () => {
    const onAnswer = vi.fn();
    await renderWithApp(<GateDialog request={{ productId: 'p', initiativeId: 'i', title: 'Onboarding', gaps: ['noValidatedHypothesis'], resolve: () => {} }} onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('button', { name: 'Move to Delivery anyway' }));
    expectReasonRefused('Why proceed anyway?', 'The reason is kept in the initiative’s history.', 'Give a reason to proceed, or cancel.');
    expect(onAnswer).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Why proceed anyway?'), ' Pilot customer waiting ');
    await userEvent.click(screen.getByRole('button', { name: 'Move to Delivery anyway' }));
    expect(onAnswer).toHaveBeenCalledWith({ proceed: true, reason: 'Pilot customer waiting' });
  });
});
