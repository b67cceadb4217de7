import { useState, type FormEvent } from 'react';
import { concludeExperiment } from '../../db/experiment-commands';
import { setHypothesisStatus } from '../../db/hypothesis-commands';
import { canChangeStatus } from '../../domain/discovery/status';
import { DECIDED_STATUSES, type DecidedStatus, type Experiment, type Hypothesis, type HypothesisStatus } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { Field, TextField } from '../../ui/form-field';

interface ConcludeExperimentDialogProps {
  experiment: Experiment;
  hypothesis: Hypothesis;
  onClose: () => void;
}

interface Learning {
  observed: string;
  learned: string;
  decision: DecidedStatus;
  nextStep: string;
}

/**
 * Concludes an experiment with the learning card, then proposes the status its decision implies
 * for the hypothesis: the team confirms it or keeps the current one.
 */
export function ConcludeExperimentDialog({ experiment, hypothesis, onClose }: ConcludeExperimentDialogProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const [values, setValues] = useState<Learning>({ observed: '', learned: '', decision: 'validated', nextStep: '' });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [proposed, setProposed] = useState<HypothesisStatus | null>(null);
  const set = <K extends keyof Learning>(key: K, value: Learning[K]) => setValues((v) => ({ ...v, [key]: value }));
  const status = (s: HypothesisStatus) => t(`discovery.statuses.${s}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => concludeExperiment(experiment.id, values));
    if (!result.ok) {
      if (result.fields) setErrors(result.fields);
      return;
    }
    announce(t('discovery.experiments.concluded'));
    const next = result.value.proposed;
    if (next !== hypothesis.status && canChangeStatus(hypothesis.status, next)) setProposed(next);
    else onClose();
  };

  const accept = async () => {
    if (!proposed) return;
    const result = await run(() => setHypothesisStatus(hypothesis.id, proposed));
    if (!result.ok) return;
    announce(t('discovery.hypotheses.statusChanged', { status: status(proposed) }));
    onClose();
  };

  if (proposed) {
    return (
      <Dialog title={t('discovery.experiments.proposeTitle')} onClose={onClose}>
        <p>{t('discovery.experiments.propose', { decision: status(values.decision), status: status(proposed) })}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('discovery.experiments.keepAs', { status: status(hypothesis.status) })}
          </button>
          <button type="button" className="button button--primary" onClick={accept} autoFocus>
            {t('discovery.experiments.markAs', { status: status(proposed) })}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('discovery.experiments.concludeTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('discovery.experiments.observed')}
          help={t('discovery.experiments.observedHelp')}
          value={values.observed}
          onChange={(v) => set('observed', v)}
          error={errors.observed}
          rows={3}
          autoFocus
        />
        <TextField label={t('discovery.experiments.learned')} value={values.learned} onChange={(v) => set('learned', v)} error={errors.learned} rows={3} />
        <Field label={t('discovery.experiments.decision')} error={errors.decision}>
          {(props) => (
            <select {...props} value={values.decision} onChange={(e) => set('decision', e.target.value as DecidedStatus)}>
              {DECIDED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {status(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t('discovery.experiments.nextStep')} value={values.nextStep} onChange={(v) => set('nextStep', v)} error={errors.nextStep} rows={2} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('discovery.experiments.submitConclusion')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
