import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { exportBackup } from '../../db/backup-export';
import { liveProducts } from '../../db/queries';
import { useTranslation } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { downloadBackup } from './backup-file';

const EVERYTHING = '';

/** Downloads a backup of the whole database or of one product. */
export function ExportPanel() {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const products = useLiveQuery(liveProducts);
  const [scope, setScope] = useState(EVERYTHING);
  // A product deleted meanwhile (here or in another tab) falls back to everything.
  const productId = products?.some((p) => p.id === scope) ? scope : EVERYTHING;

  const exportFile = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => exportBackup(productId === EVERYTHING ? null : productId));
    if (result.ok) showNotice({ kind: 'info', message: t('data.export.done', { file: downloadBackup(result.value) }) });
  };

  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.export.title')}</h2>
      <form className="data-export" onSubmit={exportFile}>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('data.export.scope')}</label>
          <select id={`${id}-scope`} value={productId} onChange={(e) => setScope(e.target.value)} aria-describedby={`${id}-help`}>
            <option value={EVERYTHING}>{t('data.export.all')}</option>
            {products?.map((p) => (
              <option key={p.id} value={p.id}>
                {t('data.export.product', { name: p.name })}
              </option>
            ))}
          </select>
          <p className="field__help" id={`${id}-help`}>
            {t('data.export.help')}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          {t('data.export.button')}
        </button>
      </form>
    </section>
  );
}
