import { useId } from 'react';
import { importedCount } from '../../domain/import/counts';
import type { ImportCounts } from '../../domain/import/mapping';
import type { ImportSource } from '../../domain/import/source';
import { INITIATIVE_STATUSES } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { stageName } from '../../ui/stage-name';

/** Row numbers as a sentence lists them ("3, 5 and 9"), the first twenty at most. */
function rowList(rows: readonly number[], language: string): string {
  const shown = rows.slice(0, 20).map(String);
  if (rows.length > shown.length) shown.push('…');
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(shown);
}

interface ImportSummaryProps {
  counts: ImportCounts;
  source: ImportSource;
  productName: string;
  language: string;
}

/** What an import will write: how many initiatives into which stages, and what is left out, changed or not brought over. */
export function ImportSummary({ counts, source, productName, language }: ImportSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const { attachments, customFields, olderComments } = source.leftOut;
  const notes = [
    counts.skipped > 0 && t('import.preview.skipped', { count: counts.skipped }),
    counts.shortened > 0 && t('import.preview.shortened', { count: counts.shortened }),
    source.skippedRows.length > 0 && t('import.preview.skippedRows', { count: source.skippedRows.length, rows: rowList(source.skippedRows, language) }),
    source.undatedRows.length > 0 && t('import.preview.undated', { count: source.undatedRows.length, rows: rowList(source.undatedRows, language) }),
    counts.comments > 0 && t('import.preview.comments', { count: counts.comments }),
    olderComments && t('import.preview.olderComments'),
    attachments > 0 && t('import.preview.attachments', { count: attachments }),
    customFields.length > 0 && t('import.preview.customFields', { count: customFields.length, names: list.format(customFields.map((name) => t('import.readAs.word', { word: name }))) }),
  ].filter((note): note is string => Boolean(note));
  return (
    <section className="import-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('import.preview.title')}</h3>
      <p>{t('import.preview.total', { count: importedCount(counts), product: productName })}</p>
      <ul className="import-summary__stages">
        {counts.byStage.map((count) => (
          <li key={count.stage.id}>
            <span className="import-summary__stage">{t('import.preview.stage', { lane: t(`lanes.${count.stage.lane}`), stage: stageName(count.stage, t) })}</span>{' '}
            {INITIATIVE_STATUSES.filter((status) => count[status] > 0)
              .map((status) => t(`import.preview.${status}`, { count: count[status] }))
              .join(', ')}
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="import-summary__note">
          {note}
        </p>
      ))}
      <p className="field__help">{t(`import.preview.where.${source.kind}`)}</p>
    </section>
  );
}
