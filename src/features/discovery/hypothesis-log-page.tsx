import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { hypothesisLog } from '../../db/discovery-queries';
import { filterLog, lastChangeAt, LOG_SORTS, NO_LOG_FILTER, sortLog, type LogSort } from '../../domain/discovery/log-order';
import { ASSUMPTION_CATEGORIES, HYPOTHESIS_STATUSES, type AssumptionCategory, type HypothesisStatus } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { dateText } from '../../ui/date-text';
import { categoryLabels, statementOf, statusLabels } from './discovery-words';
import { exportLog } from './log-export';
import { StatusBadge } from './status-badge';
import { useLogView } from './use-log-filter';
import './discovery.css';
import { useStackedTable } from '../../ui/use-stacked-table';

/** Every hypothesis of the product, filtered and sorted, with its evidence; exportable. */
export function HypothesisLogPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const logTable = useStackedTable();
  const id = useId();
  const [view, setView] = useLogView();
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const rows = useLiveQuery(() => hypothesisLog(productId), [productId]);
  if (!product || !rows) return null;

  const shown = sortLog(filterLog(rows, view.filter), view.sort);
  const statuses = statusLabels(t);
  const categories = categoryLabels(t);
  const initiatives = [...new Map(rows.map((r) => [r.hypothesis.initiativeId, r.initiativeTitle])).entries()].sort((a, b) => a[1].localeCompare(b[1], language));
  const active = view.filter.status !== '' || view.filter.category !== '' || view.filter.initiativeId !== '';
  const setFilter = (patch: Partial<typeof view.filter>) => setView({ ...view, filter: { ...view.filter, ...patch } });

  return (
    <div className="page page--discovery">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('discovery.log.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          <button type="button" className="button" onClick={() => exportLog('csv', shown, product.name, t, language)} disabled={shown.length === 0}>
            {t('discovery.log.exportCsv')}
          </button>
          <button type="button" className="button" onClick={() => exportLog('md', shown, product.name, t, language)} disabled={shown.length === 0}>
            {t('discovery.log.exportMarkdown')}
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('discovery.log.empty')}</p>
      ) : (
        <>
          <form className="log-filters" role="search" aria-label={t('discovery.log.filters')} onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={`${id}-status`}>{t('discovery.log.status')}</label>
              <select id={`${id}-status`} value={view.filter.status} onChange={(e) => setFilter({ status: e.target.value as HypothesisStatus | '' })}>
                <option value="">{t('discovery.log.anyStatus')}</option>
                {HYPOTHESIS_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statuses[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-category`}>{t('discovery.log.category')}</label>
              <select id={`${id}-category`} value={view.filter.category} onChange={(e) => setFilter({ category: e.target.value as AssumptionCategory | '' })}>
                <option value="">{t('discovery.log.anyCategory')}</option>
                {ASSUMPTION_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categories[c]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-initiative`}>{t('discovery.log.initiative')}</label>
              <select id={`${id}-initiative`} value={view.filter.initiativeId} onChange={(e) => setFilter({ initiativeId: e.target.value })}>
                <option value="">{t('discovery.log.anyInitiative')}</option>
                {initiatives.map(([initiativeId, title]) => (
                  <option key={initiativeId} value={initiativeId}>
                    {title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-sort`}>{t('discovery.log.sort')}</label>
              <select id={`${id}-sort`} value={view.sort} onChange={(e) => setView({ ...view, sort: e.target.value as LogSort })}>
                {LOG_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`discovery.log.sorts.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            {active && (
              <button type="button" className="button" onClick={() => setView({ ...view, filter: NO_LOG_FILTER })}>
                {t('discovery.log.clear')}
              </button>
            )}
            <p className="count" role="status">
              {t('discovery.log.shown', { count: shown.length, total: rows.length })}
            </p>
          </form>
          {shown.length === 0 ? (
            <p className="empty">{t('discovery.log.noMatch')}</p>
          ) : (
            <table ref={logTable} className="table log-table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('discovery.log.columns.initiative')}</th>
                  <th scope="col">{t('discovery.log.columns.statement')}</th>
                  <th scope="col">{t('discovery.log.columns.category')}</th>
                  <th scope="col">{t('discovery.log.columns.status')}</th>
                  <th scope="col">{t('discovery.log.columns.importance')}</th>
                  <th scope="col">{t('discovery.log.columns.evidence')}</th>
                  <th scope="col">{t('discovery.log.columns.supports')}</th>
                  <th scope="col">{t('discovery.log.columns.refutes')}</th>
                  <th scope="col">{t('discovery.log.columns.lastChange')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ hypothesis: h, initiativeTitle, initiativeStatus, supports, refutes }) => (
                  <tr key={h.id}>
                    <td>
                      <Link href={paths.initiative(productId, h.initiativeId)}>{initiativeTitle}</Link>
                      {initiativeStatus !== 'active' && <span className="badge log-table__closed">{t(`initiative.status.${initiativeStatus}`)}</span>}
                    </td>
                    <td>
                      <Link className="log-table__statement" href={paths.initiative(productId, h.initiativeId, 'discovery')}>
                        {statementOf(h, t)}
                      </Link>
                      {h.learning && <p className="log-table__learning">{h.learning}</p>}
                    </td>
                    <td>{categories[h.category]}</td>
                    <td>
                      <StatusBadge status={h.status} />
                    </td>
                    <td>{h.importance}</td>
                    <td>{h.evidence}</td>
                    <td>{supports}</td>
                    <td>{refutes}</td>
                    <td>
                      <time dateTime={new Date(lastChangeAt(h)).toISOString()}>{dateText(lastChangeAt(h), language)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
