import { Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSearch } from 'wouter';
import type { SavedViewKind } from '../domain/saved-views';
import { useTranslation } from '../i18n/i18n';
import { lazyScreen } from './lazy-screen';

const SaveViewDialog = lazyScreen(() => import('./save-view-dialog').then((m) => m.SaveViewDialog), 'views');

/** "Save view" beside the filters of the board or the list: names what they show now. */
export function SaveViewButton({ productId, view }: { productId: string; view: SavedViewKind }) {
  const { t } = useTranslation();
  const search = useSearch();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small filter-bar__save" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('filter.saveView')}
      </button>
      {/* Out of the filters' form in the page: a form may not hold another. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <SaveViewDialog productId={productId} view={view} search={search} onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
