import { createSortedRowModel, rowSortingFeature, columnVisibilityFeature, tableFeatures, useTable, type ColumnDef, type SortingState, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { compareListRows, firstSortDesc, sortValue, LIST_COLUMNS, type ListColumn, type ListRow, type ListSort } from '../../domain/list-view';
import { useTranslation } from '../../i18n/i18n';
import { dateText } from '../../ui/date-text';
import { demandText, revenueText } from '../../ui/demand-text';
import { numberText } from '../../ui/number-text';
import { paths } from '../../ui/paths';

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature, sortedRowModel: createSortedRowModel() });

type Column = ColumnDef<typeof features, ListRow>;

const ROW_HEIGHT = 44;
/** A User Timing mark once the first rows show, for performance tools and the benchmark. */
const LIST_READY_MARK = 'plb:list-ready';
const NUMERIC = new Set<ListColumn>(['score', 'hypotheses', 'stories', 'demand', 'revenue']);

interface ListTableProps {
  rows: readonly ListRow[];
  sort: ListSort | null;
  onSort: (sort: ListSort | null) => void;
  hidden: readonly ListColumn[];
  headers: Record<ListColumn, string>;
  caption: string;
  /** Tells the page the rows in the order shown, for the CSV export. */
  onOrder: (rows: readonly ListRow[]) => void;
}

/** The initiatives as a sortable table, virtualised: only the rows in view are in the page. */
export function ListTable({ rows, sort, onSort, hidden, headers, caption, onOrder }: ListTableProps) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusRequested = useRef(false);

  const columns = useMemo<Column[]>(
    () =>
      LIST_COLUMNS.map((column) => ({
        id: column,
        accessorFn: (row: ListRow) => sortValue(row, column),
        sortUndefined: 'last' as const,
        header: headers[column],
        sortFn: (a, b) => compareListRows(column)(a.original, b.original),
        sortDescFirst: firstSortDesc(column),
        enableHiding: column !== 'title',
      })),
    [headers],
  );
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: sort.column, desc: sort.desc }] : []), [sort]);
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((c) => [c, false])), [hidden]);
  const table = useTable({
    features,
    data: rows,
    columns,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSort(first ? { column: first.id as ListColumn, desc: first.desc } : null);
    },
    enableMultiSort: false,
  });
  const shown = table.getRowModel().rows;
  useEffect(() => {
    onOrder(shown.map((r) => r.original));
  }, [shown, onOrder]);

  // The virtualiser re-renders this component on scroll by design; nothing here relies on memoising its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => shown[index]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(active, Math.max(shown.length - 1, 0));
  const rendered = items.length > 0;
  useEffect(() => {
    if (rendered && performance.getEntriesByName(LIST_READY_MARK).length === 0) performance.mark(LIST_READY_MARK);
  }, [rendered]);

  // Focus follows the keys once the row is rendered: it may have been out of view a moment ago.
  useEffect(() => {
    if (!focusRequested.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (row) {
      focusRequested.current = false;
      row.focus();
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    focusRequested.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: ListRow) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: shown.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      navigate(paths.initiative(row.productId, row.id));
    }
  };

  const visible = table.getVisibleLeafColumns();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const cell = (row: ListRow, column: ListColumn) => {
    switch (column) {
      case 'title':
        return (
          <Link className="list-table__title" href={paths.initiative(row.productId, row.id)} tabIndex={-1}>
            {row.title}
          </Link>
        );
      case 'lane':
        return <span className={`list-lane list-lane--${row.lane}`}>{t(`lanes.${row.lane}`)}</span>;
      case 'score':
        return row.score === null ? <span className="list-table__none">{t('list.notScored')}</span> : numberText(Math.round(row.score * 10) / 10, language);
      case 'tags':
        return row.tags.join(', ');
      case 'hypotheses':
      case 'stories':
        return String(row[column]);
      case 'demand':
        return row.demand ? demandText(row.demand) : '';
      case 'revenue':
        return row.demand && row.demand.revenue > 0 ? revenueText(row.demand.revenue, language) : '';
      case 'updated':
        return dateText(row.updatedAt, language);
      default:
        return row[column];
    }
  };

  return (
    <div className="list-scroll" ref={scrollRef}>
      <table className="table list-table" aria-rowcount={shown.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {visible.map((column) => {
              const id = column.id as ListColumn;
              const sorted = column.getIsSorted();
              return (
                <th key={id} scope="col" className={`list-table__${id}${NUMERIC.has(id) ? ' list-table__number' : ''}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                  <button type="button" className="list-table__sort" onClick={column.getToggleSortingHandler()}>
                    {headers[id]}
                    <span aria-hidden="true" className="list-table__arrow">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr className="list-table__spacer" aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const row = shown[item.index]!.original;
            return (
              <tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === current ? 0 : -1}
                className="list-table__row"
                onKeyDown={(e) => onRowKey(e, item.index, row)}
                onFocus={() => setActive(item.index)}
              >
                {visible.map((column) => {
                  const id = column.id as ListColumn;
                  return (
                    <td key={id} data-label={headers[id]} className={`list-table__${id}${NUMERIC.has(id) ? ' list-table__number' : ''}`}>
                      {cell(row, id)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 && <tr className="list-table__spacer" aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
