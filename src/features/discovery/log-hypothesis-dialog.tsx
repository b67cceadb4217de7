import { useId, useState, type FormEvent } from 'react';
import { logHypothesis, type HypothesisFields } from '../../db/hypothesis-commands';
import { ASSUMPTION_CATEGORIES, type AssumptionCategory, type Hypothesis, type Score } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { drafts } from '../../ui/draft-store';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { categoryLabels } from './discovery-words';
import { Field, TextField } from '../../ui/form-field';
import { ScoreSelect } from './score-select';
import { TemplateSelect, useTemplateChoice } from '../../ui/template-choice';

interface LogHypothesisDialogProps {
  productId: string;
  initiativeId: string;
  onClose: () => void;
  /** The hypothesis just logged, to show it open. */
  onLogged: (hypothesis: Hypothesis) => void;
}

const EMPTY: HypothesisFields = {
  belief: '',
  persona: '',
  outcome: '',
  signal: '',
  threshold: '',
  category: 'desirability',
  importance: 3,
  evidence: 1,
  owner: '',
};

/** Logs a hypothesis from a template; what was typed survives a reload until it is written. */
export function LogHypothesisDialog({ productId, initiativeId, onClose, onLogged }: LogHypothesisDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const choice = useTemplateChoice(productId, 'hypothesis');
  const draftKey = `new-hypothesis:${initiativeId}`;
  const [values, setValues] = useState<HypothesisFields>(() => ({ ...EMPTY, ...drafts.read<Partial<HypothesisFields>>(draftKey) }));
  const [templateId, setTemplateId] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = <K extends keyof HypothesisFields>(key: K, value: HypothesisFields[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    drafts.write(draftKey, next);
  };
  const categories = categoryLabels(t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = templateId || choice?.defaultId;
    if (!template) return;
    const result = await run(() => logHypothesis(initiativeId, template, language, values));
    if (result.ok) {
      drafts.clear(draftKey);
      onLogged(result.value);
      onClose();
      announce(t('discovery.hypotheses.logged'));
      showNotice({ kind: 'info', message: t('discovery.hypotheses.logged') });
    } else if (result.fields) setErrors(result.fields);
  };

  return (
    <Dialog title={t('discovery.hypotheses.log')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('discovery.template')}</label>
          <TemplateSelect id={`${id}-template`} choice={choice} value={templateId} onChange={setTemplateId} />
        </div>
        <TextField
          label={t('discovery.hypotheses.belief')}
          help={t('discovery.hypotheses.beliefHelp')}
          value={values.belief}
          onChange={(v) => set('belief', v)}
          error={errors.belief}
          rows={2}
          required
          autoFocus
        />
        <TextField label={t('discovery.hypotheses.persona')} value={values.persona} onChange={(v) => set('persona', v)} error={errors.persona} />
        <TextField label={t('discovery.hypotheses.outcome')} value={values.outcome} onChange={(v) => set('outcome', v)} error={errors.outcome} rows={2} />
        <TextField label={t('discovery.hypotheses.signal')} value={values.signal} onChange={(v) => set('signal', v)} error={errors.signal} rows={2} />
        <TextField
          label={t('discovery.hypotheses.threshold')}
          help={t('discovery.hypotheses.thresholdHelp')}
          value={values.threshold}
          onChange={(v) => set('threshold', v)}
          error={errors.threshold}
        />
        <div className="field-row">
          <Field label={t('discovery.hypotheses.category')} error={errors.category}>
            {(props) => (
              <select {...props} value={values.category} onChange={(e) => set('category', e.target.value as AssumptionCategory)}>
                {ASSUMPTION_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {categories[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label={t('discovery.hypotheses.owner')} value={values.owner} onChange={(v) => set('owner', v)} error={errors.owner} />
        </div>
        <div className="field-row">
          <Field label={t('discovery.hypotheses.importance')} help={t('discovery.hypotheses.importanceHelp')} error={errors.importance}>
            {(props) => <ScoreSelect {...props} value={values.importance} onChange={(v: Score) => set('importance', v)} />}
          </Field>
          <Field label={t('discovery.hypotheses.evidence')} help={t('discovery.hypotheses.evidenceHelp')} error={errors.evidence}>
            {(props) => <ScoreSelect {...props} value={values.evidence} onChange={(v: Score) => set('evidence', v)} />}
          </Field>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!choice}>
            {t('discovery.hypotheses.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
