import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useId } from 'react';
import { useTranslation } from '../i18n/i18n';
import { Link, useLocation } from 'wouter';
import { liveProducts } from '../db/queries';
import { liveShares } from '../db/shares';
import { PreferencesControls } from '../features/settings/preferences-controls';
import { useSyncStore } from '../sync/status';
import { lazyScreen } from '../ui/lazy-screen';
import { paths } from '../ui/paths';
import { PaletteLauncher } from './palette-launcher';
import { MenuButton } from './sidebar';
import { UndoButtons } from './undo-buttons';

// Solo use never downloads it: it loads once this browser shares a product, and stays while a
// connection of this visit has something to say (sharing stopped by a teammate).
const SyncIndicator = lazyScreen(() => import('./sync-indicator').then((m) => m.SyncIndicator), 'sharing');

/** The app bar: product switcher and its team, navigation, sync status, undo, language and theme. */
export function AppHeader({ productId }: { productId: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const products = useLiveQuery(liveProducts);
  const shares = useLiveQuery(liveShares);
  const synced = useSyncStore((s) => Object.keys(s.products).length > 0);
  const id = useId();
  return (
    <header className="app-header">
      {productId && <MenuButton productId={productId} />}
      <Link className="app-header__brand" href={paths.home()} aria-label={t('app.name')}>
        <span aria-hidden="true" className="app-header__logo">◆</span> <span className="app-header__name">{t('app.name')}</span>
      </Link>
      {productId && (synced || (shares?.length ?? 0) > 0) && (
        <Suspense fallback={null}>
          <SyncIndicator key={productId} productId={productId} />
        </Suspense>
      )}
      <nav aria-label={t('app.mainNav')} className="app-header__nav">
        {/* On a product page the sidebar (a phone's menu) holds the switcher, Templates and Data. */}
        {!productId && products && products.length > 0 && (
          <>
            <label htmlFor={`${id}-product`} className="visually-hidden">
              {t('header.product')}
            </label>
            <select id={`${id}-product`} value="" onChange={(e) => navigate(paths.board(e.target.value))}>
              <option value="">{t('header.product')}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        )}
        {productId && (
          <Link className="app-header__share" href={paths.sharing(productId)}>
            <svg className="app-header__share-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="7" cy="6.5" r="3" />
              <path d="M1.5 17c0-3.3 2.5-5.5 5.5-5.5s5.5 2.2 5.5 5.5" />
              <circle cx="14" cy="7.5" r="2.5" />
              <path d="M13.5 11.6c2.8 0 5 1.9 5 5" />
            </svg>
            <span className="app-header__share-text">{t('header.share')}</span>
          </Link>
        )}
        <Link href={paths.products()}>{t('header.products')}</Link>
        {!productId && (
          <>
            <Link href={paths.templates()}>{t('header.templates')}</Link>
            <Link href={paths.data()}>{t('header.data')}</Link>
          </>
        )}
      </nav>
      {/* A phone finds these in the Menu's drawer on a product page. */}
      <div className={`app-header__tools${productId ? ' app-header__tools--in-menu' : ''}`}>
        <PaletteLauncher productId={productId} />
        {productId && <UndoButtons productId={productId} />}
        <PreferencesControls />
      </div>
    </header>
  );
}
