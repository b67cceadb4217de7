import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { recordOutcome } from '../../db/outcome-commands';
import { liveStages } from '../../db/queries';
import { linkedKeyResult, type LinkedKeyResult } from '../../db/strategy-queries';
import { isReleased, measuresKeyResult, OUTCOME_DIRECTIONS, outcomeFromKeyResult, outcomeVerdict, type OutcomeFields } from '../../domain/delivery/outcome';
import type { Outcome, OutcomeDirection } from '../../domain/delivery/types';
import { stagesOfLane } from '../../domain/lanes';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { Field, NumberField, TextField } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { FollowUpDialog } from './outcome-follow-up';
import { numberText, typedNumbers } from '../../ui/number-text';
import './stories.css';

interface OutcomePanelProps {
  productId: string;
  initiative: Initiative;
}

/** What a released initiative achieved against its KPI or key result, the verdict, and a follow-up. */
export function OutcomePanel({ productId, initiative }: OutcomePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const stages = useLiveQuery(() => liveStages(productId), [productId]);
  const linked = useLiveQuery(() => linkedKeyResult(initiative), [initiative.objectiveId, initiative.keyResultId]);
  const [followingUp, setFollowingUp] = useState(false);
  if (!stages || linked === undefined) return null;
  if (!isReleased(initiative, stages.find((s) => s.id === initiative.stageId))) {
    return (
      <section className="outcome" aria-labelledby={`${id}-title`}>
        <div className="stories__header">
          <h3 id={`${id}-title`}>{t('outcome.title')}</h3>
        </div>
        <p className="field__help">{t('outcome.notReleased')}</p>
      </section>
    );
  }
  const firstStrategy = stagesOfLane(stages, 'strategy')[0];
  // Typed once: an outcome not recorded yet starts from the key result the initiative serves.
  const prefill = !initiative.outcome && linked ? outcomeFromKeyResult(linked.keyResult) : null;

  return (
    <section className="outcome" aria-labelledby={`${id}-title`}>
      <div className="stories__header">
        <h3 id={`${id}-title`}>{t('outcome.title')}</h3>
        <button type="button" className="button button--small" onClick={() => setFollowingUp(true)} disabled={!firstStrategy}>
          {t('outcome.followUp')}
        </button>
      </div>
      <p className="field__help">{t('outcome.intro')}</p>
      {linked && <KeyResultHint linked={linked} outcome={initiative.outcome ?? prefill} />}
      <Verdict outcome={initiative.outcome ?? prefill} />
      <OutcomeForm initiative={initiative} prefill={prefill} />
      {followingUp && firstStrategy && <FollowUpDialog initiative={initiative} strategyStage={firstStrategy} onClose={() => setFollowingUp(false)} />}
    </section>
  );
}

/** Which key result the outcome feeds, or why it does not. */
function KeyResultHint({ linked, outcome }: { linked: LinkedKeyResult; outcome: Pick<Outcome, 'metric'> | null }) {
  const { t } = useTranslation();
  const feeds = outcome !== null && measuresKeyResult(outcome, linked.keyResult);
  return <p className="field__help outcome__key-result">{t(feeds ? 'outcome.fromKeyResult' : 'outcome.otherMetric', { metric: linked.keyResult.metric })}</p>;
}

/** Target met, not met or pending, in words and with a sign: never by colour alone. */
function Verdict({ outcome }: { outcome: OutcomeFields | null }) {
  const { t, language } = useTranslation();
  const verdict = outcomeVerdict(outcome);
  const sign = { met: '✓', notMet: '✗', pending: '…' }[verdict];
  const format = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(n);
  const pending = outcome?.target == null ? t('outcome.verdictPending') : t('outcome.verdictPendingActual');
  const detail = verdict === 'pending' || !outcome ? pending : t('outcome.verdictMet', { actual: format(outcome.actual!), target: format(outcome.target!) });
  return (
    <p className={`outcome__verdict outcome__verdict--${verdict}`} aria-live="polite">
      <span className="outcome__sign" aria-hidden="true">
        {sign}
      </span>
      <strong>{t(`outcome.verdict.${verdict}`)}</strong>
      <span>{detail}</span>
    </p>
  );
}

interface OutcomeValues {
  metric: string;
  direction: OutcomeDirection;
  baseline: string;
  target: string;
  actual: string;
  conclusion: string;
}

function valuesOf(outcome: OutcomeFields | null | undefined, language: string): OutcomeValues {
  return {
    metric: outcome?.metric ?? '',
    direction: outcome?.direction ?? 'increase',
    baseline: numberText(outcome?.baseline ?? null, language),
    target: numberText(outcome?.target ?? null, language),
    actual: numberText(outcome?.actual ?? null, language),
    conclusion: outcome?.conclusion ?? '',
  };
}

/** The fields typed, figures as numbers (NaN when not one, which the command refuses with its message). */
function fieldsOf({ baseline, target, actual, ...texts }: Partial<OutcomeValues>): Partial<OutcomeFields> {
  return { ...texts, ...typedNumbers({ baseline, target, actual }) };
}

/**
 * The figures, saved as they are typed; a value that is not a number is refused with its message.
 * A prefilled form saves its whole content the first time: the prefill is on screen, not recorded.
 */
function OutcomeForm({ initiative, prefill }: { initiative: Initiative; prefill: OutcomeFields | null }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const { values, errors, state, change, save } = useRecordAutosave(`outcome:${initiative.id}`, valuesOf(initiative.outcome ?? prefill, language), (whole, edits) =>
    run(() => recordOutcome(initiative.id, fieldsOf(initiative.outcome ? edits : whole))),
  );
  const set = <K extends keyof OutcomeValues>(key: K, value: OutcomeValues[K]) => change({ ...values, [key]: value });
  const onBlur = () => state === 'unsaved' && void save();
  const number = (key: 'baseline' | 'target' | 'actual', help?: string) => (
    <NumberField label={t(`outcome.${key}`)} help={help} error={errors[key]} className="outcome__number" value={values[key]} onChange={(v) => set(key, v)} onBlur={onBlur} />
  );

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} aria-label={t('outcome.title')}>
      <div className="field-row">
        <TextField label={t('outcome.metric')} help={t('outcome.metricHelp')} value={values.metric} onChange={(v) => set('metric', v)} onBlur={onBlur} error={errors.metric} required />
        <Field label={t('outcome.direction')} error={errors.direction}>
          {(props) => (
            <select {...props} className="outcome__direction" value={values.direction} onChange={(e) => set('direction', e.target.value as OutcomeDirection)} onBlur={onBlur}>
              {OUTCOME_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`outcome.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        {number('baseline', t('outcome.baselineHelp'))}
        {number('target')}
        {number('actual', t('outcome.actualHelp'))}
      </div>
      <TextField label={t('outcome.conclusion')} value={values.conclusion} onChange={(v) => set('conclusion', v)} onBlur={onBlur} error={errors.conclusion} rows={3} />
      <p className={`save-state save-state--${state}`} role="status">
        {t(`stories.${state}`)}
      </p>
    </form>
  );
}
