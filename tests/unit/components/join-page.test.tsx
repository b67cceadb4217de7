import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { JoinPage } from '../../../src/features/sharing/join-page';
import { usePreferences } from '../../../src/ui/preferences';
import { renderWithApp } from './render';
import { answers, freshTeamState, member, stubTeamServer } from './team-server-stub';

const PRODUCT = 'b8dc8157-2467-49db-8f91-4173d22d5c15';
const SECRET = 'Kr0aKcg__0OO-D2nyNY_9g.3Fczl9hHjtBJbmHtfKeIjoSnNi8Azx2';

/** The page an invite link opens, with the secret in the address's fragment as the link carries it. */
async function openLink(hash: string, language: 'en' | 'fr' = 'en') {
  window.history.replaceState(null, '', `/join/${PRODUCT}${hash}`);
  return renderWithApp(<JoinPage productId={PRODUCT} />, { language, path: `/join/${PRODUCT}` });
}

/** What the connection brings once joined: the product's record arriving in Dexie. */
async function productArrives() {
  const now = Date.now();
  await db.products.put({ id: PRODUCT, name: 'Checkout', isSample: false, createdAt: now, updatedAt: now, deletedAt: null });
}

freshTeamState();

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the page an invite link opens', () => {
  it('joins under the name given, waits for the product, then opens its board in place of the link', async () => {
    const server = stubTeamServer([['POST', /\/join$/, (request) => answers.created({ productId: PRODUCT, member: member('m-bruno', (request.body as { displayName: string }).displayName, 'editor'), token: 'm-bruno.t0ken' })]]);
    const { location } = await openLink(`#${SECRET}`);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Bruno Lefèvre');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));

    // The status is there from the start, empty, so that a screen reader reads what comes into it.
    await screen.findByText('Bringing the product here…');
    expect(screen.getByRole('status')).toHaveTextContent('Bringing the product here…');
    expect(server.writes()).toEqual([{ method: 'POST', path: `products/${PRODUCT}/join`, token: null, body: { secret: SECRET, displayName: 'Bruno Lefèvre' } }]);
    expect(await db.shares.get(PRODUCT)).toMatchObject({ role: 'editor', memberId: 'm-bruno', token: 'm-bruno.t0ken', state: 'active' });
    expect(usePreferences.getState().displayName).toBe('Bruno Lefèvre');

    await act(productArrives);
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/p/${PRODUCT}`));
    expect(location.history).not.toContain(`/join/${PRODUCT}`);
  });

  it('says why an expired link does not work, and joins nothing', async () => {
    stubTeamServer([['POST', /\/join$/, answers.error(403, 'invite-expired', 'This invite link does not work')]]);
    usePreferences.setState({ displayName: 'Zoé' });
    await openLink(`#${SECRET}`, 'fr');

    expect(await screen.findByRole('textbox', { name: 'Votre nom' })).toHaveValue('Zoé');
    await userEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien d’invitation a expiré. Demandez-en un nouveau à un propriétaire du produit.');
    expect(await db.shares.count()).toBe(0);
  });

  it('takes a product the server does not know for a link that does not work', async () => {
    stubTeamServer([]);
    await openLink(`#${SECRET}`);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Bruno');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invite link does not work: check that it was copied whole, or ask for a new one.');
  });

  it('says a link without its secret is incomplete, and offers no way to join', async () => {
    const server = stubTeamServer([]);
    await openLink('');
    expect(await screen.findByRole('alert')).toHaveTextContent('This invite link is incomplete: the part after the # sign is missing. Ask for the whole link again.');
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    expect(server.sent).toEqual([]);
  });

  it('opens the board straight away for a member who already has the product', async () => {
    const server = stubTeamServer([]);
    await db.shares.put({ productId: PRODUCT, token: 't', memberId: 'm', displayName: 'Bruno', role: 'editor', state: 'active', refusal: null, joinedAt: Date.now() });
    await productArrives();
    const { location } = await openLink(`#${SECRET}`);
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/p/${PRODUCT}`));
    expect(server.sent).toEqual([]);
  });
});
