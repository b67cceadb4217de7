import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { activeSprint } from '../db/delivery-queries';
import { closedInitiatives, liveProducts } from '../db/queries';
import { liveSavedViews } from '../db/saved-view-queries';
import { showsView } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { PRODUCT_VIEWS } from '../ui/nav-entries';
import { paths } from '../ui/paths';
import { viewKindAt } from '../ui/saved-view-links';

// Loaded once the product has a saved view: a first visit has none, and its first paint does without.
const SavedViewLinks = lazy(() => import('./saved-view-links').then((m) => ({ default: m.SavedViewLinks })));

interface SidebarLinksProps {
  productId: string;
  /** Called after a link or product is chosen: the phone's drawer closes then. */
  onNavigate?: () => void;
}

/** The product switcher, every page of the product and its saved views, then the workspace's pages; the current one marked. */
export function SidebarLinks({ productId, onNavigate }: SidebarLinksProps) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const id = useId();
  const products = useLiveQuery(liveProducts);
  const sprint = useLiveQuery(() => activeSprint(productId), [productId]);
  const closedCount = useLiveQuery(async () => (await closedInitiatives(productId)).length, [productId]);
  const search = useSearch();
  const views = useLiveQuery(() => liveSavedViews(productId), [productId]) ?? [];
  const kind = viewKindAt(location, productId);
  // A saved view the page shows exactly is the current page, rather than the board or list under it.
  const currentView = (kind && views.find((view) => showsView(view, kind, search))) || null;

  const item = (href: string, label: ReactNode, nested?: ReactNode) => (
    <li key={href}>
      <Link className="sidebar__link" href={href} aria-current={location === href && !currentView ? 'page' : undefined} onClick={onNavigate}>
        {label}
      </Link>
      {nested}
    </li>
  );

  return (
    <>
      {products && (
        <div className="sidebar__product">
          <label htmlFor={`${id}-product`} className="visually-hidden">
            {t('header.product')}
          </label>
          <select
            id={`${id}-product`}
            value={productId}
            onChange={(e) => {
              navigate(paths.board(e.target.value));
              onNavigate?.();
            }}
          >
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="sidebar__list">
        {PRODUCT_VIEWS.map((view) =>
          item(
            view.href(productId),
            t(view.label),
            view.id === 'delivery' && sprint && <ul className="sidebar__list sidebar__list--nested">{item(paths.sprint(productId, sprint.id), t('nav.currentSprint'))}</ul>,
          ),
        )}
        {item(paths.archive(productId), t('board.archiveCount', { count: closedCount ?? 0 }))}
      </ul>
      {views.length > 0 && (
        <Suspense fallback={null}>
          <SavedViewLinks views={views} currentId={currentView?.id ?? null} page={{ location, search }} onNavigate={onNavigate} />
        </Suspense>
      )}
      <ul className="sidebar__list sidebar__list--workspace">
        {item(paths.sharing(productId), t('nav.team'))}
        {item(paths.templates(), t('nav.templates'))}
        {item(paths.data(), t('nav.data'))}
      </ul>
    </>
  );
}
