import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ManageViewDialog } from '../../../src/app/manage-view-dialog';
import { SidebarLinks } from '../../../src/app/sidebar-links';
import { saveView } from '../../../src/db/saved-view-commands';
import { joinShared, setShareRole } from '../../../src/db/share-commands';
import { loadMessages } from '../../../src/i18n/i18n';
import { paths } from '../../../src/ui/paths';
import { renderWithApp, sampleProduct } from './render';

let productId: string;

beforeEach(async () => {
  productId = await sampleProduct('en');
});

describe('saved views in the sidebar', () => {
  it('lists them by name under the product’s views, the one the page shows marked instead of the board', async () => {
    await saveView(productId, 'Top scores', 'list', 'sort=-score');
    await saveView(productId, 'My Q3', 'board', 'tag=activation');
    await renderWithApp(<SidebarLinks productId={productId} />, { path: `${paths.board(productId)}?tag=activation` });
    const views = await screen.findByRole('region', { name: 'Saved views' });
    expect(within(views).getAllByRole('link').map((link) => link.textContent)).toEqual(['My Q3', 'Top scores']);
    expect(within(views).getByRole('link', { name: 'My Q3' })).toHaveAttribute('aria-current', 'page');
    expect(within(views).getByRole('link', { name: 'Top scores' })).toHaveAttribute('href', `${paths.list(productId)}?sort=-score`);
    expect(screen.getByRole('link', { name: 'Board' })).not.toHaveAttribute('aria-current');
    expect(within(views).getByRole('button', { name: 'Manage “My Q3”' })).toBeInTheDocument();
  });

  it('shows no saved views group while the product has none', async () => {
    await renderWithApp(<SidebarLinks productId={productId} />, { path: paths.board(productId) });
    expect(await screen.findByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('region', { name: 'Saved views' })).toBeNull();
  });
});

describe('a saved view’s dialog', () => {
  it('lets a viewer of a shared product copy the link, and nothing else', async () => {
    const view = await saveView(productId, 'My Q3', 'board', 'tag=activation&segment=B2B');
    await joinShared({ productId, member: { id: 'm1', displayName: 'Ana', role: 'editor' }, token: 'm1.secret' });
    await setShareRole(productId, 'viewer');
    await loadMessages('views', 'list', 'errors');
    await renderWithApp(<ManageViewDialog viewId={view.id} page={{ location: paths.list(productId), search: '' }} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'View “My Q3”' });
    expect(within(dialog).getByText('Tag: activation · Segment: B2B')).toBeInTheDocument();
    expect(await within(dialog).findByRole('textbox', { name: 'Name' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Rename' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Replace with this page’s filters' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Delete view' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toBeEnabled();
    expect(within(dialog).getByRole('textbox', { name: 'Link to share' })).toHaveValue(`${window.location.origin}${paths.board(productId)}?tag=activation&segment=B2B`);
  });
});
