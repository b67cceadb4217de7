import { useId, useMemo } from 'react';
import { throughput } from '../../domain/delivery/throughput';
import type { Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { DataChart, type ChartSeries } from '../../ui/chart';
import { axisDayText, dayText } from '../../ui/date-text';
import { formatPoints } from './sprint-words';

const WEEKS = 8;

/** Continuous flow's measure: stories done and their points per week, over the last eight weeks. */
export function Throughput({ stories, today }: { stories: readonly Story[]; today: string }) {
  const { t, language } = useTranslation();
  const id = useId();
  const weeks = useMemo(() => throughput(stories, today, WEEKS), [stories, today]);
  const labels = useMemo(() => weeks.map((w) => axisDayText(w.start, language, 'week')), [weeks, language]);
  const rowLabels = useMemo(() => weeks.map((w) => t('sprints.throughput.weekOf', { date: dayText(w.start, language), week: w.week })), [weeks, language, t]);
  const storiesLabel = t('sprints.throughput.stories');
  const pointsLabel = t('sprints.throughput.points');
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: storiesLabel, values: weeks.map((w) => w.stories), color: '--accent' },
      { label: pointsLabel, values: weeks.map((w) => w.points), color: '--delivery' },
    ],
    [weeks, storiesLabel, pointsLabel],
  );
  const total = weeks.reduce((n, w) => n + w.stories, 0);

  return (
    <section className="delivery-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sprints.throughput.title')}</h2>
      <p className="field__help">{t('sprints.throughput.help')}</p>
      <DataChart
        type="bar"
        labels={labels}
        rowLabels={rowLabels}
        series={series}
        summary={t('sprints.throughput.summary', { count: total, weeks: WEEKS, average: formatPoints(total / WEEKS, language) })}
        tableToggle={t('sprints.chartTable')}
        categoryHeader={t('sprints.throughput.week')}
        format={(n) => (n === null ? '' : formatPoints(n, language))}
      />
    </section>
  );
}
