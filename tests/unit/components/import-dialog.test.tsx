import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { ImportTools } from '../../../src/features/import/import-tools';
import { loadMessages } from '../../../src/i18n/i18n';
import { fixtureBytes } from '../domain/import-helpers';
import { renderWithApp } from './render';

// The dialog and the parsers load when a file is chosen, as in the app: loaded once here, so that
// the first test does not spend its time compiling them.
beforeAll(async () => {
  await Promise.all([import('../../../src/features/import/import-dialog'), import('../../../src/domain/import/jira'), import('../../../src/domain/import/trello')]);
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await loadMessages('import', 'errors');
});

async function choose(label: string, bytes: Uint8Array<ArrayBuffer>, name: string) {
  await renderWithApp(<ImportTools onImported={vi.fn()} />);
  await userEvent.upload(screen.getByLabelText(label), new File([bytes], name));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The file is read and the dialog mounted after a lazy import, as in the app: on a busy machine, that can take more than findBy's default second. */
const READ = { timeout: 10_000 };

describe('the import dialog on real exports', () => {
  it('says a French Excel CSV was read as Windows-1252 with semicolons, suggests closing Annulé as killed, tells what is kept and left out', async () => {
    await choose('Jira issues (.csv)', fixtureBytes('jira-excel-fr-1252.csv'), 'export.csv');
    const dialog = await screen.findByRole('dialog', { name: 'Import the Jira issues of “REC”' }, READ);
    expect(within(dialog).getByText(/^Text read as Windows-1252, fields separated by semicolons\./)).toHaveTextContent('check that these words look right: “À”, “Annulé”, “Terminé”, “Écran”, and “reçus”.');
    const cancelled = within(dialog).getByLabelText('Annulé: 1 card');
    expect(cancelled).toHaveDisplayValue('Close as killed');
    expect(within(dialog).getByLabelText('En cours: 1 card')).toHaveDisplayValue('In sprint');
    const preview = within(dialog).getByRole('region', { name: 'What will be imported' });
    expect(within(preview).getByText('Strategy · Opportunities').parentElement).toHaveTextContent('Strategy · Opportunities 1 killed');
    expect(preview).toHaveTextContent('2 comments are kept with their author and date, on their initiatives’ pages.');
    expect(preview).toHaveTextContent('1 card has attachments: they are not brought over.');
    expect(preview).toHaveTextContent('The custom field “Équipe” is not brought over.');
    expect(within(dialog).getByRole('button', { name: 'Import 4 initiatives' })).toBeEnabled();
  });

  it('lets a column be mapped to closing as parked instead of a stage', async () => {
    await choose('Jira issues (.csv)', utf8('Summary,Status\r\nOld,Whatever\r\n'), 'x.csv');
    const dialog = await screen.findByRole('dialog', {}, READ);
    await userEvent.selectOptions(within(dialog).getByLabelText('Whatever: 1 card'), 'Close as parked');
    expect(within(dialog).getByRole('region', { name: 'What will be imported' })).toHaveTextContent('Strategy · Opportunities 1 parked');
  });

  it('shows damaged characters and imports only once the user accepts them', async () => {
    await choose('Jira issues (.csv)', utf8('Summary,Status\r\nLâ€™Ã©cran de paiement,TerminÃ©\r\n'), 'damaged.csv');
    const dialog = await screen.findByRole('dialog', {}, READ);
    expect(within(dialog).getByText(/^Some characters of this file look damaged: “TerminÃ©” and “Lâ€™Ã©cran”\./)).toBeInTheDocument();
    const importButton = within(dialog).getByRole('button', { name: 'Import 1 initiative' });
    expect(importButton).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Import with these characters as they are' }));
    expect(importButton).toBeEnabled();
  });

  it('warns of a CSV cut short, naming the row left out', async () => {
    await choose('Jira issues (.csv)', fixtureBytes('jira-cut-row.csv'), 'cut.csv');
    const dialog = await screen.findByRole('dialog', {}, READ);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('This file is cut short (an interrupted download or copy?): its last row, row 4, has 4 of the 5 columns. That row is left out');
    expect(within(dialog).getByRole('button', { name: 'Import 2 initiatives' })).toBeEnabled();
  });

  it('says what a file saved from the JSON viewer or a single card’s export is, and what to export instead', async () => {
    await choose('Trello board (.json)', fixtureBytes('trello-viewer-copy.json'), 'board.json');
    expect(await screen.findByRole('alert', {}, READ)).toHaveTextContent(
      'This file starts with “Pretty-print”: it is the page of the browser’s JSON viewer, saved or copied, not the board’s export. In Trello, open the board’s menu: Print, export and share → Export as JSON',
    );
    await userEvent.upload(screen.getByLabelText('Trello board (.json)'), new File([fixtureBytes('trello-single-card.json')], 'card.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This is the export of one Trello card (“Export PDF des factures”), not of a board.'), READ);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('warns before creating a second product of the same name, the file most likely imported twice', async () => {
    await createProduct('Clipkit');
    await choose('Jira issues (.csv)', utf8('Summary,Status\r\nOne,To do\r\n'), 'clipkit.csv');
    const dialog = await screen.findByRole('dialog', {}, READ);
    const name = within(dialog).getByRole('textbox', { name: 'Name of the new product' });
    await userEvent.clear(name);
    await userEvent.type(name, ' CLIPKIT ');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('A product named “CLIPKIT” already exists: this file may have been imported before.');
    const importButton = within(dialog).getByRole('button', { name: 'Import 1 initiative' });
    expect(importButton).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Create a second product named “CLIPKIT”' }));
    expect(importButton).toBeEnabled();
    await userEvent.type(name, ' 2');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
