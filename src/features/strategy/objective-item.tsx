import { useId } from 'react';
import { deleteObjective, editObjective } from '../../db/objective-commands';
import type { ObjectiveRow } from '../../db/strategy-queries';
import { objectiveProgress } from '../../domain/strategy/key-results';
import type { Objective } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Field } from '../../ui/form-field';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { KeyResultsTable } from './key-results-table';
import { ObjectiveInitiatives } from './objective-initiatives';
import { PeriodFields, periodOf, periodValuesOf, type PeriodValues } from './period-fields';
import { formatPercent } from './strategy-words';

interface ObjectiveValues {
  title: string;
  period: PeriodValues;
}

const valuesOf = (o: Objective): ObjectiveValues => ({ title: o.title, period: periodValuesOf(o.period) });

/** One objective: its title and period (saved as typed), progress, key results and the initiatives serving it. */
export function ObjectiveItem({ row }: { row: ObjectiveRow }) {
  const { objective } = row;
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const { values, errors, state, change, save } = useRecordAutosave(`objective:${objective.id}`, valuesOf(objective), (_values, { title, period }) =>
    // Only the fields typed here: one another tab changed meanwhile keeps its value.
    run(() => editObjective(objective.id, { ...(title !== undefined && { title }), ...(period && { period: periodOf(period) }) })),
  );
  const onBlur = () => state === 'unsaved' && void save();
  const progress = objectiveProgress(objective.keyResults);
  const title = values.title.trim() || objective.title;

  const remove = async () => {
    const result = await run(() => deleteObjective(objective.id));
    if (!result.ok) return;
    const message = t('strategy.objectives.deleted', { title: objective.title });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(objective.productId) });
  };

  return (
    <article className="objective" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} className="visually-hidden">
        {title}
      </h4>
      <form className="objective__form" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('strategy.objectives.objective')} error={errors.title}>
          {(props) => <input {...props} className="objective__title" value={values.title} onChange={(e) => change({ ...values, title: e.target.value })} onBlur={onBlur} />}
        </Field>
        <PeriodFields values={values.period} errors={errors} onChange={(period) => change({ ...values, period })} onBlur={onBlur} />
        <p className={`save-state save-state--${state}`} role="status">
          {t(`initiative.${state}`)}
        </p>
      </form>
      {progress === null ? (
        <p className="field__help">{t('strategy.objectives.noProgress')}</p>
      ) : (
        <p className="objective__progress">
          <progress max={100} value={Math.round(progress)} aria-label={t('strategy.objectives.progressLabel', { title })} />
          <span>{t('strategy.objectives.progress', { percent: formatPercent(progress, language) })}</span>
        </p>
      )}
      <KeyResultsTable objective={objective} title={title} />
      <ObjectiveInitiatives row={row} />
      <div className="objective__actions">
        <button type="button" className="button button--small button--danger" onClick={remove}>
          {t('strategy.objectives.delete')}
        </button>
      </div>
    </article>
  );
}
