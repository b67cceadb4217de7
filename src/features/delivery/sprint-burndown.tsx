import { useId, useMemo } from 'react';
import { burndownSeries } from '../../domain/delivery/burndown';
import { toLocalDate } from '../../domain/delivery/dates';
import type { Sprint, Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { DataChart, type ChartSeries } from '../../ui/chart';
import { axisDayText, dayText } from '../../ui/date-text';
import { formatPoints } from './sprint-words';

/** Points remaining at the end of each day of the sprint, against the ideal straight line. */
export function SprintBurndown({ sprint, stories, today }: { sprint: Sprint; stories: readonly Story[]; today: string }) {
  const { t, language } = useTranslation();
  const id = useId();
  // A closed sprint's line stops the day it closed: nothing is left to burn after that.
  const closedOn = sprint.closedAt === null ? null : toLocalDate(sprint.closedAt);
  const lastDay = closedOn !== null && closedOn < today ? closedOn : today;
  const days = useMemo(() => burndownSeries(sprint, stories, lastDay), [sprint, stories, lastDay]);
  const labels = useMemo(() => days.map((d) => axisDayText(d.date, language, 'day')), [days, language]);
  const rowLabels = useMemo(() => days.map((d) => dayText(d.date, language, 'full')), [days, language]);
  const remainingLabel = t('sprints.burndown.remaining');
  const idealLabel = t('sprints.burndown.ideal');
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: remainingLabel, values: days.map((d) => d.remaining), color: '--accent' },
      { label: idealLabel, values: days.map((d) => d.ideal), color: '--muted', dashed: true },
    ],
    [days, remainingLabel, idealLabel],
  );
  const known = days.filter((d) => d.remaining !== null);
  const latest = known.at(-1);
  const summary = latest
    ? t('sprints.burndown.summary', {
        planned: formatPoints(days[0]?.ideal ?? 0, language),
        remaining: formatPoints(latest.remaining!, language),
        date: dayText(latest.date, language),
        ideal: formatPoints(latest.ideal, language),
      })
    : t('sprints.burndown.notStarted', { planned: formatPoints(days[0]?.ideal ?? 0, language) });

  return (
    <section className="delivery-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sprints.burndown.title')}</h2>
      <DataChart
        type="line"
        labels={labels}
        rowLabels={rowLabels}
        series={series}
        summary={summary}
        tableToggle={t('sprints.chartTable')}
        categoryHeader={t('sprints.burndown.day')}
        yTitle={t('sprints.burndown.axis')}
        format={(n) => (n !== null ? formatPoints(n, language) : closedOn !== null ? t('sprints.burndown.afterClose') : t('sprints.burndown.notYet'))}
      />
    </section>
  );
}
