import { useId } from 'react';
import type { FeedbackImportPlan, RowReason } from '../../domain/feedback/csv-import';
import { FEEDBACK_COLUMNS, type FeedbackColumn } from '../../domain/feedback/csv-columns';
import { clip } from '../../domain/import/text';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';

const SAMPLE = 5;
const REFUSED_SHOWN = 10;
const ROWS_SHOWN = 12;

interface FeedbackImportPreviewProps {
  plan: FeedbackImportPlan;
  /** The default source's name, for rows whose source is not known. */
  defaultSource: string;
}

/** Row numbers as a sentence lists them ("2, 5 and 9"), the first dozen then an ellipsis. */
function rowList(rows: readonly number[], language: string): string {
  const shown = rows.slice(0, ROWS_SHOWN).map(String);
  return rows.length > ROWS_SHOWN ? `${shown.join(', ')}…` : new Intl.ListFormat(language, { type: 'conjunction' }).format(shown);
}

function reasonText({ field, reason, value }: RowReason, t: TFunction): string {
  const column: FeedbackColumn = (FEEDBACK_COLUMNS as readonly string[]).includes(field) ? field : 'account';
  return t('feedbackImport.preview.reason', { field: t(column === 'text' ? 'feedbackImport.preview.textColumn' : `feedbackImport.mapping.${column}`), value: clip(value.replace(/\s+/g, ' '), 40), message: t(reason as 'errors.unknown') });
}

/** What the import will do: the counts, every row left out and why, and the first notes as they will read. */
export function FeedbackImportPreview({ plan, defaultSource }: FeedbackImportPreviewProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const names = new Intl.ListFormat(language, { type: 'conjunction' }).format(plan.newAccounts.slice(0, 8).map((a) => a.input.name)) + (plan.newAccounts.length > 8 ? '…' : '');
  return (
    <section className="import-summary" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('feedbackImport.preview.title')}</h3>
      <ul>
        <li>{t('feedbackImport.preview.notes', { count: plan.notes.length })}</li>
        {plan.newAccounts.length > 0 && <li>{t('feedbackImport.preview.newAccounts', { count: plan.newAccounts.length, names })}</li>}
        {plan.matchedAccounts > 0 && <li>{t('feedbackImport.preview.matched', { count: plan.matchedAccounts })}</li>}
      </ul>
      {plan.matchedAccounts > 0 && <p className="field__help">{t('feedbackImport.preview.existingAccounts')}</p>}
      {plan.noText.length > 0 && <p>{t('feedbackImport.preview.noText', { count: plan.noText.length, rows: rowList(plan.noText, language) })}</p>}
      {plan.duplicates.length > 0 && <p>{t('feedbackImport.preview.duplicates', { count: plan.duplicates.length })}</p>}
      {plan.undated.length > 0 && <p>{t('feedbackImport.preview.undated', { count: plan.undated.length, rows: rowList(plan.undated, language) })}</p>}
      {plan.unknownSources.length > 0 && (
        <p>{t('feedbackImport.preview.unknownSources', { source: defaultSource, values: plan.unknownSources.slice(0, 8).map((v) => `“${clip(v, 30)}”`).join(', ') })}</p>
      )}
      {plan.refused.length > 0 && (
        <div className="import-warning">
          <p>{t('feedbackImport.preview.refused', { count: plan.refused.length })}</p>
          <ul>
            {plan.refused.slice(0, REFUSED_SHOWN).map(({ row, reasons }) => (
              <li key={row}>{t('feedbackImport.preview.refusedRow', { row, reasons: reasons.map((r) => reasonText(r, t)).join(' ; ') })}</li>
            ))}
          </ul>
          {plan.refused.length > REFUSED_SHOWN && <p>{t('feedbackImport.preview.more', { count: plan.refused.length - REFUSED_SHOWN })}</p>}
        </div>
      )}
      {plan.notes.length > 0 && (
        <div className="feedback-import__sample">
          <table className="table">
            <caption>{t('feedbackImport.preview.sample')}</caption>
            <thead>
              <tr>
                {(['text', 'account', 'person', 'date', 'source', 'tags'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(column === 'text' ? 'feedbackImport.preview.textColumn' : `feedbackImport.mapping.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.notes.slice(0, SAMPLE).map((note) => (
                <tr key={note.row}>
                  <td>{clip(note.text.replace(/\s+/g, ' '), 120)}</td>
                  <td>{note.account === null ? '' : 'key' in note.account ? t('feedbackImport.preview.newAccount', { name: note.account.name }) : note.account.name}</td>
                  <td>{note.person}</td>
                  <td>{dayText(note.date, language)}</td>
                  <td>{t(`feedback.source.${note.source}`)}</td>
                  <td>{note.tags.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
