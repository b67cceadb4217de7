import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { liveShares } from '../db/shares';

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
    // The page first: the sync engine loads and connects once the browser is idle (a board opens as fast as solo).
    const start = () => void Promise.all([import('../sync/connection'), import('../sync/tab-channel')]).then(([{ startSync }, { askSync }]) => {
      if (cancelled) return;
      // The tab holding a connection tells this one where things stand.
      askSync();
      stops = active.map((share) => {
        const handle = startSync(share);
        return () => handle.stop();
      });
    });
    const cancelStart = whenIdle(start);
    return () => {
      cancelled = true;
      cancelStart();
      stops.forEach((stop) => stop());
    };
    // `active` is read when `key` changes, which is whenever it matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return null;
}

/** Runs `work` once the browser is idle (within a second), or at once where it cannot say; returns the cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}
