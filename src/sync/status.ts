import { create } from 'zustand';

/**
 * 'connecting' and 'online' while the server can be reached; 'offline' when it cannot (changes are
 * kept here); 'refused' when it turned this member away (`reason`: the server's close reason).
 */
export type Connection = 'connecting' | 'online' | 'offline' | 'refused';

/** Someone else on the product now: their name and colour, and the card they have open or are dragging. */
export interface Peer {
  memberId: string;
  name: string;
  color: string;
  viewing: string | null;
  dragging: string | null;
}

export interface ProductSync {
  connection: Connection;
  reason: string | null;
  peers: Peer[];
}

/** What this tab shows of the product: the card open and the card being dragged. */
export interface Presence {
  viewing: string | null;
  dragging: string | null;
}

interface SyncStore {
  products: Record<string, ProductSync>;
  /** What this tab shows of each product; tab-channel.ts tells the tab holding the connection. */
  presence: Record<string, Presence>;
}

/**
 * The team sync state of each shared product, the same in every tab of this browser (tab-channel.ts
 * keeps it so, loaded with the sync engine once a product is shared).
 */
export const useSyncStore = create<SyncStore>(() => ({ products: {}, presence: {} }));

/** Says which card this tab has open or is dragging, for the team to see. */
export function setPresence(productId: string, presence: Presence) {
  useSyncStore.setState((state) => ({ presence: { ...state.presence, [productId]: presence } }));
}

/** Says this tab no longer drags the card, unless it has picked up another since. */
export function stopDragging(productId: string, cardId: string) {
  if (useSyncStore.getState().presence[productId]?.dragging === cardId) setPresence(productId, { viewing: null, dragging: null });
}
