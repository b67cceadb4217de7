import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import type { Share } from '../../../src/db/share-types';
import { SharingPage } from '../../../src/features/sharing/sharing-page';
import { LiveRegion } from '../../../src/ui/live-region';
import { usePreferences } from '../../../src/ui/preferences';
import { renderWithApp } from './render';
import { answers, freshTeamState, member, stubTeamServer } from './team-server-stub';

const TOKEN = 'a1b2c3.owner-secret';

freshTeamState();

async function aShare(productId: string, share: Partial<Share> = {}) {
  await db.shares.put({ productId, token: TOKEN, memberId: 'm-camille', displayName: 'Camille', role: 'owner', state: 'active', refusal: null, joinedAt: Date.now(), ...share });
}

async function renderPage(productId: string, language: 'en' | 'fr' = 'en') {
  return renderWithApp(
    <>
      <SharingPage productId={productId} />
      <LiveRegion />
    </>,
    { language },
  );
}

describe('the Team page of a product of this browser only', () => {
  it('shares it under the name given, which it remembers: the person becomes its owner and every record waits for the server', async () => {
    const product = await createProduct('Checkout');
    const server = stubTeamServer([['POST', /^products$/, (request) => answers.created({ productId: product.id, member: member('m-camille', (request.body as { displayName: string }).displayName, 'owner'), token: TOKEN })], ['GET', /\/(invites|members)$/, (request) => answers.ok(request.path.endsWith('invites') ? { invites: [] } : { members: [member('m-camille', 'Camille Martin', 'owner')] })]]);
    await renderPage(product.id);

    expect(await screen.findByRole('heading', { name: 'Team' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), '  Camille Martin ');
    await userEvent.click(screen.getByRole('button', { name: 'Share with a team' }));

    expect(await screen.findByRole('heading', { name: 'Invite links' })).toBeInTheDocument();
    expect(server.writes()).toEqual([{ method: 'POST', path: 'products', token: null, body: { productId: product.id, displayName: 'Camille Martin' } }]);
    expect(await db.shares.get(product.id)).toMatchObject({ role: 'owner', token: TOKEN, memberId: 'm-camille', state: 'active' });
    expect(await db.syncOutbox.where('productId').equals(product.id).count()).toBeGreaterThan(1);
    expect(usePreferences.getState().displayName).toBe('Camille Martin');
    expect(screen.getByText('You are an owner of this product, as Camille Martin.')).toBeInTheDocument();
  });

  it('says in the UI language why the server refused, and changes nothing', async () => {
    const product = await createProduct('Checkout');
    stubTeamServer([['POST', /^products$/, answers.error(409, 'already-shared', 'This product is already shared on this server')]]);
    usePreferences.setState({ displayName: 'Camille' });
    await renderPage(product.id, 'fr');

    expect(await screen.findByRole('textbox', { name: 'Votre nom' })).toHaveValue('Camille');
    await userEvent.click(screen.getByRole('button', { name: 'Partager avec une équipe' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce produit est déjà partagé sur ce serveur. Demandez un lien d’invitation à l’un de ses propriétaires.');
    expect(await db.shares.count()).toBe(0);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Partager avec une équipe' })).toBeEnabled();
  });

  it('asks for a name before anything is sent', async () => {
    const product = await createProduct('Checkout');
    const server = stubTeamServer([]);
    await renderPage(product.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Share with a team' }));
    expect(await screen.findByText('Give your name: your team sees it next to what you change.')).toBeInTheDocument();
    expect(server.sent).toEqual([]);
  });

  it('says plainly when this copy of the app has no team server, and how a team runs one', async () => {
    const product = await createProduct('Checkout');
    stubTeamServer([], { health: answers.page });
    await renderPage(product.id);
    expect(await screen.findByText('This copy of the app is not served by a team server, so it cannot share products.')).toBeInTheDocument();
    expect(screen.getByText('npm run server').tagName).toBe('CODE');
    expect(screen.getByRole('button', { name: 'Share with a team' })).toBeDisabled();
  });
});

describe('the Team page of an owner', () => {
  function ownerServer(productId: string) {
    return stubTeamServer([
      ['GET', /\/invites$/, answers.ok({ invites: [{ id: 'i-old', role: 'viewer', createdAt: Date.UTC(2026, 11, 1), expiresAt: Date.UTC(2026, 11, 8, 12) }] })],
      ['GET', /\/members$/, answers.ok({ members: [member('m-camille', 'Camille', 'owner'), member('m-bruno', 'Bruno', 'editor')] })],
      ['POST', /\/invites$/, answers.created({ invite: { id: 'i-new', role: 'editor', createdAt: Date.now(), expiresAt: Date.now() + 7 * 86_400_000 }, secret: 'i-new.s3cret' })],
      ['PATCH', /\/members\/m-camille$/, answers.error(409, 'last-owner', 'A shared product keeps at least one owner')],
      ['PATCH', /\/members\/m-bruno$/, answers.ok({ member: member('m-bruno', 'Bruno', 'viewer') })],
      ['DELETE', new RegExp(`^products/${productId}$`), answers.noContent],
    ]);
  }

  it('creates an editor link shown once, copies it, and lists the open links with their expiry', async () => {
    const user = userEvent.setup();
    const product = await createProduct('Checkout');
    await aShare(product.id);
    const server = ownerServer(product.id);
    await renderPage(product.id);

    expect(await screen.findByRole('row', { name: 'Viewer Dec 8, 2026 Revoke' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create an editor link' }));
    const link = await screen.findByRole('textbox', { name: 'Editor invite link' });
    expect(link).toHaveValue(`${location.origin}/join/${product.id}#i-new.s3cret`);
    expect(link).toHaveAttribute('readonly');
    expect(screen.getByText('Copy it now: the link is shown only this once.')).toBeInTheDocument();
    expect(server.writes()).toEqual([{ method: 'POST', path: `products/${product.id}/invites`, token: TOKEN, body: { role: 'editor' } }]);

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}/join/${product.id}#i-new.s3cret`);
    expect(screen.getByTestId('live-region')).toHaveTextContent('Copied');
  });

  it('changes a member’s role, and offers the only owner neither another role nor a removal', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id);
    const server = ownerServer(product.id);
    await renderPage(product.id);

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Bruno' }), 'viewer');
    await waitFor(() => expect(server.writes()).toEqual([{ method: 'PATCH', path: `products/${product.id}/members/m-bruno`, token: TOKEN, body: { role: 'viewer' } }]));

    const own = screen.getByRole('combobox', { name: 'Role of Camille' });
    expect(own).toBeDisabled();
    expect(own).toHaveAccessibleDescription('Only owner');
    expect(screen.queryByRole('button', { name: 'Remove Camille' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Bruno' })).toBeEnabled();
  });

  it('keeps an owner’s role with the server’s reason when the other owner left meanwhile', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id);
    const server = stubTeamServer([
      ['GET', /\/invites$/, answers.ok({ invites: [] })],
      ['GET', /\/members$/, answers.ok({ members: [member('m-camille', 'Camille', 'owner'), member('m-dana', 'Dana', 'owner')] })],
      ['PATCH', /\/members\/m-camille$/, answers.error(409, 'last-owner', 'A shared product keeps at least one owner')],
    ]);
    await renderPage(product.id, 'fr');

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Rôle de Camille' }), 'editor');
    expect(await screen.findByRole('alert')).toHaveTextContent('Un produit partagé garde au moins un propriétaire : nommez d’abord quelqu’un d’autre propriétaire, ou arrêtez le partage.');
    expect(server.writes()).toEqual([{ method: 'PATCH', path: `products/${product.id}/members/m-camille`, token: TOKEN, body: { role: 'editor' } }]);
    expect(screen.getByRole('combobox', { name: 'Rôle de Camille' })).toHaveValue('owner');
    expect(await db.shares.get(product.id)).toMatchObject({ role: 'owner' });
  });

  it('stops sharing once confirmed: the product stays here, local again', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id);
    await db.syncOutbox.add({ productId: product.id, table: 'products', key: product.id, fields: ['name'], at: Date.now() });
    const server = ownerServer(product.id);
    await renderPage(product.id);

    await userEvent.click(await screen.findByRole('button', { name: 'Stop sharing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stop sharing “Checkout”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop sharing' }));

    expect(await screen.findByRole('button', { name: 'Share with a team' })).toBeInTheDocument();
    expect(server.writes()).toEqual([{ method: 'DELETE', path: `products/${product.id}`, token: TOKEN, body: undefined }]);
    expect(await db.shares.count()).toBe(0);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.products.get(product.id)).toMatchObject({ name: 'Checkout', deletedAt: null });
  });

  it('shows the copy as revoked when the server says this owner was removed', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id);
    stubTeamServer([['GET', /\/(invites|members)$/, answers.error(403, 'unauthorized', 'revoked')]]);
    await renderPage(product.id);
    expect(await screen.findByText('An owner removed you from this product’s team.')).toBeInTheDocument();
    expect(await db.shares.get(product.id)).toMatchObject({ state: 'revoked', refusal: 'revoked' });
  });
});

describe('the Team page of an editor, a viewer, a revoked member', () => {
  it('lets an editor leave once confirmed: the copy stays, local', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id, { role: 'editor', memberId: 'm-bruno', displayName: 'Bruno' });
    const server = stubTeamServer([['DELETE', /\/members\/m-bruno$/, answers.noContent]]);
    await renderPage(product.id);

    expect(await screen.findByText('You are an editor of this product, as Bruno.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Leave this product' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave this product' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('You left the team: “Checkout” is a local product here now.')).toBeInTheDocument();
    expect(server.writes()).toEqual([{ method: 'DELETE', path: `products/${product.id}/members/m-bruno`, token: TOKEN, body: undefined }]);
    expect(await db.shares.count()).toBe(0);
    expect(await db.products.get(product.id)).toBeDefined();
  });

  it('keeps the membership when leaving fails, and says why', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id, { role: 'viewer', memberId: 'm-zoe', displayName: 'Zoé' });
    stubTeamServer([]);
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await renderPage(product.id);

    expect(await screen.findByText('You are a viewer of this product, as Zoé.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Leave this product' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave this product' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The team server cannot be reached. Check the connection and try again; nothing was changed.');
    expect(await db.shares.get(product.id)).toMatchObject({ role: 'viewer', state: 'active' });
  });

  it('explains a revoked copy, links to the export, and keeps it as a local copy on request', async () => {
    const product = await createProduct('Checkout');
    await aShare(product.id, { role: 'editor', state: 'revoked', refusal: 'expired-token' });
    stubTeamServer([]);
    await renderPage(product.id, 'fr');

    expect(await screen.findByText('Votre accès a expiré : il n’a pas servi depuis trop longtemps.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'L’exporter depuis la page Données' })).toHaveAttribute('href', '/settings/data');
    await userEvent.click(screen.getByRole('button', { name: 'La garder comme copie locale' }));
    expect(await screen.findByRole('button', { name: 'Partager avec une équipe' })).toBeInTheDocument();
    expect(await db.shares.count()).toBe(0);
  });
});
