import { useId, useMemo } from 'react';
import { laneTimes } from '../../domain/metrics/lane-times';
import type { Transition } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { countLabel, daysLabel } from './metrics-words';
import { useStackedTable } from '../../ui/use-stacked-table';

/** The median and 85th percentile of the time initiatives spent in each lane, in days. */
export function LaneTimesTable({ histories, now }: { histories: ReadonlyMap<string, readonly Transition[]>; now: number }) {
  const { t, language } = useTranslation();
  const timesTable = useStackedTable();
  const id = useId();
  const rows = useMemo(() => laneTimes(histories, now), [histories, now]);
  const days = (ms: number | null) => (ms === null ? <span className="metrics-muted">{t('metrics.notKnown')}</span> : daysLabel(ms, t, language));

  return (
    <section className="metrics-section metrics-section--times" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.laneTimes.title')}</h2>
      <p className="field__help">{t('metrics.laneTimes.help')}</p>
      {rows.every((r) => r.count === 0) ? (
        <p className="metrics-empty">{t('metrics.laneTimes.empty')}</p>
      ) : (
        <div className="metrics-table-scroll">
          <table ref={timesTable} className="table metrics-table table--stack">
            <caption className="visually-hidden">{t('metrics.laneTimes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('metrics.laneTimes.lane')}</th>
                <th scope="col">{t('metrics.laneTimes.median')}</th>
                <th scope="col">{t('metrics.laneTimes.p85')}</th>
                <th scope="col">{t('metrics.laneTimes.counted')}</th>
                <th scope="col">{t('metrics.laneTimes.stillIn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.lane}>
                  <th scope="row">
                    <span className={`lane-dot lane-dot--${row.lane}`} aria-hidden="true" />
                    {t(`lanes.${row.lane}`)}
                  </th>
                  <td className="metrics-table__days">{days(row.median)}</td>
                  <td className="metrics-table__days">{days(row.p85)}</td>
                  <td className="metrics-table__number">{countLabel(row.count, language)}</td>
                  <td className="metrics-table__number">{countLabel(row.stillIn, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
