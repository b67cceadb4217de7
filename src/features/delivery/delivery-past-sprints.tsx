import { useId } from 'react';
import { Link } from 'wouter';
import { averageVelocity } from '../../domain/delivery/sprints';
import type { Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { dayRangeText } from '../../ui/date-text';
import { formatPoints } from './sprint-words';
import { useStackedTable } from '../../ui/use-stacked-table';

/** Sprints already closed, as many as the average counts. */
const AVERAGE_OF = 3;

/** Closed sprints with the figures recorded when each closed, and the average velocity of the last three. */
export function PastSprints({ sprints }: { sprints: readonly Sprint[] }) {
  const { t, language } = useTranslation();
  const sprintsTable = useStackedTable();
  const id = useId();
  const closed = [...sprints].sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
  const average = averageVelocity(closed, AVERAGE_OF);
  const points = (n: number) => formatPoints(n, language);

  return (
    <section className="delivery-section" aria-labelledby={`${id}-past`}>
      <h2 id={`${id}-past`}>{t('sprints.past')}</h2>
      {closed.length === 0 ? (
        <p className="empty">{t('sprints.noPast')}</p>
      ) : (
        <>
          {average !== null && (
            <p className="delivery-average">{t('sprints.averageVelocity', { points: points(average), count: Math.min(AVERAGE_OF, closed.length) })}</p>
          )}
          <div className="table-scroll">
            <table ref={sprintsTable} className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('sprints.table.sprint')}</th>
                  <th scope="col">{t('sprints.table.dates')}</th>
                  <th scope="col">{t('sprints.table.planned')}</th>
                  <th scope="col">{t('sprints.table.velocity')}</th>
                  <th scope="col">{t('sprints.table.storiesDone')}</th>
                  <th scope="col">{t('sprints.table.unfinished')}</th>
                </tr>
              </thead>
              <tbody>
                {closed.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link href={paths.sprint(s.productId, s.id)}>{s.name}</Link>
                    </th>
                    <td>{dayRangeText(s.startDate, s.endDate, language)}</td>
                    <td>{s.result ? points(s.result.plannedPoints) : ''}</td>
                    <td>{s.result ? points(s.result.donePoints) : ''}</td>
                    <td>{s.result?.doneStories}</td>
                    <td>{s.result?.unfinishedStories}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
