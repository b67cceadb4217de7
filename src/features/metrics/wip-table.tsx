import { useId } from 'react';
import { setWipLimit } from '../../db/wip-commands';
import type { StageWip, WorkInProgress } from '../../domain/metrics/wip';
import { LANES } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { numberText, parseNumber } from '../../ui/number-text';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { countLabel } from './metrics-words';
import { useStackedTable } from '../../ui/use-stacked-table';

/** Cards per stage and lane now, with each stage's soft WIP limit, edited in place. */
export function WipTable({ wip }: { wip: WorkInProgress }) {
  const { t, language } = useTranslation();
  const wipTable = useStackedTable();
  const id = useId();
  return (
    <section className="metrics-section metrics-section--wip" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.wip.title')}</h2>
      <p>
        {t('metrics.wip.summary', {
          count: wip.total,
          strategy: countLabel(wip.lanes.strategy, language),
          discovery: countLabel(wip.lanes.discovery, language),
          delivery: countLabel(wip.lanes.delivery, language),
        })}
      </p>
      <p className="field__help">{t('metrics.wip.help')}</p>
      <div className="metrics-table-scroll">
        <table ref={wipTable} className="table metrics-table table--stack">
          <caption className="visually-hidden">{t('metrics.wip.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('metrics.wip.stage')}</th>
              <th scope="col">{t('metrics.wip.cards')}</th>
              <th scope="col">{t('metrics.wip.limit')}</th>
              <th scope="col">{t('metrics.wip.state')}</th>
            </tr>
          </thead>
          {LANES.map((lane) => (
            <tbody key={lane} className={`metrics-table__lane metrics-table__lane--${lane}`}>
              <tr>
                <th scope="rowgroup" colSpan={4}>
                  {t(`lanes.${lane}`)} · {t('count.cards', { count: wip.lanes[lane] })}
                </th>
              </tr>
              {wip.stages
                .filter((row) => row.stage.lane === lane)
                .map((row) => (
                  <WipRow key={row.stage.id} row={row} />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

/** A stage's row: its count, its limit typed and saved as the user types (like every form here), and where it stands. */
function WipRow({ row }: { row: StageWip }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const name = stageName(row.stage, t);
  const { values, errors, state, change, save } = useRecordAutosave(`wipLimit:${row.stage.id}`, { limit: numberText(row.limit, language) }, (v) =>
    run(() => setWipLimit(row.stage.id, parseNumber(v.limit))),
  );
  const error = errors.wipLimit;
  return (
    <tr className={row.over ? 'metrics-table__over' : undefined}>
      <th scope="row">{name}</th>
      <td className="metrics-table__number">{countLabel(row.count, language)}</td>
      <td>
        {row.measuring ? (
          <span className="metrics-muted">{t('metrics.wip.noLimitHere')}</span>
        ) : (
          <input
            className="wip-input"
            aria-label={t('metrics.wip.limitOf', { stage: name })}
            inputMode="numeric"
            value={values.limit}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => change({ limit: e.target.value })}
            onBlur={() => state === 'unsaved' && void save()}
          />
        )}
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {t(error as 'metrics.errors.wipLimit')}
          </p>
        )}
      </td>
      <td>
        <WipState row={row} />
      </td>
    </tr>
  );
}

function WipState({ row }: { row: StageWip }) {
  const { t } = useTranslation();
  if (row.measuring) return <span className="metrics-muted">{t('metrics.wip.measuring')}</span>;
  if (row.limit === null) return <span className="metrics-muted">{t('metrics.wip.noLimit')}</span>;
  if (row.over)
    return (
      <strong className="wip-state--over">
        <span aria-hidden="true">⚠ </span>
        {t('metrics.wip.over', { count: row.count - row.limit })}
      </strong>
    );
  return <span>{t(row.count === row.limit ? 'metrics.wip.atLimit' : 'metrics.wip.within')}</span>;
}
