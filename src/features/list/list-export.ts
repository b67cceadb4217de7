import { listToCsv } from '../../domain/export/list-csv';
import type { ListColumn, ListRow } from '../../domain/list-view';
import { LANES, type Lane } from '../../domain/types';
import type { TFunction } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { demandText } from '../../ui/demand-text';
import { downloadText, fileSlug } from '../../ui/download';

/** Downloads the rows and columns shown, in their order, as initiatives-<product>.csv. */
export function exportList(rows: readonly ListRow[], columns: readonly ListColumn[], headers: Record<ListColumn, string>, productName: string, t: TFunction) {
  const lanes = Object.fromEntries(LANES.map((lane) => [lane, t(`lanes.${lane}`)])) as Record<Lane, string>;
  const file = `initiatives-${fileSlug(productName, 'product')}.csv`;
  // The byte order mark tells spreadsheet apps the file is UTF-8, so accents survive.
  downloadText(`\ufeff${listToCsv(rows, columns, { headers, lanes, demand: demandText })}`, file, 'text/csv;charset=utf-8');
  announce(t('list.exported', { count: rows.length, file }));
}
