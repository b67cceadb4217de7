/** Reading untrusted JSON (imported files): bounded, and unable to touch Object.prototype. */

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; error: 'tooLarge' | 'notJson' | 'tooDeep' };

function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    if (node && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** UTF-8 size, counted only when the characters alone might not settle it. */
function tooLarge(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  return text.length * 3 > maxBytes && new TextEncoder().encode(text).length > maxBytes;
}

export function parseSafeJson(text: string, maxBytes = MAX_IMPORT_BYTES): SafeJsonResult {
  if (tooLarge(text, maxBytes)) return { ok: false, error: 'tooLarge' };
  let value: unknown;
  try {
    // The reviver drops keys that could reach prototypes once the data is spread or merged.
    value = JSON.parse(text, (key, v: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : v));
  } catch (error) {
    // Thousands of nested brackets exhaust the reviver's stack: that is depth, not damage.
    return { ok: false, error: error instanceof RangeError ? 'tooDeep' : 'notJson' };
  }
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) return { ok: false, error: 'tooDeep' };
  return { ok: true, value };
}
