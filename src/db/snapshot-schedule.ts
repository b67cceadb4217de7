import { takeAutoSnapshot } from './snapshot-store';

/** How often the app looks whether a snapshot is due, and how far apart automatic snapshots are. */
const CHECK_EVERY_MS = 60_000;
export const SNAPSHOT_EVERY_MS = 15 * 60_000;

/** Runs work when the browser is idle (Safari has no idle callbacks: soon after, then). */
function whenIdle(work: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 10_000 });
  else setTimeout(work, 0);
}

/**
 * While the app is open and seen, checks now and every minute whether an automatic snapshot is due
 * (the activity log moved and the last snapshot is 15 minutes old) and takes it in an idle moment;
 * it reads and writes in small chunks, so it never holds up typing. A tab that cannot write
 * (outdated, storage full) just skips it.
 */
export function startAutoSnapshots(): () => void {
  const check = () => {
    if (document.visibilityState === 'hidden') return;
    whenIdle(() => void takeAutoSnapshot(SNAPSHOT_EVERY_MS).catch(() => undefined));
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
