import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncIndicator } from '../../../src/app/sync-indicator';
import { db } from '../../../src/db/db';
import type { Share } from '../../../src/db/share-types';
import { useSyncStore, type ProductSync } from '../../../src/sync/status';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

const P = 'p-checkout';

async function aShare(share: Partial<Share> = {}) {
  await db.shares.put({ productId: P, token: 't', memberId: 'm-me', displayName: 'Me', role: 'editor', state: 'active', refusal: null, joinedAt: 0, ...share });
}

const sync = (state: Partial<ProductSync>) => act(() => useSyncStore.setState({ products: { [P]: { connection: 'online', reason: null, peers: [], ...state } } }));
const peer = (n: number) => ({ memberId: `m-${n}`, name: `Person ${n} Smith`, color: '', viewing: null, dragging: null });

beforeEach(async () => {
  await db.delete();
  await db.open();
  useSyncStore.setState({ products: {} });
  useNotices.setState({ notices: [] });
});

describe('the header’s sync indicator', () => {
  it('shows nothing for a product of this browser only', async () => {
    await renderWithApp(<SyncIndicator productId={P} />);
    await act(() => db.shares.count());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says how the product syncs, in the UI language, with the changes still to send', async () => {
    await aShare();
    await renderWithApp(<SyncIndicator productId={P} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Connecting…');
    await sync({ connection: 'online' });
    expect(screen.getByRole('status')).toHaveTextContent('Synced');
    await act(() => db.syncOutbox.bulkAdd([1, 2, 3].map((i) => ({ productId: P, table: 'initiatives' as const, key: `k${i}`, fields: null, at: i }))));
    expect(await screen.findByText('Syncing 3 changes')).toBeInTheDocument();
    await sync({ connection: 'offline' });
    expect(screen.getByRole('status')).toHaveTextContent('Offline — changes kept here');
    await sync({ connection: 'online' });
    await act(() => db.syncOutbox.clear());
    expect(await screen.findByText('Synced')).toBeInTheDocument();
    await sync({ connection: 'refused', reason: 'document-too-large' });
    expect(screen.getByRole('status')).toHaveTextContent('Connection refused: product too large for the server');
  });

  it('says the browser is offline as soon as it knows, before the connection notices', async () => {
    await aShare();
    await renderWithApp(<SyncIndicator productId={P} />);
    await sync({ connection: 'online' });
    expect(await screen.findByRole('status')).toHaveTextContent('Synced');
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      act(() => void window.dispatchEvent(new Event('offline')));
      // The indicator may have mounted a moment before and not listen yet: React then reads the
      // network state as it subscribes. Either way, what shows is the browser's word, not the socket's.
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Offline — changes kept here'));
      expect(useSyncStore.getState().products[P]?.connection).toBe('online');
    } finally {
      onLine.mockRestore();
    }
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Synced'));
  });

  it('says why a revoked copy no longer syncs, after a reload too, in French', async () => {
    await aShare({ state: 'revoked', refusal: 'revoked', role: 'viewer' });
    await renderWithApp(<SyncIndicator productId={P} />, { language: 'fr' });
    expect(await screen.findByRole('status')).toHaveTextContent('Connexion refusée : accès retiré');
    // A viewer no longer: the role does not matter once refused.
    expect(screen.queryByText('Lecteur')).toBeNull();
  });

  it('says a viewer is one, as long as the copy syncs', async () => {
    await aShare({ role: 'viewer' });
    await renderWithApp(<SyncIndicator productId={P} />);
    expect(await screen.findByText('Viewer')).toBeInTheDocument();
  });

  it('shows up to five people on the product by their initials and names, then how many more', async () => {
    await aShare();
    await renderWithApp(<SyncIndicator productId={P} />);
    await screen.findByRole('status');
    await sync({ peers: [1, 2, 3, 4, 5, 6, 7].map(peer) });
    const presence = screen.getByRole('list', { name: 'On this product now' });
    const faces = within(presence).getAllByRole('listitem');
    expect(faces.map((face) => face.textContent)).toEqual(['PSPerson 1 Smith', 'PSPerson 2 Smith', 'PSPerson 3 Smith', 'PSPerson 4 Smith', 'PSPerson 5 Smith', '+2Person 6 Smith and Person 7 Smith']);
    // Each in the colour this app gives that member everywhere, not one a peer could choose.
    expect(faces[0]!.style.background).not.toBe('');
  });
});
