import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/i18n';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { reopenInitiative } from '../../db/initiative-commands';
import { closedInitiatives } from '../../db/queries';
import { deletedInitiatives, restoreInitiative } from '../../db/restore-commands';
import { paths } from '../../ui/paths';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { dateText } from '../../ui/date-text';
import { useStackedTable } from '../../ui/use-stacked-table';

/** Shipped, parked and killed initiatives, newest first, each one reopenable; then the deleted ones, restorable. */
export function ArchivePage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const deletedTable = useStackedTable();
  const closedTable = useStackedTable();
  const run = useCommand();
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const closed = useLiveQuery(() => closedInitiatives(productId), [productId]);
  const deleted = useLiveQuery(() => deletedInitiatives(productId), [productId]);
  if (!product || !closed || !deleted) return null;
  // Who deleted is known in a shared product only: a solo product's table has no empty column for it.
  const showBy = deleted.some((i) => i.by);

  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('archive.title', { product: product.name })}</h1>
        <Link className="button" href={paths.board(productId)}>
          {t('initiative.backToBoard')}
        </Link>
      </div>
      {closed.length === 0 ? (
        <p className="empty">{t('archive.empty')}</p>
      ) : (
        <table ref={closedTable} className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('archive.initiative')}</th>
              <th scope="col">{t('archive.outcome')}</th>
              <th scope="col">{t('archive.reason')}</th>
              <th scope="col">{t('archive.closedOn')}</th>
              <th scope="col">{t('archive.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {closed.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link href={paths.initiative(productId, i.id)}>{i.title}</Link>
                </td>
                <td>
                  <span className={`status status--${i.status}`}>{t(`initiative.status.${i.status}`)}</span>
                </td>
                <td>{i.closeReason}</td>
                <td>{i.closedAt ? dateText(i.closedAt, language) : ''}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('archive.reopen', { title: i.title })}
                    onClick={async () => {
                      const result = await run(() => reopenInitiative(i.id));
                      if (result.ok) showNotice({ kind: 'info', message: t('archive.reopened', { title: i.title }) });
                    }}
                  >
                    {t('initiative.reopen')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleted.length > 0 && (
        <section aria-labelledby="archive-deleted">
          <h2 id="archive-deleted">{t('archive.deletedTitle')}</h2>
          <p className="field__help">{t('archive.deletedHelp')}</p>
          <table ref={deletedTable} className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('archive.initiative')}</th>
                <th scope="col">{t('archive.deletedOn')}</th>
                {showBy && <th scope="col">{t('archive.deletedBy')}</th>}
                <th scope="col">{t('archive.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {deleted.map((i) => (
                <tr key={i.id}>
                  <td>{i.title}</td>
                  <td>{dateText(i.deletedAt!, language)}</td>
                  {showBy && <td>{i.by}</td>}
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('archive.restore', { title: i.title })}
                      onClick={async () => {
                        const result = await run(() => restoreInitiative(i.id));
                        if (result.ok) showNotice({ kind: 'info', message: t('archive.restored', { title: i.title }) });
                      }}
                    >
                      {t('archive.restoreShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
