import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useLocation } from 'wouter';
import { db } from '../../db/db';
import { createSampleProduct } from '../../db/product-commands';
import { useTranslation } from '../../i18n/i18n';
import { LANES } from '../../domain/types';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';

/**
 * A product with no initiative yet, open or closed: what the three lanes are for, and the three
 * ways to start. It goes as soon as the first card exists.
 */
export function EmptyBoard({ productId, onAdd }: { productId: string; onAdd: () => void }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const count = useLiveQuery(() => db.initiatives.where('[productId+status]').between([productId, ''], [productId, '\uffff']).count(), [productId]);
  if (count !== 0) return null;

  const openSample = async () => {
    const existing = (await db.products.toArray()).find((product) => product.isSample && !product.deletedAt);
    if (existing) return navigate(paths.board(existing.id));
    const result = await run(() => createSampleProduct(language === 'fr' ? 'fr' : 'en'));
    if (result.ok) navigate(paths.board(result.value.id));
  };

  return (
    <section className="empty-board" aria-labelledby="empty-board-title">
      <h2 id="empty-board-title">{t('emptyBoard.title')}</h2>
      <ol className="empty-board__lanes">
        {LANES.map((lane) => (
          <li key={lane}>
            <strong>{t(`lanes.${lane}`)}</strong> — {t(`emptyBoard.lanes.${lane}`)}
          </li>
        ))}
      </ol>
      <div className="empty-board__actions">
        <button type="button" className="button button--primary" onClick={onAdd}>
          {t('emptyBoard.add')}
        </button>
        <Link className="button" href={`${paths.data()}#import`}>
          {t('emptyBoard.import')}
        </Link>
        <button type="button" className="button" onClick={() => void openSample()}>
          {t('emptyBoard.sample')}
        </button>
      </div>
    </section>
  );
}
