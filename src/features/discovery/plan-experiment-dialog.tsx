import { useId, useState, type FormEvent } from 'react';
import { planExperiment, type ExperimentFields } from '../../db/experiment-commands';
import { EXPERIMENT_METHODS, type ExperimentMethod, type Hypothesis } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { statementOf } from './discovery-words';
import { Field, TextField } from '../../ui/form-field';
import { TemplateSelect, useTemplateChoice } from '../../ui/template-choice';

interface PlanExperimentDialogProps {
  hypothesis: Hypothesis;
  productId: string;
  onClose: () => void;
}

const EMPTY: ExperimentFields = { method: 'interview', measure: '', successCriterion: '', deadline: '', owner: '' };

/** Plans an experiment from the test card: method, measure, success criterion, deadline, owner. */
export function PlanExperimentDialog({ hypothesis, productId, onClose }: PlanExperimentDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const choice = useTemplateChoice(productId, 'testCard');
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<ExperimentFields>({ ...EMPTY, owner: hypothesis.owner });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = <K extends keyof ExperimentFields>(key: K, value: ExperimentFields[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = templateId || choice?.defaultId;
    if (!template) return;
    const result = await run(() => planExperiment(hypothesis.id, template, language, values));
    if (result.ok) {
      announce(t('discovery.experiments.planned'));
      onClose();
    } else if (result.fields) setErrors(result.fields);
  };

  return (
    <Dialog title={t('discovery.experiments.plan')} onClose={onClose}>
      <p className="field__help">{statementOf(hypothesis, t)}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('discovery.experiments.testCard')}</label>
          <TemplateSelect id={`${id}-template`} choice={choice} value={templateId} onChange={setTemplateId} />
        </div>
        <Field label={t('discovery.experiments.method')} error={errors.method}>
          {(props) => (
            <select {...props} value={values.method} onChange={(e) => set('method', e.target.value as ExperimentMethod)} autoFocus>
              {EXPERIMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`discovery.methods.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t('discovery.experiments.measure')} value={values.measure} onChange={(v) => set('measure', v)} error={errors.measure} />
        <TextField
          label={t('discovery.experiments.successCriterion')}
          help={t('discovery.experiments.successCriterionHelp')}
          value={values.successCriterion}
          onChange={(v) => set('successCriterion', v)}
          error={errors.successCriterion}
          rows={2}
        />
        <div className="field-row">
          <TextField label={t('discovery.experiments.deadline')} type="date" value={values.deadline} onChange={(v) => set('deadline', v)} error={errors.deadline} />
          <TextField label={t('discovery.experiments.owner')} value={values.owner} onChange={(v) => set('owner', v)} error={errors.owner} />
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!choice}>
            {t('discovery.experiments.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
