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

type Message = { kind: 'status'; productId: string; sync: ProductSync } | { kind: 'presence'; productId: string; tab: string; presence: Presence } | { kind: 'ask' };

interface SyncStore {
  products: Record<string, ProductSync>;
  presence: Record<string, Presence>;
}

/** The team sync state of each shared product, the same in every tab of this browser. */
export const useSyncStore = create<SyncStore>(() => ({ products: {}, presence: {} }));

const TAB = crypto.randomUUID();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('plb-sync');
const presenceListeners = new Set<(productId: string, tab: string, presence: Presence) => void>();
const askListeners = new Set<() => void>();

channel?.addEventListener('message', (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.kind === 'status') setLocal(message.productId, message.sync);
  else if (message.kind === 'presence') presenceListeners.forEach((listener) => listener(message.productId, message.tab, message.presence));
  else askListeners.forEach((listener) => listener());
});

function setLocal(productId: string, sync: ProductSync) {
  useSyncStore.setState((state) => ({ products: { ...state.products, [productId]: sync } }));
}

/** Publishes a product's state, from the tab that holds its connection, to every tab. */
export function publishSync(productId: string, sync: ProductSync) {
  setLocal(productId, sync);
  channel?.postMessage({ kind: 'status', productId, sync } satisfies Message);
}

/** Says which card this tab has open or is dragging, for the team to see. */
export function setPresence(productId: string, presence: Presence) {
  useSyncStore.setState((state) => ({ presence: { ...state.presence, [productId]: presence } }));
  presenceListeners.forEach((listener) => listener(productId, TAB, presence));
  channel?.postMessage({ kind: 'presence', productId, tab: TAB, presence } satisfies Message);
}

/** For the connected tab: every tab's presence as it changes. */
export function onPresence(listener: (productId: string, tab: string, presence: Presence) => void): () => void {
  presenceListeners.add(listener);
  return () => presenceListeners.delete(listener);
}

/** For the connected tab: another tab opened and wants the current state. */
export function onAsk(listener: () => void): () => void {
  askListeners.add(listener);
  return () => askListeners.delete(listener);
}

/** Asks the connected tabs to publish their state again (a tab that just opened). */
export function askSync() {
  channel?.postMessage({ kind: 'ask' } satisfies Message);
}
