/**
 * Runs `work` once the browser is idle (within a second), or after `orAfterMs` where it cannot say
 * (Safari has no requestIdleCallback); returns the cancel.
 */
export function whenIdle(work: () => void, orAfterMs = 0): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, orAfterMs);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}
