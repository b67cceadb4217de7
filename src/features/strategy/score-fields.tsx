import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { demandOfInitiative } from '../../db/demand-queries';
import { scoreInitiative } from '../../db/score-commands';
import { suggestedReach } from '../../domain/feedback/demand';
import { ICE_MAX, ICE_MIN, scoreOf, validateIce, validateRice } from '../../domain/strategy/scores';
import { RICE_IMPACTS, type InitiativeScore, type ScoringFramework } from '../../domain/strategy/types';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Field, NumberField } from '../../ui/form-field';
import { numberText, parseNumber } from '../../ui/number-text';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { formatScore, frameworkName, impactLabels } from './strategy-words';

type ScoreValues = Record<string, string>;

const ICE_SCALE = Array.from({ length: ICE_MAX - ICE_MIN + 1 }, (_, i) => ICE_MIN + i);
const choice = (text: string) => (text === '' ? null : Number(text));

/** What the form shows: typed numbers in the UI language; chosen ones (impact, the ICE scale) as option values. */
function valuesOf(score: InitiativeScore | undefined, framework: ScoringFramework, language: string): ScoreValues {
  if (framework === 'rice') {
    const rice = score?.rice;
    return {
      reach: numberText(rice?.reach ?? null, language),
      impact: rice?.impact == null ? '' : String(rice.impact),
      confidence: numberText(rice?.confidence ?? null, language),
      effort: numberText(rice?.effort ?? null, language),
    };
  }
  const ice = score?.ice;
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  return { impact: text(ice?.impact), confidence: text(ice?.confidence), ease: text(ice?.ease) };
}

/** The inputs of the fields given (all of them, or those typed): RICE's reach, confidence and effort are typed numbers, the rest chosen. */
function inputsOf(values: Partial<ScoreValues>, framework: ScoringFramework): Record<string, number | null> {
  const read = (key: string, text = '') => (framework === 'rice' && key !== 'impact' ? parseNumber(text) : choice(text));
  return Object.fromEntries(Object.entries(values).map(([key, text]) => [key, read(key, text)]));
}

/** The score as typed, or null while an input is missing or refused. */
function typedScore(inputs: Record<string, number | null>, framework: ScoringFramework): number | null {
  const { values, errors } = framework === 'rice' ? validateRice(inputs) : validateIce(inputs);
  if (Object.keys(errors).length > 0) return null;
  return scoreOf({ [framework]: values }, framework);
}

/** An initiative's inputs in the product's framework, saved as typed, with the score they make. */
export function ScoreFields({ initiative, framework }: { initiative: Initiative; framework: ScoringFramework }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const { values, errors, state, change, save } = useRecordAutosave(`score:${initiative.id}:${framework}`, valuesOf(initiative.score, framework, language), (_values, edits) =>
    run(() => scoreInitiative(initiative.id, framework, inputsOf(edits, framework))),
  );
  const set = (key: string, value: string) => change({ ...values, [key]: value });
  const onBlur = () => state === 'unsaved' && void save();
  const score = typedScore(inputsOf(values, framework), framework);
  const name = frameworkName(framework);
  const demand = useLiveQuery(() => (framework === 'rice' ? demandOfInitiative(initiative.id) : undefined), [framework, initiative.id]);
  // Offered against the reach as typed: once used (or typed by hand), the offer goes.
  const suggestion = framework === 'rice' ? suggestedReach(demand, parseNumber(values.reach ?? '')) : null;
  // Filled only on the click, and saved at once as one score edit, so Undo takes it back.
  const takeSuggestion = (reach: number) => {
    change({ ...values, reach: numberText(reach, language) });
    void save();
    announce(t('demand.reach.used', { count: reach }));
  };

  const select = (key: string, label: string, options: { value: string; label: string }[]) => (
    <Field label={label} error={errors[key]}>
      {(props) => (
        <select {...props} value={values[key] ?? ''} onChange={(e) => set(key, e.target.value)} onBlur={onBlur}>
          <option value="">{t('strategy.panel.none')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  const impacts = impactLabels(t);
  const scale = ICE_SCALE.map((n) => ({ value: String(n), label: String(n) }));
  return (
    <form className="score-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('strategy.panel.score', { framework: name })}</h4>
      {framework === 'rice' ? (
        <div className="score-form__fields">
          <div className="score-form__reach">
            <NumberField label={t('strategy.rice.reach')} help={t('strategy.rice.reachHelp')} value={values.reach ?? ''} onChange={(v) => set('reach', v)} onBlur={onBlur} error={errors.reach} />
            {suggestion !== null && (
              <button type="button" className="button button--small" onClick={() => takeSuggestion(suggestion)}>
                {t('demand.reach.suggest', { count: suggestion })}
              </button>
            )}
          </div>
          {select(
            'impact',
            t('strategy.rice.impact'),
            RICE_IMPACTS.map((i) => ({ value: String(i), label: impacts[i] })),
          )}
          <NumberField label={t('strategy.rice.confidence')} help={t('strategy.rice.confidenceHelp')} value={values.confidence ?? ''} onChange={(v) => set('confidence', v)} onBlur={onBlur} error={errors.confidence} />
          <NumberField label={t('strategy.rice.effort')} help={t('strategy.rice.effortHelp')} value={values.effort ?? ''} onChange={(v) => set('effort', v)} onBlur={onBlur} error={errors.effort} />
        </div>
      ) : (
        <>
          <p className="field__help">{t('strategy.ice.help')}</p>
          <div className="score-form__fields">
            {select('impact', t('strategy.ice.impact'), scale)}
            {select('confidence', t('strategy.ice.confidence'), scale)}
            {select('ease', t('strategy.ice.ease'), scale)}
          </div>
        </>
      )}
      <p className="score-form__result">
        <output>{score === null ? t('strategy.panel.incomplete') : t('strategy.panel.result', { score: formatScore(score, language) })}</output>
      </p>
      <p className={`save-state save-state--${state}`} role="status">
        {t(`initiative.${state}`)}
      </p>
    </form>
  );
}
