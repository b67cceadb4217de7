import { useId, useMemo } from 'react';
import { cumulativeFlow, type FlowPoint } from '../../domain/metrics/cumulative-flow';
import type { Transition } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { DataChart, type ChartSeries } from '../../ui/chart';
import { axisDayText, dayText } from '../../ui/date-text';
import { countLabel } from './metrics-words';

const WEEKS = 12;

const onBoard = (p: FlowPoint) => p.strategy + p.discovery + p.delivery;

/** The cumulative flow diagram of the last twelve weeks: a stacked area per lane, and Done, with its table. */
export function CumulativeFlow({ histories, today }: { histories: ReadonlyMap<string, readonly Transition[]>; today: string }) {
  const { t, language } = useTranslation();
  const id = useId();
  const points = useMemo(() => cumulativeFlow([...histories.values()].flat(), today, WEEKS), [histories, today]);
  const labels = useMemo(() => points.map((p) => axisDayText(p.date, language, 'week')), [points, language]);
  const rowLabels = useMemo(
    () => points.map((p) => (p.date === today ? t('metrics.cfd.today', { date: dayText(p.date, language, 'long') }) : dayText(p.date, language, 'long'))),
    [points, today, language, t],
  );
  const names = { strategy: t('lanes.strategy'), discovery: t('lanes.discovery'), delivery: t('lanes.delivery'), done: t('metrics.cfd.done') };
  // The first series is the top band: work arrives in Strategy and settles in Done, at the bottom.
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: names.strategy, values: points.map((p) => p.strategy), color: '--strategy' },
      { label: names.discovery, values: points.map((p) => p.discovery), color: '--discovery' },
      { label: names.delivery, values: points.map((p) => p.delivery), color: '--delivery' },
      { label: names.done, values: points.map((p) => p.done), color: '--accent' },
    ],
    [points, names.strategy, names.discovery, names.delivery, names.done],
  );
  const first = points[0]!;
  const last = points.at(-1)!;
  const n = (value: number) => countLabel(value, language);

  return (
    <section className="metrics-section metrics-section--cfd" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.cfd.title')}</h2>
      <p className="field__help">{t('metrics.cfd.help')}</p>
      {histories.size === 0 ? (
        <p className="metrics-empty">{t('metrics.cfd.empty')}</p>
      ) : (
        <DataChart
          type="line"
          stacked
          labels={labels}
          rowLabels={rowLabels}
          series={series}
          summary={t('metrics.cfd.summary', {
            start: dayText(first.date, language, 'long'),
            startActive: n(onBoard(first)),
            startDone: n(first.done),
            strategy: n(last.strategy),
            discovery: n(last.discovery),
            delivery: n(last.delivery),
            done: n(last.done),
          })}
          tableToggle={t('metrics.chartTable')}
          categoryHeader={t('metrics.cfd.date')}
          yTitle={t('metrics.cfd.axis')}
          format={(value) => (value === null ? '' : n(value))}
        />
      )}
    </section>
  );
}
