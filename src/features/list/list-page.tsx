import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { db } from '../../db/db';
import { listRows } from '../../db/list-queries';
import { liveStages } from '../../db/queries';
import { cardMatcher, isFilterActive, withFilter, type BoardFilter } from '../../domain/filter';
import { LIST_COLUMNS, sortFromSearch, sortListRows, withSort, type ListColumn, type ListRow, type ListSort } from '../../domain/list-view';
import { scoringOf } from '../../domain/strategy/scores';
import { useTranslation } from '../../i18n/i18n';
import { FilterBar } from '../../ui/filter-bar';
import { paths } from '../../ui/paths';
import { stageName } from '../../ui/stage-name';
import { useBoardFilter } from '../../ui/use-board-filter';
import { ColumnsMenu } from './columns-menu';
import { useHiddenColumns } from './hidden-columns';
import { exportList } from './list-export';
import { ListTable } from './list-table';
import './list.css';

/** Every active initiative of the product as a table: the board's filters, any column's order, a CSV. */
export function ListPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const search = useSearch();
  const [path, navigate] = useLocation();
  const [filter] = useBoardFilter();
  const sort = useMemo(() => sortFromSearch(search), [search]);
  const hidden = useHiddenColumns((s) => s.hidden);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const stages = useLiveQuery(() => liveStages(productId), [productId]);
  const rows = useLiveQuery(() => listRows(productId, (stage) => stageName(stage, t)), [productId, language]);
  // Board order until a column is sorted.
  const shown = useMemo(() => (rows ? sortListRows(rows.filter(cardMatcher<ListRow>(filter)), null) : []), [rows, filter]);
  const ordered = useRef<readonly ListRow[]>([]);
  const onOrder = useCallback((next: readonly ListRow[]) => {
    ordered.current = next;
  }, []);
  const framework = product ? scoringOf(product).toUpperCase() : '';
  const headers = useMemo(
    () => Object.fromEntries(LIST_COLUMNS.map((c) => [c, c === 'score' ? t('list.scoreHeader', { framework }) : t(`list.headers.${c}`)])) as Record<ListColumn, string>,
    // `t` reads the current language, which `language` stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [framework, language],
  );
  // Filters and sort share the URL; the board's filter setter would drop the sort.
  const replaceSearch = useCallback((query: string) => navigate(query ? `${path}?${query}` : path, { replace: true }), [navigate, path]);
  const setFilter = useCallback((next: BoardFilter) => replaceSearch(withFilter(search, next)), [replaceSearch, search]);
  const onSort = useCallback((next: ListSort | null) => replaceSearch(withSort(search, next)), [replaceSearch, search]);

  if (!product || !stages || !rows) return null;
  const columns = LIST_COLUMNS.filter((c) => !hidden.includes(c));

  return (
    <div className="page page--list">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('list.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          <Link className="button" href={paths.board(productId) + (search ? `?${search}` : '')}>
            {t('list.backToBoard')}
          </Link>
          <ColumnsMenu headers={headers} />
          <button type="button" className="button" disabled={shown.length === 0} onClick={() => exportList(ordered.current, columns, headers, product.name, t)}>
            {t('list.exportCsv')}
          </button>
        </div>
      </div>
      <FilterBar
        filter={filter}
        stages={stages}
        onChange={setFilter}
        shown={shown.length}
        total={rows.length}
        eachInitiative={(visit) => rows.forEach(visit)}
        label={t('list.filters')}
        shownText={t('list.shown', { count: shown.length, total: rows.length })}
        saveAs={{ productId, view: 'list' }}
      />
      {!isFilterActive(filter) && <p className="count list-count">{t('list.count', { count: rows.length })}</p>}
      {shown.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <ListTable rows={shown} sort={sort} onSort={onSort} hidden={hidden} headers={headers} caption={t('list.caption', { product: product.name })} onOrder={onOrder} />
      )}
    </div>
  );
}
