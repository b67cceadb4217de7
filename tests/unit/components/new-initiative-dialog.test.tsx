import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { activeInStage, liveStages } from '../../../src/db/queries';
import type { Stage } from '../../../src/domain/types';
import { NewInitiativeDialog } from '../../../src/features/board/new-initiative-dialog';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

let stages: Stage[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  const product = await createProduct('Product');
  stages = await liveStages(product.id);
});

describe('NewInitiativeDialog', () => {
  it('refuses an empty title with a message next to the field, and writes nothing', async () => {
    const onClose = vi.fn();
    await renderWithApp(<NewInitiativeDialog stages={stages} stageId={stages[0]!.id} onClose={onClose} />);
    await userEvent.type(screen.getByLabelText('Summary'), 'Some context');
    await userEvent.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByText('A title is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Summary')).toHaveValue('Some context');
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.initiatives.count()).toBe(0);
  });

  it('creates the initiative in the chosen stage with parsed tags', async () => {
    const onClose = vi.fn();
    await renderWithApp(<NewInitiativeDialog stages={stages} stageId={stages[0]!.id} onClose={onClose} />);
    await userEvent.selectOptions(screen.getByLabelText('Stage'), 'Testing');
    await userEvent.type(screen.getByLabelText('Title'), 'Pricing page test');
    await userEvent.type(screen.getByLabelText('Tags'), 'pricing,  growth , pricing');
    await userEvent.click(screen.getByRole('button', { name: 'Create initiative' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const testing = stages.find((s) => s.defaultKey === 'testing')!;
    const [created] = await activeInStage(testing.id);
    expect(created).toMatchObject({ title: 'Pricing page test', tags: ['pricing', 'growth'], lane: 'discovery' });
  });

  it('shows a storage failure in the UI language and keeps what was typed', async () => {
    const onClose = vi.fn();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const failing = vi.spyOn(db, 'transaction').mockRejectedValueOnce(quota);
    await renderWithApp(<NewInitiativeDialog stages={stages} stageId={stages[0]!.id} onClose={onClose} />, { language: 'fr' });
    await userEvent.type(screen.getByLabelText('Titre'), 'Ne pas perdre ceci');
    await userEvent.click(screen.getByRole('button', { name: 'Créer l’initiative' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('le stockage du navigateur est indisponible ou plein');
    expect(screen.getByLabelText('Titre')).toHaveValue('Ne pas perdre ceci');
    expect(onClose).not.toHaveBeenCalled();
    failing.mockRestore();
    expect(await db.initiatives.count()).toBe(0);
  });
});
