import { LIST_COLUMNS, type ListColumn } from '../../domain/list-view';
import { useTranslation } from '../../i18n/i18n';
import { useHiddenColumns } from './hidden-columns';

/** Which columns the list shows, remembered by this browser; the title always shows. */
export function ColumnsMenu({ headers }: { headers: Record<ListColumn, string> }) {
  const { t } = useTranslation();
  const hidden = useHiddenColumns((s) => s.hidden);
  const setHidden = useHiddenColumns((s) => s.columnsHidden);
  const toggle = (column: ListColumn, shown: boolean) => setHidden(shown ? hidden.filter((c) => c !== column) : [...hidden, column]);

  return (
    <details className="columns-menu">
      <summary className="button">{t('list.columns')}</summary>
      <fieldset className="columns-menu__panel">
        <legend>{t('list.columnsLegend')}</legend>
        {LIST_COLUMNS.filter((c) => c !== 'title').map((column) => (
          <label key={column} className="columns-menu__option">
            <input type="checkbox" checked={!hidden.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
            {headers[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
