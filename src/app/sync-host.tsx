import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../db/db';
import { liveShares } from '../db/shares';
import { BOARD_READY_MARK } from '../features/board/board-ready';
import { whenIdle } from '../sync/when-idle';

/**
 * Keeps every product this browser shares in sync, whatever page is open. Solo use has no share,
 * so the sync code (Yjs, the provider) is never downloaded.
 */
export function SyncHost() {
  const shares = useLiveQuery(liveShares);
  const active = (shares ?? []).filter((share) => share.state === 'active');
  // A new token or role is a new connection.
  const key = active.map((share) => `${share.productId}/${share.token}/${share.role}`).join(' ');
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    let stops: (() => void)[] = [];
    // The page first: the sync engine loads and connects once the board has its cards and the
    // browser is idle (a board opens as fast as solo).
    const start = () => void Promise.all([import('../sync/connection'), import('../sync/tab-channel')]).then(([{ startSync }, { askSync }]) => {
      if (cancelled) return;
      // The tab holding a connection tells this one where things stand.
      askSync();
      stops = active.map((share) => {
        const handle = startSync(share);
        return () => handle.stop();
      });
    });
    let cancelIdle: () => void = () => undefined;
    const cancelWait = afterFirstBoard(() => (cancelIdle = whenIdle(start)));
    return () => {
      cancelled = true;
      cancelWait();
      cancelIdle();
      stops.forEach((stop) => stop());
    };
    // `active` is read when `key` changes, which is whenever it matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return null;
}

/** A board's address (the board alone, or with an initiative open over it), and its product. */
const BOARD_PATH = /^\/p\/([^/]+)(\/i\/.*)?$/;
/** The longest a page opening on a board waits for its cards before syncing anyway. */
const BOARD_WAIT_MS = 3000;

/**
 * Runs `work` once the board the page opens on shows its cards: while the board reads its cards
 * from IndexedDB the browser looks idle, and the sync engine's download and its first long task
 * (applying the product's document) would land before the cards. At once on any other page, and
 * for a product not here yet (just joined: its cards come with the sync).
 */
function afterFirstBoard(work: () => void): () => void {
  const [, productId] = BOARD_PATH.exec(location.pathname) ?? [];
  let done = false;
  let observer: PerformanceObserver | null = null;
  let timer = 0;
  const finish = () => {
    done = true;
    observer?.disconnect();
    window.clearTimeout(timer);
  };
  const go = () => {
    if (done) return;
    finish();
    work();
  };
  if (!productId || performance.getEntriesByName(BOARD_READY_MARK).length > 0 || typeof PerformanceObserver !== 'function') {
    go();
    return finish;
  }
  observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(BOARD_READY_MARK).length > 0) go();
  });
  observer.observe({ type: 'mark' });
  timer = window.setTimeout(go, BOARD_WAIT_MS);
  void db.products.get(decodeURIComponent(productId)).then(
    (product) => product === undefined && go(),
    () => go(),
  );
  return finish;
}
