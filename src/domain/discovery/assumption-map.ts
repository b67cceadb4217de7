import type { Score } from './types';

/**
 * The assumption map (David Bland): importance on the vertical axis, evidence on the horizontal.
 * A score of 3 is the middle of the 1–5 scale and counts as the high side on both axes: an
 * assumption is important when importance ≥ 3, and evidenced when evidence ≥ 3.
 *
 * - testFirst: important, little evidence (importance 3–5, evidence 1–2): test these first;
 * - proceed: important, evidenced (importance 3–5, evidence 3–5): build on them;
 * - watch: less important, little evidence (importance 1–2, evidence 1–2): keep an eye on them;
 * - ignore: less important, evidenced (importance 1–2, evidence 3–5): no need to test.
 */
export type Quadrant = 'testFirst' | 'watch' | 'proceed' | 'ignore';
export const QUADRANTS: readonly Quadrant[] = ['testFirst', 'proceed', 'watch', 'ignore'];

export interface MapScores {
  importance: Score;
  evidence: Score;
}

export const IMPORTANT_FROM: Score = 3;
export const EVIDENCED_FROM: Score = 3;

export function quadrant(h: MapScores): Quadrant {
  const important = h.importance >= IMPORTANT_FROM;
  const evidenced = h.evidence >= EVIDENCED_FROM;
  if (important) return evidenced ? 'proceed' : 'testFirst';
  return evidenced ? 'ignore' : 'watch';
}

/** Any number as a score: rounded, then clamped to 1..5 (NaN counts as 1). */
export function clampScore(n: number): Score {
  if (!Number.isFinite(n)) return n === Infinity ? 5 : 1;
  return Math.min(5, Math.max(1, Math.round(n))) as Score;
}

export function isScore(n: unknown): n is Score {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
}

export const MAP_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
export type MapKey = (typeof MAP_KEYS)[number];

export function isMapKey(key: string): key is MapKey {
  return (MAP_KEYS as readonly string[]).includes(key);
}

/**
 * A keyboard move on the map: up/down change importance, right/left change evidence, by one,
 * within 1..5. Takes any KeyboardEvent key: other keys leave the scores as they are.
 */
export function nudge(h: MapScores, key: MapKey | (string & {})): MapScores {
  const { importance, evidence } = h;
  switch (key) {
    case 'ArrowUp':
      return { importance: clampScore(importance + 1), evidence };
    case 'ArrowDown':
      return { importance: clampScore(importance - 1), evidence };
    case 'ArrowRight':
      return { importance, evidence: clampScore(evidence + 1) };
    case 'ArrowLeft':
      return { importance, evidence: clampScore(evidence - 1) };
    default:
      return { importance, evidence };
  }
}

/** Which fifth of `size` the point `at` falls in, 0..4 (outside the box counts as the nearest edge). */
function fifth(at: number, size: number): number {
  if (!(size > 0) || !Number.isFinite(at)) return 0;
  return Math.min(4, Math.max(0, Math.floor((at / size) * 5)));
}

/**
 * The scores of a point dropped on the map, in the map's own coordinates: x from the left edge
 * is evidence 1..5, y from the top edge is importance 5..1, each score an equal fifth of the side.
 * A point on a boundary belongs to the cell right of it or below it (x = width / 5 is evidence 2,
 * y = height / 5 is importance 4); the far edges belong to the last cells, and points outside the
 * map clamp to the nearest cell.
 */
export function scoreFromPosition(x: number, y: number, width: number, height: number): MapScores {
  return { evidence: (fifth(x, width) + 1) as Score, importance: (5 - fifth(y, height)) as Score };
}
