import type { SearchHit } from '../../domain/search/results';
import { paths } from '../../ui/paths';

/** Where a result opens: its own page, or the page that shows it (a hypothesis, its initiative's Discovery tab). */
export function hitPath(productId: string, hit: Pick<SearchHit, 'kind' | 'target'>): string {
  switch (hit.kind) {
    case 'initiative':
      return paths.initiative(productId, hit.target);
    case 'hypothesis':
      return paths.initiative(productId, hit.target, 'discovery');
    case 'story':
      return paths.initiative(productId, hit.target, 'delivery');
    case 'interview':
      return paths.interview(productId, hit.target);
    case 'objective':
    case 'keyResult':
      return paths.strategy(productId);
    case 'sprint':
      return paths.sprint(productId, hit.target);
    case 'ritualRun':
      return paths.ritualRun(productId, hit.target);
    case 'template':
      return paths.template(hit.target);
  }
}

/** The views "Go to" offers, in the order of the product's pages. */
export const VIEWS = ['board', 'strategy', 'matrix', 'roadmap', 'hypotheses', 'interviews', 'accounts', 'delivery', 'metrics', 'review', 'archive', 'templates', 'data'] as const;
export type View = (typeof VIEWS)[number];

/** A view's URL; the product's views need a product, the library and the data page do not. */
export function viewPath(view: View, productId: string | null): string | null {
  if (view === 'templates') return paths.templates();
  if (view === 'data') return paths.data();
  return productId ? paths[view](productId) : null;
}
