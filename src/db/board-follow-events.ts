import type { Initiative, Stage } from '../domain/types';

/**
 * Cards the board moved by itself, following the sprint, once their command has committed: the
 * app says so. Kept apart from the commands so that listening costs the first paint nothing.
 */
type Listener = (moved: readonly Initiative[], to: Stage) => void;

const listeners = new Set<Listener>();

export function onBoardFollowed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function boardFollowed(moved: readonly Initiative[], to: Stage) {
  listeners.forEach((listener) => listener(moved, to));
}
