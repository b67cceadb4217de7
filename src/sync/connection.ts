import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { liveQuery } from 'dexie';
import * as Y from 'yjs';
import { db } from '../db/db';
import type { Share } from '../db/share-types';
import { endSharing, refuseShare, setShareRole } from '../db/share-commands';
import { onQueued } from '../db/sync-outbox';
import { awarenessPeers } from './awareness-peers';
import { Bridge } from './bridge';
import { memberColor } from '../domain/member-color';
import { sameValue } from '../domain/undo-rules';
import type { Connection, Peer, Presence } from './status';
import { onAsk, onPresence, publishSync } from './tab-channel';
import { downloadDocument, teamApi } from './team-api';
import { applyInPieces } from './update-pieces';

/** Close reasons after which this member's token no longer works: stop, keep the copy readable. */
const REFUSALS = new Set(['unknown-token', 'expired-token', 'revoked', 'wrong-product']);

/** The origin of the doc transaction that applies the document as the server stores it. */
const STORED = 'stored-document';

export interface SyncHandle {
  stop(): void;
}

const syncUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;

/**
 * Keeps one shared product in sync while this tab is the one of this browser that holds its
 * connection (Web Locks elect it; when it closes, another tab takes over). The other tabs see
 * every change through Dexie, and the state through the status channel.
 */
export function startSync(share: Share): SyncHandle {
  const abort = new AbortController();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const run = async () => {
    const stop = connect(share);
    await held;
    stop();
  };
  if (typeof navigator.locks?.request === 'function') {
    navigator.locks.request(`plb-sync:${share.productId}`, { signal: abort.signal }, run).catch(() => undefined);
  } else {
    void run();
  }
  return {
    stop() {
      abort.abort();
      release();
    },
  };
}

