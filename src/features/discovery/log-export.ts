import { logToCsv, logToMarkdown, type LogRow } from '../../domain/discovery/hypothesis-log';
import type { TFunction } from '../../i18n/i18n';
import { downloadText, fileSlug } from '../../ui/download';
import { dateText } from '../../ui/date-text';
import { categoryLabels, statementWords, statusLabels } from './discovery-words';

const COLUMNS = ['initiative', 'statement', 'category', 'status', 'importance', 'evidence', 'supports', 'refutes', 'owner', 'lastChange', 'learning'] as const;

/** The export columns in the UI language. */
export function logColumns(t: TFunction, language: string) {
  const headers = Object.fromEntries(COLUMNS.map((c) => [c, t(`discovery.log.columns.${c}`)])) as Record<(typeof COLUMNS)[number], string>;
  return {
    headers,
    labels: { status: statusLabels(t), category: categoryLabels(t) },
    words: statementWords(t),
    dateFormat: (ms: number) => dateText(ms, language),
  };
}

/** Downloads the rows shown as hypotheses-<product>.csv or .md. */
export function exportLog(format: 'csv' | 'md', rows: LogRow[], productName: string, t: TFunction, language: string) {
  const columns = logColumns(t, language);
  const name = `hypotheses-${fileSlug(productName, 'product')}.${format}`;
  // The byte order mark tells spreadsheet apps the file is UTF-8, so accents survive.
  if (format === 'csv') downloadText(`\ufeff${logToCsv(rows, columns)}`, name, 'text/csv;charset=utf-8');
  else downloadText(logToMarkdown(rows, columns, t('discovery.log.markdownTitle', { product: productName })), name, 'text/markdown;charset=utf-8');
}
