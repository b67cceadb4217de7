import { useEffect, useMemo } from 'react';
import { setPresence, useSyncStore, type Peer } from '../sync/status';

const NO_PEERS: Peer[] = [];

/** The other people on the product now. */
export function usePeers(productId: string): Peer[] {
  return useSyncStore((state) => state.products[productId]?.peers ?? NO_PEERS);
}

/** Who has each card open or is dragging it (dragging first). */
export function usePeersByCard(productId: string): ReadonlyMap<string, Peer> {
  const peers = usePeers(productId);
  return useMemo(() => {
    const byCard = new Map<string, Peer>();
    for (const peer of peers) if (peer.viewing && !byCard.has(peer.viewing)) byCard.set(peer.viewing, peer);
    for (const peer of peers) if (peer.dragging) byCard.set(peer.dragging, peer);
    return byCard;
  }, [peers]);
}

/** Tells the team this card is open here, while it is. */
export function useViewingPresence(productId: string, initiativeId: string) {
  useEffect(() => {
    setPresence(productId, { viewing: initiativeId, dragging: null });
    return () => setPresence(productId, { viewing: null, dragging: null });
  }, [productId, initiativeId]);
}
