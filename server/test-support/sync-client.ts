import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface CloseRecord {
  code: number;
  reason: string;
}

/** A browser's connection to a product, in Node: @hocuspocus/provider over the `ws` package. */
export interface SyncClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Every close the provider reported: a document connection the server ended (code 1000) or the WebSocket closing. */
  readonly closes: CloseRecord[];
  readonly refusals: string[];
  /** Resolves with the granted scope, or rejects with the refusal's reason. */
  authenticated(): Promise<string>;
  /** Resolves once the first sync with the server is done. */
  synced(): Promise<void>;
  /** Resolves once the server acknowledged every change sent so far. */
  acknowledged(): Promise<void>;
  /** Resolves with the first close whose reason is `reason` (and code is `code`, when given). */
  closedWith(reason: string, code?: number): Promise<CloseRecord>;
  destroy(): void;
}

/** ws reports a socket closed while connecting as an error event; the provider has already moved on by then. */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

/** `baseUrl` is the server's http:// URL; the client connects to its /sync endpoint. */
export function connect(baseUrl: string, productId: string, token: string, doc = new Y.Doc()): SyncClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}/sync`,
    WebSocketPolyfill: QuietWebSocket,
    // Reconnect fast: the cluster tests stop nodes under their clients.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    jitter: false,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: productId, token, document: doc });
  provider.attach();
  const closes: CloseRecord[] = [];
  const refusals: string[] = [];
  const closeWaiters: Array<(close: CloseRecord) => void> = [];
  provider.on('close', ({ event }: { event: CloseRecord }) => {
    const close = { code: event.code, reason: String(event.reason ?? '') };
    closes.push(close);
    closeWaiters.forEach((waiter) => waiter(close));
  });
  const auth = new Promise<string>((resolve, reject) => {
    provider.on('authenticated', ({ scope }: { scope: string }) => resolve(scope));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      refusals.push(reason);
      reject(new Error(reason));
    });
  });
  auth.catch(() => undefined);
  return {
    doc,
    provider,
    closes,
    refusals,
    authenticated: () => auth,
    synced: () =>
      new Promise<void>((resolve) => {
        if (provider.isSynced) return resolve();
        const listener = () => {
          provider.off('synced', listener);
          resolve();
        };
        provider.on('synced', listener);
      }),
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const listener = ({ number }: { number: number }) => {
          if (number > 0) return;
          provider.off('unsyncedChanges', listener);
          resolve();
        };
        provider.on('unsyncedChanges', listener);
      }),
    closedWith: (reason, code) =>
      new Promise((resolve) => {
        const matches = (close: CloseRecord) => close.reason === reason && (code === undefined || close.code === code);
        const seen = closes.find(matches);
        if (seen) return resolve(seen);
        closeWaiters.push((close) => matches(close) && resolve(close));
      }),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `condition(doc)` holds, checking at every change of the document. */
export function until(doc: Y.Doc, condition: (doc: Y.Doc) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (condition(doc)) return resolve();
    const check = () => {
      if (!condition(doc)) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

/** The product's records as the bridge will lay them out: one Y.Map per table, one Y.Map per record. */
export function putRecord(doc: Y.Doc, table: string, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => {
    const records = doc.getMap<Y.Map<unknown>>(table);
    const record = records.get(id) ?? new Y.Map<unknown>();
    if (!records.has(id)) records.set(id, record);
    Object.entries(fields).forEach(([key, value]) => record.set(key, value));
  });
}

export function readRecord(doc: Y.Doc, table: string, id: string): Record<string, unknown> | undefined {
  return doc.getMap<Y.Map<unknown>>(table).get(id)?.toJSON();
}
