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

export function parseSafeJson(text: string, maxBytes = MAX_IMPORT_BYTES): SafeJsonResult {
  if (text.length > maxBytes) return { ok: false, error: 'tooLarge' };
  let value: unknown;
  try {
    // The reviver drops keys that could reach prototypes once the data is spread or merged.
    value = JSON.parse(text, (key, v: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : v));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) return { ok: false, error: 'tooDeep' };
  return { ok: true, value };
}