function connect(share: Share): () => void {
  const { productId } = share;
  const doc = new Y.Doc();
  const bridge = new Bridge(doc, productId);
  const stopObserving = bridge.observe();
  const tabs = new Map<string, Presence>();
  let connection: Connection = 'connecting';
  let reason: string | null = null;
  let peers: Peer[] = [];
  let synced = false;
  let sent: number | null = null;
  let pushing = false;
  let pushAgain = false;
  let stopped = false;
  const download = new AbortController();
  /** Stores the downloaded document here, once the socket's first sync is in the doc too (see openWithStored). */
  let releaseStored: (() => void) | null = null;

  const publish = () => publishSync(productId, { connection, reason, peers });
  publish();

  // The socket opens once the stored document is applied (see openWithStored).
  const socket = new HocuspocusProviderWebsocket({ url: syncUrl(), autoConnect: false });
  let opened = false;
  /** Back online while the socket was still closing: connect once it has closed. */
  let reconnectOnClose = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: productId,
    token: share.token,
    document: doc,
    onStatus: ({ status }) => {
      if (status === WebSocketStatus.Disconnected && reconnectOnClose) {
        reconnectOnClose = false;
        void socket.connect();
      }
      if (connection === 'refused') return;
      connection = status === WebSocketStatus.Connected ? (synced ? 'online' : 'connecting') : status === WebSocketStatus.Connecting ? 'connecting' : 'offline';
      if (status !== WebSocketStatus.Connected) synced = false;
      publish();
    },
    onSynced: ({ state }) => {
      synced = state;
      if (!state) return;
      releaseStored?.();
      releaseStored = null;
      connection = 'online';
      if (reason === 'document-too-large') reason = null;
      publish();
      void push();
    },
    onUnsyncedChanges: ({ number }) => {
      if (number === 0) void acknowledge();
    },
    onAuthenticationFailed: ({ reason: why }) => void refused(why),
    onClose: ({ event }) => {
      if (REFUSALS.has(event.reason) || event.reason === 'sharing-stopped') void refused(event.reason);
      else if (event.reason === 'role-changed') void refreshRole();
      else if (event.reason === 'document-too-large') {
        reason = event.reason;
        publish();
      }
    },
    onAwarenessChange: ({ states }) => {
      const now = awarenessPeers(states, doc.clientID, share.memberId);
      // This browser's own presence changes the awareness too: its peers, unchanged, are not
      // published again (every stage of the board would render again, in the turn of a pick-up).
      if (sameValue(now, peers)) return;
      peers = now;
      publish();
    },
  });
  // Yjs encodes every transaction again for its 'update' listeners, whoever made it, and the
  // provider's listener sends only this browser's own: what the server sent (on a join or a reopen,
  // the whole document, 18 MB for 5,000 cards) was encoded again for nothing, half a second of a
  // frozen page. The listener is off while the provider applies the server's messages, and back on
  // before anything of this browser's goes into the doc (the bridge writes it, see beforeWrite).
  const sendOwnUpdates = provider.boundDocumentUpdateHandler;
  const listen = () => doc.on('update', sendOwnUpdates);
  const fromServer = (tr: Y.Transaction) => tr.origin === provider || tr.origin === STORED;
  doc.on('beforeTransaction', (tr) => {
    if (fromServer(tr)) doc.off('update', sendOwnUpdates);
  });
  doc.on('afterTransactionCleanup', (tr) => {
    if (fromServer(tr)) queueMicrotask(listen);
  });
  bridge.beforeWrite = listen;
  provider.attach();
  void openWithStored();

  provider.setAwarenessField('memberId', share.memberId);
  provider.setAwarenessField('name', share.displayName);
  provider.setAwarenessField('color', memberColor(share.memberId));

  /**
   * Applies the document as the server stores it, then opens the socket, whose first sync then
   * carries only what is newer. Asked over the socket, the server would send the same whole, but
   * encoded from its open document: seconds at 5,000 cards, which a join and a reopen waited for.
   * A join stores what it downloaded before the socket opens (beside the socket's first sync, its
   * board showed its cards 2 s later). A reopen stores it with that first sync: a node appends a
   * change up to 200 ms after relaying it, and a card a teammate had just deleted came back alive
   * here, from a reload's download, until the sync deleted it again.
   * Offline, or if the download fails, the socket brings everything (and retries until it can).
   */
  async function openWithStored() {
    try {
      const updates = await downloadDocument(productId, share.token, download.signal);
      if (stopped) return;
      const reopening = (await db.products.get(productId)) !== undefined;
      if (stopped) return;
      // A piece at a time, the page running between them: applied whole, 18 MB froze it over a second.
      const release = bridge.hold();
      try {
        await applyInPieces(doc, updates, STORED, () => stopped);
      } finally {
        // Stopped half-way, the doc holds half records: nothing of it is stored.
        if (!stopped && reopening) releaseStored = release;
        else if (!stopped) release();
      }
    } catch (error) {
      if (stopped) return;
      const code = (error as { code?: string }).code;
      if (code && (REFUSALS.has(code) || code === 'sharing-stopped')) {
        await refused(code);
        return;
      }
    }
    await bridge.settled();
    if (stopped) return;
    opened = true;
    void socket.connect();
  }

  /** Sends what the outbox holds; once the server has it all, the outbox forgets it. */
  async function push() {
    if (!synced || stopped) return;
    if (pushing) {
      pushAgain = true;
      return;
    }
    pushing = true;
    try {
      const last = await bridge.push();
      if (last !== null) sent = last;
      if (!provider.hasUnsyncedChanges) await acknowledge();
    } finally {
      pushing = false;
      if (pushAgain) {
        pushAgain = false;
        void push();
      }
    }
  }

  async function acknowledge() {
    if (sent === null || provider.hasUnsyncedChanges) return;
    const last = sent;
    sent = null;
    await bridge.acknowledge(last);
  }

  async function refused(why: string) {
    if (stopped) return;
    connection = 'refused';
    reason = why;
    stop();
    // The copy turns read-only before the header says why, so nothing can be typed in between.
    if (why === 'sharing-stopped') await endSharing(productId);
    else await refuseShare(productId, why);
    publish();
  }

  async function refreshRole() {
    try {
      const { member } = await teamApi.me(productId, share.token);
      await setShareRole(productId, member.role);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && REFUSALS.has(code)) await refused(code);
    }
  }

  // Changes queued by the other tabs (this tab's own are sent on commit): only a newer entry is
  // something to send; entries going away are the server's acknowledgement coming back.
  let newest = 0;
  const outbox = liveQuery(async () => (await db.syncOutbox.where('productId').equals(productId).last())?.id ?? 0).subscribe({
    next: (id) => {
      if (id > newest) void push();
      newest = Math.max(newest, id);
    },
  });
  const stopQueued = onQueued((queued) => {
    if (!queued.entries.some((entry) => entry.productId === productId)) return;
    const last = synced && !stopped && !pushing ? bridge.pushQueued(queued) : null;
    if (last === null) void push();
    else sent = last;
  });
  const stopPresence = onPresence((id, tab, presence) => {
    if (id !== productId) return;
    tabs.set(tab, presence);
    const all = [...tabs.values()];
    const viewing = all.find((p) => p.viewing)?.viewing ?? null;
    const dragging = all.find((p) => p.dragging)?.dragging ?? null;
    // One message for both, none when neither changed: each crosses the servers to every teammate,
    // and a drop's came just before its change.
    const state = provider.awareness?.getLocalState();
    if (state && (state.viewing !== viewing || state.dragging !== dragging)) provider.awareness?.setLocalState({ ...state, viewing, dragging });
  });
  const stopAsk = onAsk(publish);
  // A socket can stay open for a while after the network went away: the browser knows sooner.
  const goOffline = () => {
    reconnectOnClose = false;
    socket.disconnect();
    if (connection !== 'refused') connection = 'offline';
    synced = false;
    publish();
  };
  // disconnect() only starts closing the socket: until it has closed, connect() takes it for open
  // and does nothing, and the socket then stayed closed (a moment offline lost the connection).
  const goOnline = () => {
    if (!opened) return;
    if (socket.status === WebSocketStatus.Connected) reconnectOnClose = true;
    void socket.connect();
  };
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  function stop() {
    if (stopped) return;
    stopped = true;
    outbox.unsubscribe();
    stopQueued();
    stopPresence();
    stopAsk();
    window.removeEventListener('offline', goOffline);
    window.removeEventListener('online', goOnline);
    stopObserving();
    download.abort();
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
  return stop;
}
