import { useId } from 'react';
import { FEEDBACK_COLUMNS, type FeedbackColumn } from '../../domain/feedback/csv-columns';
import type { FeedbackImportChoices } from '../../domain/feedback/csv-import';
import type { DayOrder } from '../../domain/feedback/csv-values';
import { FEEDBACK_SOURCES, type FeedbackSource } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { Field } from '../../ui/form-field';

/** The select's value for "no column" (column values are indexes). */
const NONE = '';

interface FeedbackMappingFieldsProps {
  headers: readonly string[];
  choices: FeedbackImportChoices;
  /** Whether the day order was read from the file's dates (a day over 12). */
  dayOrderShown: boolean;
  onChange: (patch: Partial<FeedbackImportChoices>) => void;
}

/** The mapping step: a column per field (the text required), how to read dates, the default source, monthly amounts. */
export function FeedbackMappingFields({ headers, choices, dayOrderShown, onChange }: FeedbackMappingFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const pick = (column: FeedbackColumn, value: string) => onChange({ mapping: { ...choices.mapping, [column]: value === NONE ? null : Number(value) } });
  return (
    <>
      <fieldset className="field">
        <legend>{t('feedbackImport.mapping.legend')}</legend>
        <p className="field__help">{t('feedbackImport.mapping.help')}</p>
        <div className="import-map">
          {FEEDBACK_COLUMNS.map((column) => {
            const missing = column === 'text' && choices.mapping.text === null;
            return (
              <div key={column} className="import-map__row">
                <label htmlFor={`${id}-${column}`}>{t(`feedbackImport.mapping.${column}`)}</label>
                <select
                  id={`${id}-${column}`}
                  value={choices.mapping[column] ?? NONE}
                  required={column === 'text'}
                  aria-invalid={missing || undefined}
                  aria-describedby={missing ? `${id}-text-error` : undefined}
                  onChange={(e) => pick(column, e.target.value)}
                >
                  <option value={NONE}>{t('feedbackImport.mapping.none')}</option>
                  {headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
        {choices.mapping.text === null && (
          <p className="field__error" id={`${id}-text-error`} role="alert">
            {t('feedbackImport.textRequired')}
          </p>
        )}
      </fieldset>
      {choices.mapping.date !== null && (
        <Field label={t('feedbackImport.dayOrder.label')} help={dayOrderShown ? t('feedbackImport.dayOrder.shown') : undefined}>
          {(props) => (
            <select {...props} value={choices.dayOrder} onChange={(e) => onChange({ dayOrder: e.target.value as DayOrder })}>
              <option value="dmy">{t('feedbackImport.dayOrder.dmy')}</option>
              <option value="mdy">{t('feedbackImport.dayOrder.mdy')}</option>
            </select>
          )}
        </Field>
      )}
      <Field label={t('feedbackImport.defaultSource')}>
        {(props) => (
          <select {...props} value={choices.defaultSource} onChange={(e) => onChange({ defaultSource: e.target.value as FeedbackSource })}>
            {FEEDBACK_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`feedback.source.${source}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {choices.mapping.revenue !== null && (
        <label className="choice">
          <input type="checkbox" checked={choices.monthlyRevenue} onChange={(e) => onChange({ monthlyRevenue: e.target.checked })} />
          {t('feedbackImport.monthly')}
        </label>
      )}
    </>
  );
}
