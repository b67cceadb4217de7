import { useId } from 'react';
import type { ImportCounts } from '../../domain/import/mapping';
import type { ImportSource } from '../../domain/import/source';
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

/** What an import will write: how many initiatives into which stages, and what is left out or changed. */
export function ImportSummary({ counts, source, productName, language }: ImportSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  const notes = [
    counts.skipped > 0 && t('import.preview.skipped', { count: counts.skipped }),
    counts.shortened > 0 && t('import.preview.shortened', { count: counts.shortened }),
    source.skippedRows.length > 0 && t('import.preview.skippedRows', { count: source.skippedRows.length, rows: rowList(source.skippedRows, language) }),
    source.undatedRows.length > 0 && t('import.preview.undated', { count: source.undatedRows.length, rows: rowList(source.undatedRows, language) }),
  ].filter((note): note is string => Boolean(note));
  return (
    <section className="import-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('import.preview.title')}</h3>
      <p>{t('import.preview.total', { count: counts.active + counts.parked, product: productName })}</p>
      <ul className="import-summary__stages">
        {counts.byStage.map(({ stage, active, parked }) => (
          <li key={stage.id}>
            <span className="import-summary__stage">{t('import.preview.stage', { lane: t(`lanes.${stage.lane}`), stage: stageName(stage, t) })}</span>{' '}
            {[active > 0 && t('import.preview.active', { count: active }), parked > 0 && t('import.preview.parked', { count: parked })]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="import-summary__note">
          {note}
        </p>
      ))}
      <p className="field__help">{t('import.preview.where')}</p>
    </section>
  );
}
