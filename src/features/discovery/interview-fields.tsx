import { useId } from 'react';
import { COMPANY_SIZES, type CompanySize } from '../../domain/discovery/types';
import type { Initiative, Segment } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { Field, TextField } from '../../ui/form-field';

export interface ParticipantValues {
  date: string;
  alias: string;
  role: string;
  segment: Segment;
  companySize: CompanySize;
  initiativeId: string | null;
}

interface ParticipantFieldsProps<V extends ParticipantValues> {
  values: V;
  errors: Record<string, string | undefined>;
  initiatives: readonly Initiative[];
  onChange: (values: V) => void;
  onBlur?: () => void;
  autoFocusAlias?: boolean;
}

/** Who was interviewed, when, and for which initiative: shared by the new-interview dialog and the interview page. */
export function ParticipantFields<V extends ParticipantValues>({ values, errors, initiatives, onChange, onBlur, autoFocusAlias }: ParticipantFieldsProps<V>) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof ParticipantValues>(key: K, value: ParticipantValues[K]) => onChange({ ...values, [key]: value } as V);
  return (
    <>
      <div className="field-row">
        <TextField
          label={t('discovery.interviews.alias')}
          help={t('discovery.interviews.aliasHelp')}
          value={values.alias}
          onChange={(v) => set('alias', v)}
          onBlur={onBlur}
          error={errors.alias}
          required
          autoFocus={autoFocusAlias}
        />
        <TextField label={t('discovery.interviews.date')} type="date" value={values.date} onChange={(v) => set('date', v)} onBlur={onBlur} error={errors.date} required />
      </div>
      <TextField label={t('discovery.interviews.role')} value={values.role} onChange={(v) => set('role', v)} onBlur={onBlur} error={errors.role} />
      <div className="field-row">
        <Field label={t('discovery.interviews.segment')} error={errors.segment}>
          {(props) => (
            <select {...props} value={values.segment} onChange={(e) => set('segment', e.target.value as Segment)} onBlur={onBlur}>
              <option value="">{t('initiative.segments.none')}</option>
              <option value="B2B">{t('initiative.segments.B2B')}</option>
              <option value="B2C">{t('initiative.segments.B2C')}</option>
            </select>
          )}
        </Field>
        <Field label={t('discovery.interviews.companySize')} error={errors.companySize}>
          {(props) => (
            <select {...props} value={values.companySize} onChange={(e) => set('companySize', e.target.value as CompanySize)} onBlur={onBlur}>
              {COMPANY_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size ? t('discovery.interviews.companySizes.size', { size: size.replace('-', '–') }) : t('discovery.interviews.companySizes.none')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field">
        <label htmlFor={`${id}-initiative`}>{t('discovery.interviews.initiative')}</label>
        <select id={`${id}-initiative`} value={values.initiativeId ?? ''} onChange={(e) => set('initiativeId', e.target.value || null)} onBlur={onBlur}>
          <option value="">{t('discovery.interviews.noInitiative')}</option>
          {initiatives.map((i) => (
            <option key={i.id} value={i.id}>
              {i.status === 'active' ? i.title : `${i.title} (${t(`initiative.status.${i.status}`)})`}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
