import { toLocalDate } from '../../domain/delivery/dates';
import { isIsoDate } from '../../domain/limits';
import { periodRange, quarterOf, YEAR_MAX, YEAR_MIN } from '../../domain/strategy/periods';
import type { Period } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { Field } from '../../ui/form-field';

/** A period as the form holds it: both kinds' fields, so switching kind and back loses nothing. */
export interface PeriodValues {
  kind: Period['kind'];
  year: string;
  quarter: string;
  start: string;
  end: string;
}

export function periodValuesOf(period: Period): PeriodValues {
  const { start, end } = periodRange(period);
  const quarter = period.kind === 'quarter' ? period : quarterOf(start);
  return { kind: period.kind, year: String(quarter.year), quarter: String(quarter.quarter), start, end };
}

/** The period to save; the command refuses what does not make one (an end before the start). */
export function periodOf(values: PeriodValues): Period {
  if (values.kind === 'custom') return { kind: 'custom', start: values.start, end: values.end };
  return { kind: 'quarter', year: Number(values.year), quarter: Number(values.quarter) as 1 | 2 | 3 | 4 };
}

/** Switching kind starts from the same dates: a quarter becomes its first and last days, dates become the quarter they start in. */
function switchKind(values: PeriodValues, kind: Period['kind']): PeriodValues {
  if (kind === 'custom') {
    const range = periodRange(periodOf({ ...values, kind: 'quarter' }));
    return { ...values, kind, start: range.start, end: range.end };
  }
  const quarter = quarterOf(isIsoDate(values.start) ? values.start : toLocalDate(Date.now()));
  return { ...values, kind, year: String(quarter.year), quarter: String(quarter.quarter) };
}

interface PeriodFieldsProps {
  values: PeriodValues;
  errors: Record<string, string | undefined>;
  onChange: (values: PeriodValues) => void;
  onBlur: () => void;
}

/** A quarter (year and quarter) or custom dates (from, to). */
export function PeriodFields({ values, errors, onChange, onBlur }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const shown = Number(values.year);
  const first = Math.max(YEAR_MIN, Math.min(thisYear - 1, shown));
  const last = Math.min(YEAR_MAX, Math.max(thisYear + 3, shown));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const set = (patch: Partial<PeriodValues>) => onChange({ ...values, ...patch });

  return (
    <div className="field-row period-fields">
      <Field label={t('strategy.periods.kind')} error={errors.period}>
        {(props) => (
          <select {...props} value={values.kind} onChange={(e) => onChange(switchKind(values, e.target.value as Period['kind']))} onBlur={onBlur}>
            <option value="quarter">{t('strategy.periods.kinds.quarter')}</option>
            <option value="custom">{t('strategy.periods.kinds.custom')}</option>
          </select>
        )}
      </Field>
      {values.kind === 'quarter' ? (
        <>
          <Field label={t('strategy.periods.year')} error={errors.year}>
            {(props) => (
              <select {...props} value={values.year} onChange={(e) => set({ year: e.target.value })} onBlur={onBlur}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('strategy.periods.quarterField')} error={errors.quarter}>
            {(props) => (
              <select {...props} value={values.quarter} onChange={(e) => set({ quarter: e.target.value })} onBlur={onBlur}>
                {[1, 2, 3, 4].map((q) => (
                  <option key={q} value={q}>
                    {t('strategy.periods.quarterOption', { quarter: q })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : (
        <>
          <Field label={t('strategy.periods.start')} error={errors.start}>
            {(props) => <input {...props} type="date" value={values.start} onChange={(e) => set({ start: e.target.value })} onBlur={onBlur} />}
          </Field>
          <Field label={t('strategy.periods.end')} error={errors.end}>
            {(props) => <input {...props} type="date" value={values.end} onChange={(e) => set({ end: e.target.value })} onBlur={onBlur} />}
          </Field>
        </>
      )}
    </div>
  );
}
