import { Suspense, useId, useState } from 'react';
import { Link } from 'wouter';
import type { SavedView } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { lazyScreen } from '../ui/lazy-screen';
import { savedViewHref } from '../ui/saved-view-links';

// Renaming, updating or deleting a view is rare: its dialog loads on first use (with the list's column names, for a sort).
const ManageViewDialog = lazyScreen(() => import('./manage-view-dialog').then((m) => m.ManageViewDialog), 'views', 'list');

interface SavedViewLinksProps {
  views: readonly SavedView[];
  /** The view the page shows exactly, marked as the current page. */
  currentId: string | null;
  /** The page behind the sidebar, which "update" saves into a view. */
  page: { location: string; search: string };
  onNavigate?: () => void;
}

/** The product's saved views in the sidebar, each with a button to rename, update, share or delete it. */
export function SavedViewLinks({ views, currentId, page, onNavigate }: SavedViewLinksProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [managing, setManaging] = useState<string | null>(null);
  return (
    <section className="sidebar__views" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar__heading">
        {t('nav.savedViews')}
      </h2>
      <ul className="sidebar__list">
        {views.map((view) => {
          const label = t('nav.manageView', { name: view.name });
          return (
            <li key={view.id} className="sidebar__view">
              <Link className="sidebar__link" href={savedViewHref(view)} aria-current={view.id === currentId ? 'page' : undefined} onClick={onNavigate}>
                {view.name}
              </Link>
              <button type="button" className="icon-button sidebar__view-menu" aria-haspopup="dialog" aria-label={label} title={label} onClick={() => setManaging(view.id)}>
                <span aria-hidden="true">⋯</span>
              </button>
            </li>
          );
        })}
      </ul>
      {managing && (
        <Suspense fallback={null}>
          <ManageViewDialog viewId={managing} page={page} onClose={() => setManaging(null)} />
        </Suspense>
      )}
    </section>
  );
}
