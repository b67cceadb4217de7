import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';

interface ImportDoneStatusProps {
  productId: string;
  productName: string;
  message: string;
  entryId: number;
}

/**
 * What the last import did, with a link to its board, kept true afterwards: once the import is
 * undone (from its notice, the header or another tab) it says so, and links only to a board that
 * still exists.
 */
export function ImportDoneStatus({ productId, productName, message, entryId }: ImportDoneStatusProps) {
  const { t } = useTranslation();
  const now = useLiveQuery(async () => {
    const [entry, product] = await Promise.all([db.activity.get(entryId), db.products.get(productId)]);
    return { undone: entry?.state !== 'done', productLive: !!product && product.deletedAt === null };
  }, [entryId, productId]);
  if (!now) return null;
  return (
    <p className="import-done" role="status">
      {now.undone ? t('import.undone') : message}{' '}
      {now.productLive && <Link href={paths.board(productId)}>{t('import.openBoard', { product: productName })}</Link>}
    </p>
  );
}
