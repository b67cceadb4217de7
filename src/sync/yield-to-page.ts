/** How long the sync engine works on a large document before it lets the page run. */
export const SLICE_MS = 12;

/** Resolves in a later task, once the browser has run what waits (input, rendering) before it. */
function yieldToPage(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * For a long piece of work done in steps: the returned function, awaited after each step, yields
 * to the page once `sliceMs` have passed since the last time it did, and answers whether it did.
 */
export function pacer(sliceMs = SLICE_MS): () => Promise<boolean> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return false;
    await yieldToPage();
    since = performance.now();
    return true;
  };
}
