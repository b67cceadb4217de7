import { useId, useMemo } from 'react';
import { closedPerWeek } from '../../domain/metrics/throughput';
import type { Transition } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { DataChart, type ChartSeries } from '../../ui/chart';
import { axisDayText, dayText } from '../../ui/date-text';
import { countLabel } from './metrics-words';

const WEEKS = 12;

/** Initiatives shipped (on entering Released), killed and parked per week, as stacked bars with their table. */
export function ThroughputChart({ histories, releasedStageIds, today }: { histories: ReadonlyMap<string, readonly Transition[]>; releasedStageIds: ReadonlySet<string>; today: string }) {
  const { t, language } = useTranslation();
  const id = useId();
  const weeks = useMemo(() => closedPerWeek(histories, releasedStageIds, today, WEEKS), [histories, releasedStageIds, today]);
  const labels = useMemo(() => weeks.map((w) => axisDayText(w.start, language, 'week')), [weeks, language]);
  const rowLabels = useMemo(() => weeks.map((w) => t('metrics.throughput.weekOf', { date: dayText(w.start, language, 'long'), week: w.week })), [weeks, language, t]);
  const names = { shipped: t('metrics.throughput.shipped'), killed: t('metrics.throughput.killed'), parked: t('metrics.throughput.parked') };
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: names.shipped, values: weeks.map((w) => w.shipped), color: '--accent' },
      { label: names.killed, values: weeks.map((w) => w.killed), color: '--danger' },
      { label: names.parked, values: weeks.map((w) => w.parked), color: '--muted' },
    ],
    [weeks, names.shipped, names.killed, names.parked],
  );
  const total = (key: 'shipped' | 'killed' | 'parked') => weeks.reduce((n, w) => n + w[key], 0);
  const totals = { shipped: total('shipped'), killed: total('killed'), parked: total('parked') };

  return (
    <section className="metrics-section metrics-section--throughput" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.throughput.title')}</h2>
      <p className="field__help">{t('metrics.throughput.help')}</p>
      {totals.shipped + totals.killed + totals.parked === 0 ? (
        <p className="metrics-empty">{t('metrics.throughput.empty')}</p>
      ) : (
        <DataChart
          type="bar"
          stacked
          labels={labels}
          rowLabels={rowLabels}
          series={series}
          summary={t('metrics.throughput.summary', {
            shipped: countLabel(totals.shipped, language),
            killed: countLabel(totals.killed, language),
            parked: countLabel(totals.parked, language),
          })}
          tableToggle={t('metrics.chartTable')}
          categoryHeader={t('metrics.throughput.week')}
          yTitle={t('metrics.throughput.axis')}
          format={(n) => (n === null ? '' : countLabel(n, language))}
        />
      )}
    </section>
  );
}
