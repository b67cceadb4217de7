// In-page steps of the team-sync benchmark. A membership goes into the app's IndexedDB with raw
// IndexedDB, as seed.mjs writes records: the `shares` row src/db/shares.ts writes and, for the
// owner, the `syncOutbox` rows its startSharing queues (every record of the product), so the app's
// own SyncHost connects on the next load. Then, read from the page: the outbox's length, the
// records a browser holds, the sync state the app broadcasts to its tabs, every card on the board,
// and the moment a card shows at a place (a MutationObserver: the DOM change itself, not the next
// animation frame), on a wall clock that can be compared between pages.

import { DB_NAME } from './seed.mjs';

/** Runs at document start in every page of a context (see prepareSync). */
function syncProbes(dbName) {
  const request = (r) => new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  const withStores = async (stores, mode, work) => {
    const db = await request(indexedDB.open(dbName));
    try {
      const tx = db.transaction(stores, mode);
      const done = new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onabort = () => reject(tx.error))));
      const result = await work(tx);
      await done;
      return result;
    } finally {
      db.close();
    }
  };
  const now = () => performance.timeOrigin + performance.now();
  // Every binary frame of the page's WebSockets: when, which way, and its Hocuspocus message type
  // and sync step (after the document name: 0 0|1|2 is sync step 1, step 2 or an update, 1 awareness).
  const frames = [];
  const record = (way, data) => {
    if (!(data instanceof ArrayBuffer || ArrayBuffer.isView(data))) return;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    let at = 0;
    let length = 0;
    for (let shift = 0, byte = 128; byte & 128; shift += 7) {
      byte = bytes[at++];
      length |= (byte & 127) << shift;
    }
    frames.push({ at: now(), way, type: bytes[at + length], step: bytes[at + length + 1], bytes: bytes.byteLength });
    if (frames.length > 500) frames.splice(0, 250);
  };
  window.WebSocket = class extends WebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => record('in', event.data));
    }
    send(data) {
      record('out', data);
      super.send(data);
    }
  };
  window.__plbSync = {
    now,
    frames: (since) => frames.filter((frame) => frame.at >= since),
    put: (rows) => withStores([...new Set(rows.map(([store]) => store))], 'readwrite', (tx) => rows.forEach(([store, value]) => tx.objectStore(store).put(value))),
    /** How many records of `productId` each store holds. */
    count: (stores, productId) =>
      withStores(stores, 'readonly', (tx) =>
        Promise.all(stores.map(async (store) => (await request(tx.objectStore(store).getAll())).filter((r) => (store === 'products' ? r.id : r.productId) === productId).length)),
      ),
    /** The product's connection as the tab holding it broadcasts it (src/sync/status.ts), or null after 2 s. */
    connection(productId) {
      const channel = new BroadcastChannel('plb-sync');
      return new Promise((resolve) => {
        const finish = (value) => (channel.close(), resolve(value));
        channel.onmessage = ({ data }) => data.kind === 'status' && data.productId === productId && finish(data.sync.connection);
        channel.postMessage({ kind: 'ask' });
        setTimeout(() => finish(null), 2000);
      });
    },
    /** Cards on the board: each stage's list says how many it holds (aria-setsize). */
    cards: () => [...document.querySelectorAll('.stage__list')].reduce((sum, list) => sum + Number(list.querySelector('li')?.getAttribute('aria-setsize') ?? 0), 0),
    /** Resolves with the wall-clock time at which `list` shows `title` at `pos`, or null after `timeout` ms. */
    watch(list, pos, title, timeout) {
      const holds = () => list.querySelector(`li[aria-posinset="${pos}"] .card__title`)?.textContent === title;
      return new Promise((resolve) => {
        const observer = new MutationObserver(() => holds() && finish(now()));
        const timer = setTimeout(() => finish(null), timeout);
        const finish = (at) => (observer.disconnect(), clearTimeout(timer), resolve(at));
        observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
        if (holds()) finish(now());
      });
    },
  };
}

export const prepareSync = (context) => context.addInitScript(syncProbes, DB_NAME);

