import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { BinaryOnly, ShuttingDown } from './close-events.ts';
import type { ServerConfig } from './config.ts';
import type { Peer, SyncContext } from './context.ts';
import { AccessWatchExtension } from './extensions/access-watch.ts';
import { AuthExtension } from './extensions/auth.ts';
import { ConnectionLimitExtension } from './extensions/connection-limit.ts';
import { DocumentLimitExtension } from './extensions/document-limit.ts';
import { MessageGuardExtension } from './extensions/message-guard.ts';
import { PersistenceExtension } from './extensions/persistence.ts';
import { RedisRelayExtension } from './extensions/redis-relay.ts';
import { createApi } from './http/api.ts';
import { sendJson } from './http/json.ts';
import { createStaticFiles } from './http/static-files.ts';
import { errorText, jsonLogger, type Logger } from './log.ts';
import { postgresDocumentLog, sqliteDocumentLog, type DocumentLog } from './store/document-log.ts';
import { openPostgres } from './store/postgres.ts';
import type { Sql } from './store/sql.ts';
import { openSqlite } from './store/sqlite.ts';
import { TeamStore } from './store/team-store.ts';

/** Where clients open their WebSocket: `ws(s)://<the app's host>/sync`. */
export const SYNC_PATH = '/sync';

/** Longest wait, when stopping, for open documents to be stored. */
const STORE_ON_CLOSE_MS = 10_000;

export interface TeamServer {
  /** http://host:port of the app, the API (/api/) and the sync endpoint (/sync). */
  readonly url: string;
  readonly port: number;
  readonly hocuspocus: Hocuspocus<SyncContext>;
  readonly store: TeamStore;
  /** Stops accepting, closes every connection, stores the open documents, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly log?: Logger;
  readonly now?: () => number;
}

/** One node of the team server: the app's production build, the HTTP API and the Hocuspocus sync endpoint on one origin. */
export async function startTeamServer(config: ServerConfig, options: StartOptions = {}): Promise<TeamServer> {
  const log = options.log ?? jsonLogger;
  const { sql, documents } = openDatabase(config, log);
  const store = await TeamStore.open(sql);
  const rules = { store, tokenIdleDays: config.tokenIdleDays, now: options.now ?? Date.now };
  const watch = new AccessWatchExtension(store, config.accessCheckMs, log);
  const extensions: Extension[] = [
    new AuthExtension(rules, log),
    new ConnectionLimitExtension(config.maxConnectionsPerMember, log),
    new MessageGuardExtension(log),
    new DocumentLimitExtension(config.maxDocBytes, log),
    watch,
    new PersistenceExtension(documents, log),
  ];
  if (config.redisUrl) extensions.unshift(redisExtension(config.redisUrl, config.redisPrefix, log));
  const hocuspocus = new Hocuspocus<SyncContext>({ quiet: true, extensions });

  const api = createApi({ ...rules, log, documents, accessChanged: () => void watch.checkNow() });
  const serveStatic = createStaticFiles(config.distDir);
  const http = createServer((request, response) => {
    void (async () => {
      try {
        if (!(await api(request, response))) await serveStatic(request, response);
      } catch (error) {
        log('error', 'request-failed', { path: request.url, error: errorText(error) });
        if (response.headersSent) response.destroy();
        else sendJson(response, 500, { error: 'internal', message: 'The server could not do this; try again' });
      }
    })();
  });

  // A document as large as allowed must fit in one message (the first sync of a shared product sends it whole).
  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.maxDocBytes + 1024 * 1024 });
  const open = new Map<WebSocket, () => void>();
  let closing = false;

  http.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (closing || new URL(request.url ?? '/', 'http://server').pathname !== SYNC_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => accept(webSocket, request));
  });

  const accept = (webSocket: WebSocket, request: IncomingMessage) => {
    const listeners: Array<() => void> = [];
    const peer: Peer = {
      id: randomUUID(),
      address: request.socket.remoteAddress ?? 'unknown',
      onClose: (listener) => listeners.push(listener),
      close: (code, reason) => webSocket.close(code, reason),
    };
    const client = hocuspocus.handleConnection(webSocket, webRequest(request), { peer });
    const closed = (code: number, reason: string) => {
      client.handleClose({ code, reason });
      open.delete(webSocket);
      listeners.splice(0).forEach((listener) => listener());
    };
    open.set(webSocket, () => closed(ShuttingDown.code, ShuttingDown.reason));
    webSocket.on('message', (data, isBinary) => {
      if (!isBinary) {
        log('warn', 'message-refused', { reason: 'text frame', peer: peer.address });
        webSocket.close(BinaryOnly.code, BinaryOnly.reason);
        return;
      }
      client.handleMessage(bytes(data));
    });
    webSocket.on('close', (code, reason) => closed(code, reason.toString()));
    webSocket.on('error', (error) => log('warn', 'socket-error', { peer: peer.address, error: errorText(error) }));
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closed: Promise<void> | null = null;
  const close = async () => {
    closing = true;
    http.close();
    for (const [webSocket, end] of open) {
      webSocket.close(ShuttingDown.code, ShuttingDown.reason);
      end();
    }
    await documentsStored(hocuspocus);
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    sockets.close();
    http.closeAllConnections();
    await store.close();
  };

  return {
    url: `http://${host}:${port}`,
    port,
    hocuspocus,
    store,
    close: () => (closed ??= close()),
  };
}

function openDatabase(config: ServerConfig, log: Logger): { sql: Sql; documents: DocumentLog } {
  if (config.databaseUrl) {
    const postgres = openPostgres(config.databaseUrl, log);
    return { sql: postgres, documents: postgresDocumentLog(postgres) };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const sqlite = openSqlite(join(config.dataDir, 'team.sqlite'));
  return { sql: sqlite, documents: sqliteDocumentLog(sqlite) };
}

function redisExtension(url: string, prefix: string, log: Logger): RedisRelayExtension {
  const createClient = () => {
    const client = new IORedis(url);
    client.on('error', (error) => log('error', 'redis-error', { error: errorText(error) }));
    return client;
  };
  return new RedisRelayExtension({ prefix, createClient }, log);
}

/** What Hocuspocus reads of the upgrade request: its URL and headers. */
function webRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      try {
        headers.append(name, one);
      } catch {
        // A header value the Fetch API refuses is of no use to Hocuspocus either.
      }
    }
  }
  return new Request(new URL(request.url ?? '/', 'http://server'), { headers });
}

function bytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Resolves once every open document was stored and unloaded (or after STORE_ON_CLOSE_MS). */
async function documentsStored(hocuspocus: Hocuspocus<SyncContext>): Promise<void> {
  hocuspocus.flushPendingStores();
  if (hocuspocus.getDocumentsCount() === 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, STORE_ON_CLOSE_MS);
    hocuspocus.configuration.extensions.push({
      afterUnloadDocument: async ({ instance }) => {
        if (instance.getDocumentsCount() > 0) return;
        clearTimeout(timer);
        resolve();
      },
    });
  });
}
