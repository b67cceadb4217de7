import type { BackupTables } from '../../domain/backup/format';
import { SUMMARY_COUNTS, summarize } from '../../domain/backup/product-slice';
import { useTranslation } from '../../i18n/i18n';

/** A file's products, each with how many initiatives, hypotheses, stories… it holds. */
export function BackupContents({ tables, labelledBy }: { tables: BackupTables; labelledBy: string }) {
  const { t, language } = useTranslation();
  const { products, templates } = summarize(tables);
  const number = new Intl.NumberFormat(language);
  return (
    <>
      {products.length === 0 ? (
        <p className="empty">{t('data.import.noProducts')}</p>
      ) : (
        <div className="data-table-scroll">
          <table className="table data-table" aria-labelledby={labelledBy}>
            <thead>
              <tr>
                <th scope="col">{t('data.columns.product')}</th>
                {SUMMARY_COUNTS.map((column) => (
                  <th key={column} scope="col" className="data-table__number">
                    {t(`data.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <th scope="row">
                    {product.name} {product.deleted && <span className="data-muted">{t('data.import.deleted')}</span>}
                  </th>
                  {SUMMARY_COUNTS.map((column) => (
                    <td key={column} className="data-table__number">
                      {number.format(product[column])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {templates > 0 && <p>{t('data.import.templates', { count: templates })}</p>}
    </>
  );
}
