import { useId, useState, type FormEvent } from 'react';
import { addKeyResult, editKeyResult, removeKeyResult } from '../../db/objective-commands';
import { keyResultProgress } from '../../domain/strategy/key-results';
import type { KeyResult, Objective } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { dateText } from '../../ui/date-text';
import { Field } from '../../ui/form-field';
import { showNotice } from '../../ui/notices';
import { numberText, parseNumber, typedNumbers } from '../../ui/number-text';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { KeyResultTrend } from './key-result-trend';
import { formatPercent } from './strategy-words';
import { useStackedTable } from '../../ui/use-stacked-table';

interface KeyResultValues {
  metric: string;
  baseline: string;
  target: string;
  current: string;
}

/** An objective's key results as a table, each row saved as typed, and the form that adds one. */
export function KeyResultsTable({ objective, title }: { objective: Objective; title: string }) {
  const { t } = useTranslation();
  const krTable = useStackedTable();
  return (
    <>
      {objective.keyResults.length === 0 ? (
        <p className="field__help">{t('strategy.keyResults.empty')}</p>
      ) : (
        <table ref={krTable} className="table kr-table table--stack">
          <caption className="visually-hidden">{t('strategy.keyResults.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('strategy.keyResults.metric')}</th>
              <th scope="col">{t('strategy.keyResults.baseline')}</th>
              <th scope="col">{t('strategy.keyResults.target')}</th>
              <th scope="col">{t('strategy.keyResults.current')}</th>
              <th scope="col">{t('strategy.keyResults.progress')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('strategy.keyResults.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {objective.keyResults.map((kr, i) => (
              <KeyResultRow key={kr.id} objective={objective} keyResult={kr} number={i + 1} />
            ))}
          </tbody>
        </table>
      )}
      {objective.keyResults.map((kr) => (
        <KeyResultTrend key={kr.id} keyResult={kr} />
      ))}
      <NewKeyResultForm objectiveId={objective.id} />
    </>
  );
}

function KeyResultRow({ objective, keyResult: kr, number }: { objective: Objective; keyResult: KeyResult; number: number }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const stored: KeyResultValues = { metric: kr.metric, baseline: numberText(kr.baseline, language), target: numberText(kr.target, language), current: numberText(kr.current, language) };
  const { values, errors, state, change, save } = useRecordAutosave(`keyResult:${kr.id}`, stored, (_values, { metric, ...figures }) =>
    // Only the fields typed here: one another tab changed meanwhile keeps its value.
    run(() => editKeyResult(objective.id, kr.id, { ...(metric !== undefined && { metric }), ...typedNumbers(figures) })),
  );
  const onBlur = () => state === 'unsaved' && void save();
  // Where the current value came from (an initiative's outcome, or typed here) and when, and the reading before it.
  const lastReading = kr.history?.at(-1);
  const previousReading = kr.history?.at(-2);
  // The bar follows what is typed, as long as it reads as numbers.
  const typed = { baseline: parseNumber(values.baseline), target: parseNumber(values.target), current: parseNumber(values.current) };
  const progress = Object.values(typed).some((v) => v !== null && !Number.isFinite(v)) ? null : keyResultProgress(typed);
  const labels = {
    metric: t('strategy.keyResults.metricOf', { number }),
    baseline: t('strategy.keyResults.baselineOf', { number }),
    target: t('strategy.keyResults.targetOf', { number }),
    current: t('strategy.keyResults.currentOf', { number }),
  };

  const cell = (key: keyof KeyResultValues) => {
    const error = errors[key];
    return (
      <td className={`kr-table__${key}`}>
        <input
          aria-label={labels[key]}
          inputMode={key === 'metric' ? undefined : 'decimal'}
          value={values[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${key}-error` : undefined}
          onChange={(e) => change({ ...values, [key]: e.target.value })}
          onBlur={onBlur}
        />
        {error && (
          <p className="field__error" id={`${id}-${key}-error`} role="alert">
            {t(error as 'errors.unknown') || t('errors.unknown')}
          </p>
        )}
        {key === 'current' && lastReading && values.current === stored.current && (
          <p className="field__help kr-table__reading">
            {t(lastReading.initiativeId ? 'strategy.keyResults.lastReading' : 'strategy.keyResults.typedReading', { date: dateText(lastReading.at, language) })}
            {previousReading && <>, {t('strategy.keyResults.previousReading', { value: numberText(previousReading.value, language), date: dateText(previousReading.at, language) })}</>}
          </p>
        )}
      </td>
    );
  };

  const remove = async () => {
    const result = await run(() => removeKeyResult(objective.id, kr.id));
    if (!result.ok) return;
    announce(t('strategy.keyResults.removed'));
    showNotice({ kind: 'info', message: t('strategy.keyResults.removed'), action: undoAction(objective.productId) });
  };

  return (
    <tr>
      {cell('metric')}
      {cell('baseline')}
      {cell('target')}
      {cell('current')}
      <td className="kr-table__progress">
        {progress === null ? (
          <span className="field__help">{t('strategy.keyResults.unknown')}</span>
        ) : (
          <>
            <progress max={100} value={Math.round(progress)} aria-label={t('strategy.keyResults.progressOf', { number })} />
            <span>{formatPercent(progress, language)}</span>
          </>
        )}
      </td>
      <td>
        <button type="button" className="button button--small" aria-label={t('strategy.keyResults.removeLabel', { number })} onClick={remove}>
          {t('strategy.keyResults.remove')}
        </button>
      </td>
    </tr>
  );
}

/** A metric, and the key result is added; its baseline, target and current value are typed in its row. */
function NewKeyResultForm({ objectiveId }: { objectiveId: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const [metric, setMetric] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => addKeyResult(objectiveId, { metric }));
    if (!result.ok) {
      setError(result.fields?.metric);
      return;
    }
    setMetric('');
    setError(undefined);
    announce(t('strategy.keyResults.added'));
  };
  return (
    <form className="inline-form new-key-result" onSubmit={submit}>
      <Field label={t('strategy.keyResults.newMetric')} help={t('strategy.keyResults.newMetricHelp')} error={error}>
        {(props) => <input {...props} value={metric} onChange={(e) => setMetric(e.target.value)} />}
      </Field>
      <button type="submit" className="button">
        {t('strategy.keyResults.add')}
      </button>
    </form>
  );
}
