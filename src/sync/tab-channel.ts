import { useSyncStore, type Presence, type ProductSync } from './status';

/**
 * Keeps the sync state the same in every tab of this browser: the tab holding a product's
 * connection publishes its state, and hears every tab's presence. Loaded with the sync engine.
 */

type Message = { kind: 'status'; productId: string; sync: ProductSync } | { kind: 'presence'; productId: string; tab: string; presence: Presence } | { kind: 'ask' };

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

// This tab's presence, as the screens set it, goes to the connected tab (this one or another).
useSyncStore.subscribe((state, previous) => {
  for (const [productId, presence] of Object.entries(state.presence)) {
    if (previous.presence[productId] === presence) continue;
    presenceListeners.forEach((listener) => listener(productId, TAB, presence));
    channel?.postMessage({ kind: 'presence', productId, tab: TAB, presence } satisfies Message);
  }
});

function setLocal(productId: string, sync: ProductSync) {
  useSyncStore.setState((state) => ({ products: { ...state.products, [productId]: sync } }));
}

/** Publishes a product's state, from the tab that holds its connection, to every tab. */
export function publishSync(productId: string, sync: ProductSync) {
  setLocal(productId, sync);
  channel?.postMessage({ kind: 'status', productId, sync } satisfies Message);
}

/** For the connected tab: every tab's presence as it changes (this tab's current one at once). */
export function onPresence(listener: (productId: string, tab: string, presence: Presence) => void): () => void {
  presenceListeners.add(listener);
  for (const [productId, presence] of Object.entries(useSyncStore.getState().presence)) listener(productId, TAB, presence);
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
