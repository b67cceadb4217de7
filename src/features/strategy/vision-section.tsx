import { useId } from 'react';
import { editStrategy, type StrategyPatch } from '../../db/strategy-commands';
import type { Strategy } from '../../db/strategy-queries';
import type { Competitor, NorthStar } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { NumberField, TextField } from '../../ui/form-field';
import { numberText, typedNumbers } from '../../ui/number-text';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { CompetitorList } from './competitor-list';

export interface VisionValues {
  vision: string;
  segments: string;
  valueProposition: string;
  competitors: Competitor[];
  northStarMetric: string;
  northStarCurrent: string;
  northStarTarget: string;
}

function valuesOf(s: Strategy, language: string): VisionValues {
  return {
    vision: s.vision,
    segments: s.segments,
    valueProposition: s.valueProposition,
    competitors: s.competitors,
    northStarMetric: s.northStar.metric,
    northStarCurrent: numberText(s.northStar.current, language),
    northStarTarget: numberText(s.northStar.target, language),
  };
}

/** The fields typed, the north star's figures as numbers (NaN when not one, which the command refuses with its message). */
function patchOf({ northStarMetric, northStarCurrent, northStarTarget, ...fields }: Partial<VisionValues>): StrategyPatch {
  const northStar: Partial<NorthStar> = { ...(northStarMetric !== undefined && { metric: northStarMetric }), ...typedNumbers({ current: northStarCurrent, target: northStarTarget }) };
  return Object.keys(northStar).length > 0 ? { ...fields, northStar } : fields;
}

/** Vision, segments, value proposition, north star and competitors: one form, saved as the user types. */
export function VisionSection({ productId, strategy }: { productId: string; strategy: Strategy }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const { values, errors, state, change, save } = useRecordAutosave(`strategy:${productId}`, valuesOf(strategy, language), (_values, edits) =>
    run(() => editStrategy(productId, patchOf(edits))),
  );
  const set = <K extends keyof VisionValues>(key: K, value: VisionValues[K]) => change({ ...values, [key]: value });
  const onBlur = () => state === 'unsaved' && void save();

  return (
    <section className="strategy-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('strategy.vision.title')}</h2>
      <form className="vision-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-title`}>
        <div className="vision-form__texts">
          <TextField label={t('strategy.vision.vision')} help={t('strategy.vision.visionHelp')} value={values.vision} onChange={(v) => set('vision', v)} onBlur={onBlur} error={errors.vision} rows={3} />
          <TextField label={t('strategy.vision.segments')} help={t('strategy.vision.segmentsHelp')} value={values.segments} onChange={(v) => set('segments', v)} onBlur={onBlur} error={errors.segments} rows={3} />
          <TextField
            label={t('strategy.vision.valueProposition')}
            help={t('strategy.vision.valuePropositionHelp')}
            value={values.valueProposition}
            onChange={(v) => set('valueProposition', v)}
            onBlur={onBlur}
            error={errors.valueProposition}
            rows={3}
          />
        </div>
        <fieldset className="strategy-fieldset vision-form__north-star">
          <legend>{t('strategy.northStar.title')}</legend>
          <p className="field__help">{t('strategy.northStar.help')}</p>
          <TextField label={t('strategy.northStar.metric')} value={values.northStarMetric} onChange={(v) => set('northStarMetric', v)} onBlur={onBlur} error={errors.northStarMetric} />
          <div className="field-row">
            <NumberField label={t('strategy.northStar.current')} value={values.northStarCurrent} onChange={(v) => set('northStarCurrent', v)} onBlur={onBlur} error={errors.northStarCurrent} />
            <NumberField label={t('strategy.northStar.target')} value={values.northStarTarget} onChange={(v) => set('northStarTarget', v)} onBlur={onBlur} error={errors.northStarTarget} />
          </div>
        </fieldset>
        <CompetitorList competitors={values.competitors} errors={errors} onChange={(competitors) => set('competitors', competitors)} onBlur={onBlur} />
        <p className={`save-state save-state--${state}`} role="status">
          {t(`initiative.${state}`)}
        </p>
      </form>
    </section>
  );
}
