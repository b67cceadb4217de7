import { useId } from 'react';
import { useTranslation } from '../i18n/i18n';
import type { Segment } from '../domain/types';

export interface InitiativeFieldValues {
  title: string;
  summary: string;
  problem: string;
  owner: string;
  tags: string;
  segment: Segment;
}

export const emptyFields: InitiativeFieldValues = { title: '', summary: '', problem: '', owner: '', tags: '', segment: '' };

interface InitiativeFieldsProps {
  values: InitiativeFieldValues;
  errors: Record<string, string | undefined>;
  onChange: (values: InitiativeFieldValues) => void;
  onBlur?: () => void;
  autoFocusTitle?: boolean;
}

/** The editable fields of an initiative, shared by the create dialog and the initiative page. */
export function InitiativeFields({ values, errors, onChange, onBlur, autoFocusTitle }: InitiativeFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof InitiativeFieldValues>(key: K, value: InitiativeFieldValues[K]) => onChange({ ...values, [key]: value });
  const error = (field: string) =>
    errors[field] ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {t(errors[field] as 'errors.unknown')}
      </p>
    ) : null;
  const described = (field: string, extra?: string) =>
    [errors[field] ? `${id}-${field}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('initiative.title')}</label>
        <input
          id={`${id}-title`}
          value={values.title}
          required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described('title')}
          onChange={(e) => set('title', e.target.value)}
          onBlur={onBlur}
          data-autofocus={autoFocusTitle ? '' : undefined}
        />
        {error('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>{t('initiative.summary')}</label>
        <textarea id={`${id}-summary`} rows={2} value={values.summary} aria-describedby={described('summary')} onChange={(e) => set('summary', e.target.value)} onBlur={onBlur} />
        {error('summary')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-problem`}>{t('initiative.problem')}</label>
        <textarea id={`${id}-problem`} rows={3} value={values.problem} aria-describedby={described('problem')} onChange={(e) => set('problem', e.target.value)} onBlur={onBlur} />
        {error('problem')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('initiative.owner')}</label>
          <input id={`${id}-owner`} value={values.owner} aria-describedby={described('owner')} onChange={(e) => set('owner', e.target.value)} onBlur={onBlur} />
          {error('owner')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-segment`}>{t('initiative.segment')}</label>
          <select id={`${id}-segment`} value={values.segment} onChange={(e) => set('segment', e.target.value as Segment)} onBlur={onBlur}>
            <option value="">{t('initiative.segments.none')}</option>
            <option value="B2B">{t('initiative.segments.B2B')}</option>
            <option value="B2C">{t('initiative.segments.B2C')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>{t('initiative.tags')}</label>
        <input id={`${id}-tags`} value={values.tags} aria-describedby={described('tags', `${id}-tags-help`)} onChange={(e) => set('tags', e.target.value)} onBlur={onBlur} />
        <p className="field__help" id={`${id}-tags-help`}>
          {t('initiative.tagsHelp')}
        </p>
        {error('tags')}
      </div>
    </>
  );
}
