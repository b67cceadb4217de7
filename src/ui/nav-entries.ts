import type { MessageKey } from '../i18n/messages';
import { paths } from './paths';

/** A destination of the product sidebar and, with a key, of `G` then that key. */
export interface ViewEntry {
  id: string;
  label: MessageKey;
  href: (productId: string) => string;
}

const BOARD: ViewEntry = { id: 'board', label: 'nav.board', href: paths.board };
const LIST: ViewEntry = { id: 'list', label: 'nav.list', href: paths.list };
const ROADMAP: ViewEntry = { id: 'roadmap', label: 'nav.roadmap', href: paths.roadmap };
const HYPOTHESES: ViewEntry = { id: 'hypotheses', label: 'nav.hypotheses', href: paths.hypotheses };
const INTERVIEWS: ViewEntry = { id: 'interviews', label: 'nav.interviews', href: paths.interviews };
const FEEDBACK: ViewEntry = { id: 'feedback', label: 'nav.feedback', href: (productId) => paths.feedback(productId) };
const DELIVERY: ViewEntry = { id: 'delivery', label: 'nav.delivery', href: paths.delivery };
const METRICS: ViewEntry = { id: 'metrics', label: 'nav.metrics', href: paths.metrics };

/**
 * The product's views, in the sidebar's order. Other views (the list view, saved views) add their
 * entries here, after the board: the sidebar and the drawer on a phone list whatever this holds.
 * The archive and the active sprint follow them (they carry a count and a live link).
 */
export const PRODUCT_VIEWS: ViewEntry[] = [
  BOARD,
  LIST,
  { id: 'strategy', label: 'nav.strategy', href: paths.strategy },
  { id: 'matrix', label: 'nav.matrix', href: paths.matrix },
  ROADMAP,
  HYPOTHESES,
  INTERVIEWS,
  FEEDBACK,
  { id: 'accounts', label: 'nav.accounts', href: paths.accounts },
  DELIVERY,
  METRICS,
  { id: 'review', label: 'nav.review', href: paths.review },
];

/**
 * `G` then a key goes to a view of the product, as in Linear. Another view adds its key here
 * (the list view: `l`); the shortcuts dialog lists them all.
 */
export const GO_TO_KEYS: Record<string, ViewEntry> = { b: BOARD, l: LIST, h: HYPOTHESES, i: INTERVIEWS, f: FEEDBACK, d: DELIVERY, r: ROADMAP, m: METRICS };
