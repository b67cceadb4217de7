import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from '../i18n/i18n';
import { Link, useLocation } from 'wouter';
import { liveProducts } from '../db/queries';
import { PreferencesControls } from '../features/settings/preferences-controls';
import { paths } from '../ui/paths';
import { UndoButtons } from './undo-buttons';

/** The app bar: product switcher, navigation, undo, language and theme. */
export function AppHeader({ productId }: { productId: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const products = useLiveQuery(liveProducts);
  const id = useId();
  return (
    <header className="app-header">
      <Link className="app-header__brand" href={paths.home()} aria-label={t('app.name')}>
        <span aria-hidden="true" className="app-header__logo">◆</span> <span className="app-header__name">{t('app.name')}</span>
      </Link>
      <nav aria-label={t('app.mainNav')} className="app-header__nav">
        {products && products.length > 0 && (
          <>
            <label htmlFor={`${id}-product`} className="visually-hidden">
              {t('header.product')}
            </label>
            <select id={`${id}-product`} value={productId ?? ''} onChange={(e) => navigate(paths.board(e.target.value))}>
              {!productId && <option value="">{t('header.product')}</option>}
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        )}
        <Link href={paths.products()}>{t('header.products')}</Link>
        <Link href={paths.templates()}>{t('header.templates')}</Link>
        <Link href={paths.data()}>{t('header.data')}</Link>
      </nav>
      <div className="app-header__tools">
        {productId && <UndoButtons productId={productId} />}
        <PreferencesControls />
      </div>
    </header>
  );
}
