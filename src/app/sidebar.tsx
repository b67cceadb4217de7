import { Suspense, useId, useState } from 'react';
import { useTranslation } from '../i18n/i18n';
import { lazyScreen } from '../ui/lazy-screen';
import { usePreferences } from '../ui/preferences';
import { SidebarLinks } from './sidebar-links';
import './shell.css';

// A phone opens it now and then: the drawer's dialog loads on first use.
const SidebarDrawer = lazyScreen(() => import('./sidebar-drawer').then((m) => m.SidebarDrawer));

/** The product's navigation on a desk, beside every product page; it folds to a thin rail. */
export function Sidebar({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const collapsed = usePreferences((s) => s.sidebarCollapsed);
  const toggle = usePreferences((s) => s.sidebarToggled);
  const id = useId();
  const name = t(collapsed ? 'nav.expand' : 'nav.collapse');
  return (
    <nav className={`sidebar${collapsed ? ' sidebar--collapsed' : ''}`} aria-label={t('nav.label')}>
      <button type="button" className="icon-button sidebar__toggle" aria-expanded={!collapsed} aria-controls={id} aria-label={name} title={name} onClick={toggle}>
        <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
      </button>
      <div id={id} className="sidebar__body" hidden={collapsed}>
        <SidebarLinks productId={productId} />
      </div>
    </nav>
  );
}

/** On a phone, the sidebar waits behind this button, in a drawer. */
export function MenuButton({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button menu-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span aria-hidden="true" className="menu-button__icon">☰</span> {t('nav.menu')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SidebarDrawer productId={productId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
