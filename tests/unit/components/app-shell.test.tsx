import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { activeSprint } from '../../../src/db/delivery-queries';
import { SidebarLinks } from '../../../src/app/sidebar-links';
import { ShortcutsDialog } from '../../../src/ui/shortcuts-dialog';
import { loadMessages } from '../../../src/i18n/i18n';
import { paths } from '../../../src/ui/paths';
import { renderWithApp, sampleProduct } from './render';

let productId: string;

beforeEach(async () => {
  productId = await sampleProduct('fr');
});

describe('the product sidebar', () => {
  it('lists the views, the current sprint and the archive, and marks the current page', async () => {
    await renderWithApp(<SidebarLinks productId={productId} />, { language: 'fr', path: paths.interviews(productId) });
    expect(await screen.findByRole('link', { name: 'Archives (7)' })).toBeInTheDocument();
    const sprint = (await activeSprint(productId))!;
    expect(await screen.findByRole('link', { name: 'Sprint en cours' })).toHaveAttribute('href', paths.sprint(productId, sprint.id));
    expect(screen.getByRole('link', { name: 'Entretiens' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Tableau' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('combobox', { name: 'Produit' })).toHaveValue(productId);
  });

  it('closes the phone drawer once a page is chosen', async () => {
    let closed = 0;
    const { location } = await renderWithApp(<SidebarLinks productId={productId} onNavigate={() => closed++} />, { path: paths.board(productId) });
    await userEvent.click(await screen.findByRole('link', { name: 'Metrics' }));
    expect(location.history?.at(-1)).toBe(paths.metrics(productId));
    expect(closed).toBe(1);
  });
});

describe('the shortcuts dialog', () => {
  it('lists every shortcut in the UI language', async () => {
    await loadMessages('workspace');
    await renderWithApp(<ShortcutsDialog onClose={() => {}} />, { language: 'fr' });
    const dialog = screen.getByRole('dialog', { name: 'Raccourcis clavier' });
    const goTo = within(dialog).getByRole('table', { name: 'Aller à' });
    expect(within(goTo).getAllByRole('row').map((row) => row.textContent)).toEqual(['TouchesAction', 'G puis BTableau', 'G puis LListe', 'G puis HHypothèses', 'G puis IEntretiens', 'G puis FRetours clients', 'G puis DDelivery', 'G puis RFeuille de route', 'G puis MIndicateurs']);
    expect(within(dialog).getByRole('cell', { name: 'Nouvelle initiative' })).toBeInTheDocument();
  });
});
