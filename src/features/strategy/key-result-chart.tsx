import { useMemo } from 'react';
import { toLocalDate } from '../../domain/delivery/dates';
import type { KeyResult } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { DataChart, type ChartSeries } from '../../ui/chart';
import { axisDayText, dayText } from '../../ui/date-text';
import { numberText } from '../../ui/number-text';

/** Each reading of a key result on the day it was taken, with its target as a dashed line. */
export function KeyResultChart({ keyResult: kr }: { keyResult: KeyResult }) {
  const { t, language } = useTranslation();
  const readings = useMemo(() => kr.history ?? [], [kr.history]);
  const days = useMemo(() => readings.map((r) => toLocalDate(r.at)), [readings]);
  const readingLabel = t('strategy.keyResults.trendValue');
  const targetLabel = t('strategy.keyResults.target');
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: readingLabel, values: readings.map((r) => r.value), color: '--accent' },
      ...(kr.target === null ? [] : [{ label: targetLabel, values: readings.map(() => kr.target), color: '--muted', dashed: true } satisfies ChartSeries]),
    ],
    [readings, kr.target, readingLabel, targetLabel],
  );
  const first = readings[0]!;
  const last = readings.at(-1)!;
  const figures = {
    metric: kr.metric,
    first: numberText(first.value, language),
    firstDate: dayText(days[0]!, language),
    last: numberText(last.value, language),
    lastDate: dayText(days.at(-1)!, language),
    target: numberText(kr.target, language),
  };
  return (
    <DataChart
      type="line"
      labels={days.map((d) => axisDayText(d, language, 'week'))}
      rowLabels={days.map((d) => dayText(d, language, 'full'))}
      series={series}
      summary={t(kr.target === null ? 'strategy.keyResults.trendSummary' : 'strategy.keyResults.trendSummaryTarget', figures)}
      tableToggle={t('strategy.keyResults.trendTable')}
      categoryHeader={t('strategy.keyResults.trendDate')}
      format={(n) => numberText(n, language)}
    />
  );
}
