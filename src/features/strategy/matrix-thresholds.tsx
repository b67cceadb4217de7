import { useState, type FormEvent } from 'react';
import { setMatrixThresholds } from '../../db/strategy-commands';
import type { Thresholds, ThresholdSource } from '../../domain/strategy/matrix';
import { useTranslation } from '../../i18n/i18n';
import { NumberField } from '../../ui/form-field';
import { numberText, parseNumber } from '../../ui/number-text';
import { useCommand } from '../../ui/use-command';
import { formatScore } from './strategy-words';

interface Props {
  productId: string;
  thresholds: Thresholds;
  source: ThresholdSource;
  /** How many scored initiatives the medians are taken from. */
  count: number;
}

/** Where the matrix's lines sit and why (the product's thresholds, or the medians), and a form to set them. */
export function MatrixThresholds({ productId, thresholds, source, count }: Props) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({ value: '', effort: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof Thresholds, string>>>({});
  const figures = { value: formatScore(thresholds.value, language), effort: formatScore(thresholds.effort, language) };

  const edit = () => {
    setValues({ value: numberText(Math.round(thresholds.value * 10) / 10, language), effort: numberText(Math.round(thresholds.effort * 10) / 10, language) });
    setErrors({});
    setEditing(true);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const typed = { value: parseNumber(values.value) ?? Number.NaN, effort: parseNumber(values.effort) ?? Number.NaN };
    const result = await run(() => setMatrixThresholds(productId, typed));
    if (result.ok) setEditing(false);
    else if (result.fields) setErrors(result.fields);
  };

  return (
    <div className="matrix-thresholds">
      <p>
        {source === 'product' ? t('strategy.matrix.ownThresholds', figures) : t('strategy.matrix.thresholds', { count, ...figures })}{' '}
        {!editing && (
          <button type="button" className="button button--small" onClick={edit}>
            {t('strategy.matrix.setThresholds')}
          </button>
        )}{' '}
        {!editing && source === 'product' && (
          <button type="button" className="button button--small" onClick={() => void run(() => setMatrixThresholds(productId, null))}>
            {t('strategy.matrix.useMedians')}
          </button>
        )}
      </p>
      {editing && (
        <form className="form matrix-thresholds__form" onSubmit={save} noValidate aria-label={t('strategy.matrix.thresholdsForm')}>
          <NumberField label={t('strategy.matrix.valueLine')} value={values.value} error={errors.value} onChange={(value) => setValues({ ...values, value })} />
          <NumberField label={t('strategy.matrix.effortLine')} value={values.effort} error={errors.effort} onChange={(effort) => setValues({ ...values, effort })} />
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('strategy.matrix.saveThresholds')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
