import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { liveProducts } from '../../db/queries';
import { useTranslation } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { downloadBoardCsv } from './board-export';

/** Downloads one product's board as CSV, for a spreadsheet. */
export function BoardExportPanel() {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const products = useLiveQuery(liveProducts);
  const [chosen, setChosen] = useState('');
  // The first product until one is chosen, and again if the chosen one is deleted meanwhile.
  const product = products?.find((p) => p.id === chosen) ?? products?.[0];

  const exportBoard = async (event: FormEvent) => {
    event.preventDefault();
    if (!product) return;
    const result = await run(() => downloadBoardCsv(product.id, product.name, t));
    if (result.ok) showNotice({ kind: 'info', message: t('import.export.done', { file: result.value }) });
  };

  if (products?.length === 0) return null;
  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.export.title')}</h2>
      <form className="import-export" onSubmit={exportBoard}>
        <div className="field">
          <label htmlFor={`${id}-product`}>{t('import.export.product')}</label>
          <select id={`${id}-product`} value={product?.id ?? ''} onChange={(e) => setChosen(e.target.value)} aria-describedby={`${id}-help`}>
            {products?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <p className="field__help" id={`${id}-help`}>
            {t('import.export.help')}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={!product}>
          {t('import.export.button')}
        </button>
      </form>
    </section>
  );
}
