import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';
import { Link } from 'wouter';
import { db } from '../db/db';
import { paths } from '../ui/paths';
import { usePreferences } from '../ui/preferences';
import { useCanWrite } from '../ui/use-share';

/** Renders a product's page only while the product exists, read-only for a viewer, and remembers it as the last one used. */
export function ProductRoute({ productId, children }: { productId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const product = useLiveQuery(async () => (await db.products.get(productId)) ?? null, [productId]);
  const productOpened = usePreferences((s) => s.productOpened);
  const canWrite = useCanWrite(productId);
  const exists = !!product && product.deletedAt === null;
  useEffect(() => {
    if (exists) productOpened(productId);
  }, [exists, productId, productOpened]);
  if (product === undefined) return null;
  if (!exists) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('errors.productMissing')}</p>
        <Link className="button" href={paths.products()}>
          {t('header.products')}
        </Link>
      </div>
    );
  }
  // A viewer reads everything; every form control that would write is disabled at once (the
  // commands refuse their writes too, and so does the server). Always there, so that a member
  // turned viewer or revoked keeps the page as it was, only disabled.
  return (
    <fieldset className="read-only-scope" disabled={!canWrite}>
      {children}
    </fieldset>
  );
}