/** The tables the benchmark's product fills, as IndexedDB stores. */
export const SEEDED_STORES = ['products', 'stages', 'initiatives', 'transitions', 'hypotheses', 'stories'];

/** The `shares` row src/db/shares.ts (shareOf) writes for a membership the server answered (POST /api/products or /join). */
export const shareRow = ({ productId, member, token }) => ({ productId, token, memberId: member.id, displayName: member.displayName, role: member.role, state: 'active', refusal: null, joinedAt: Date.now() });

/** What startSharing queues: the product, then every record of it, whole. */
export function outboxRows(records) {
  const productId = records.product.id;
  const at = Date.now();
  const rows = [['syncOutbox', { productId, table: 'products', key: productId, fields: null, at }]];
  for (const store of SEEDED_STORES.slice(1)) for (const { id } of records[store]) rows.push(['syncOutbox', { productId, table: store, key: id, fields: null, at }]);
  return rows;
}

export const writeRows = (page, rows) => page.evaluate((rows) => window.__plbSync.put(rows), rows);
export const outboxCount = (page, productId) => page.evaluate((id) => window.__plbSync.count(['syncOutbox'], id).then(([n]) => n), productId);
export const storedCounts = (page, productId) => page.evaluate(({ stores, id }) => window.__plbSync.count(stores, id), { stores: SEEDED_STORES, id: productId });
/**
 * When the page asked the server for the document and when the answer arrived, in ms since its
 * navigation, and the answer's size: its download (src/sync/team-api.ts downloadDocument), or,
 * when that failed, its WebSocket's first sync (sync step 1 out, the server's step 2 in).
 */
export const documentExchange = (page) =>
  page.evaluate(() => {
    const download = performance.getEntriesByType('resource').find((entry) => /\/api\/products\/[^/]+\/document(\?|$)/.test(entry.name));
    if (download && download.responseStatus === 200) {
      return { via: 'download', askedMs: download.startTime, answeredMs: download.responseEnd, answerKB: download.encodedBodySize / 1024 };
    }
    const frames = window.__plbSync.frames(0);
    const asked = frames.find((f) => f.way === 'out' && f.type === 0 && f.step === 0);
    const answer = frames.find((f) => f.way === 'in' && f.type === 0 && f.step === 1 && f.at >= (asked?.at ?? Infinity));
    const since = (frame) => (frame ? frame.at - performance.timeOrigin : null);
    return { via: 'websocket', askedMs: since(asked), answeredMs: since(answer), answerKB: answer ? answer.bytes / 1024 : null };
  });

/** Resolves once the page had no long task for `ms` ms (false after `timeout`): its background work is over. */
export const quiet = (page, ms = 1000, timeout = 30_000) =>
  until(() => page.evaluate((ms) => performance.now() - Math.max(0, ...window.__plb.longTasks.map((t) => t.start + t.duration)) >= ms, ms), timeout);

/** The longest task since `from` (ms since the page's navigation). */
export const longestTaskSince = (page, from) => page.evaluate((from) => Math.max(0, ...window.__plb.longTasks.filter((t) => t.start + t.duration >= from).map((t) => t.duration)), from);

export const connectionOf = (page, productId) => page.evaluate((id) => window.__plbSync.connection(id), productId);

/** The page's time (ms since its navigation) once the board shows `total` cards. */
export async function waitForCards(page, total, timeout = 60_000) {
  const handle = await page.waitForFunction((total) => window.__plbSync?.cards() === total && performance.now(), total, { polling: 'raf', timeout });
  return handle.jsonValue();
}

/** Polls `check` every 100 ms until it answers true; false after `timeout` ms. */
export async function until(check, timeout) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check()) return true;
  }
  return false;
}

/**
 * How far the page's wall clock is ahead of this process's (ms), from the quickest of a few round
 * trips: off by at most half of it (`rtt`).
 */
export async function clockOffset(page) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 9; i++) {
    const t0 = performance.timeOrigin + performance.now();
    const at = await page.evaluate(() => window.__plbSync.now());
    const t1 = performance.timeOrigin + performance.now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: at - (t0 + t1) / 2 };
  }
  return best;
}
