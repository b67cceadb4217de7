import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { ImportFeedbackButton } from '../../../src/features/feedback/import-feedback-button';
import { useNotices } from '../../../src/ui/notices';
import { feedbackFixture } from '../domain/feedback-helpers';
import { renderWithApp } from './render';

// The dialog loads with the first click, as in the app: loaded once here so the first test does not pay for it.
beforeAll(async () => {
  await import('../../../src/features/feedback/import-feedback-dialog');
});

let productId: string;

beforeEach(async () => {
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  productId = (await createProduct('Planner')).id;
});

const liveNotes = async () => (await db.feedback.toArray()).filter((n) => n.deletedAt === null);

async function openDialog(language: 'en' | 'fr' = 'en') {
  await renderWithApp(<ImportFeedbackButton productId={productId} />, { language });
  await userEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Import CSV' : 'Importer un CSV' }));
  return screen.findByRole('dialog', { name: language === 'en' ? 'Import feedback from a CSV' : 'Importer des retours depuis un CSV' });
}

describe('the feedback import dialog', () => {
  it('refuses a damaged file with the reason, changes nothing, then maps, previews and imports a good one with Undo', async () => {
    const dialog = await openDialog();
    const input = within(dialog).getByLabelText('CSV file');
    await userEvent.upload(input, new File([feedbackFixture('damaged-quote.csv')], 'damaged.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This file is damaged or cut short: a quoted field opened on row 2 is never closed.');
    expect(input).toHaveAccessibleDescription(/This file is damaged/);
    expect(await db.feedback.count()).toBe(0);

    await userEvent.upload(input, new File([feedbackFixture('support-export.csv')], 'support-export.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByLabelText('Text (required)')).toHaveDisplayValue('Description');
    expect(within(dialog).getByLabelText('Account')).toHaveDisplayValue('Organization');
    expect(within(dialog).getByLabelText('Yearly revenue')).toHaveDisplayValue('ARR');
    expect(within(dialog).getByLabelText('Segment')).toHaveDisplayValue('(none)');
    expect(within(dialog).getByText(/“support-export.csv”: 15 rows, read as UTF-8, fields separated by commas\./)).toBeInTheDocument();

    const preview = await within(dialog).findByRole('region', { name: 'What will be imported' });
    expect(preview).toHaveTextContent('12 notes');
    expect(preview).toHaveTextContent('6 new accounts: Acme Corp, Globex, Initech, Umbrella, Hooli, and Vandelay Industries');
    expect(preview).toHaveTextContent('Row 6 has no text: it is left out.');
    expect(preview).toHaveTextContent('1 row is already in this product’s feedback');
    expect(preview).toHaveTextContent('Row 13: Date “next week”: this date cannot be read in the format chosen');
    expect(preview).toHaveTextContent('Sources not recognised, imported as “Other”: “API”.');
    const sample = within(preview).getByRole('table', { name: 'The first notes, as they will be imported' });
    expect(within(sample).getAllByRole('row')[1]).toHaveTextContent('Acme Corp (new)');

    await userEvent.selectOptions(within(dialog).getByLabelText('Source for rows that give none, or an unknown one'), 'Support');
    expect(preview).toHaveTextContent('imported as “Support”');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 12 notes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Imported 12 notes from “support-export.csv”. 6 accounts created.')).toBeInTheDocument();
    expect(await liveNotes()).toHaveLength(12);
    expect((await liveNotes()).find((n) => n.text.startsWith('Raise the API'))?.source).toBe('support');

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await liveNotes()).toHaveLength(0));
  });

  it('asks for the text column when none is chosen, and keeps Import disabled', async () => {
    const dialog = await openDialog();
    await userEvent.upload(within(dialog).getByLabelText('CSV file'), new File(['Id,Customer\r\n1,Acme\r\n'], 'odd.csv'));
    const text = await within(dialog).findByLabelText('Text (required)');
    expect(text).toHaveDisplayValue('(none)');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the column that holds what the customer said.');
    expect(within(dialog).getByRole('button', { name: 'Import 0 notes' })).toBeDisabled();
    await userEvent.selectOptions(text, 'Id');
    expect(within(dialog).getByRole('button', { name: 'Import 1 note' })).toBeEnabled();
  });

  it('takes a file dropped on the dialog', async () => {
    const dialog = await openDialog();
    const zone = within(dialog).getByText('Or drop the file here').closest('div.feedback-import__drop')!;
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['Message,Company\r\nHello,Acme\r\n'], 'drop.csv')] } });
    expect(await within(dialog).findByLabelText('Text (required)')).toHaveDisplayValue('Message');
    expect(await within(dialog).findByRole('button', { name: 'Import 1 note' })).toBeEnabled();
  });

  it('reads a French Excel export in French, day-first dates told by the file', async () => {
    const dialog = await openDialog('fr');
    await userEvent.upload(within(dialog).getByLabelText('Fichier CSV'), new File([feedbackFixture('crm-export-fr.csv')], 'crm.csv'));
    expect(await within(dialog).findByLabelText('Texte (obligatoire)')).toHaveDisplayValue('Commentaire');
    expect(within(dialog).getByText(/lues en Windows-1252, champs séparés par des points-virgules/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Les dates écrites en chiffres/)).toHaveDisplayValue('jour/mois/année (31/12/2026)');
    const preview = await within(dialog).findByRole('region', { name: 'Ce qui sera importé' });
    expect(preview).toHaveTextContent('5 retours');
    expect(preview).toHaveTextContent('3 nouveaux comptes : Boulangeries Martin, Mutuelle Sécurité et Cafés Lenoir');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Importer 5 retours' }));
    expect(await screen.findByText('5 retours importés depuis « crm.csv ». 3 comptes créés.')).toBeInTheDocument();
  });
});
