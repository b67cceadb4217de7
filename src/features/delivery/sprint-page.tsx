import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { backlogStories, sprintsOfProduct, sprintWithStories } from '../../db/delivery-queries';
import { startSprint } from '../../db/sprint-commands';
import type { Sprint, SprintResult } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { dayRangeText } from '../../ui/date-text';
import { DeliveryBacklog } from './delivery-backlog';
import { RitualsSection } from './rituals-section';
import { SprintBurndown } from './sprint-burndown';
import { CloseSprintDialog } from './sprint-close-dialog';
import { SprintGoal } from './sprint-goal';
import { SprintStories } from './sprint-stories';
import { daysLeftLabel, formatPoints, sprintStatusLabel, useToday } from './sprint-words';
import './delivery-sprints.css';

/** One sprint: goal, dates, status, its stories by status, the burndown, the backlog to plan from, its rituals. */
export function SprintPage({ productId, sprintId }: { productId: string; sprintId: string }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const today = useToday();
  const [closing, setClosing] = useState(false);
  const data = useLiveQuery(async () => (await sprintWithStories(sprintId)) ?? null, [sprintId]);
  const sprints = useLiveQuery(() => sprintsOfProduct(productId), [productId]);
  const backlog = useLiveQuery(() => backlogStories(productId), [productId]);
  const stories = useMemo(() => data?.stories.map((r) => r.story) ?? [], [data]);
  if (data === undefined || !sprints || !backlog) return null;
  if (data === null || data.sprint.productId !== productId) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('errors.sprintMissing')}</p>
        <Link className="button" href={paths.delivery(productId)}>
          {t('sprints.view.backToDelivery')}
        </Link>
      </div>
    );
  }
  const { sprint } = data;

  const start = async () => {
    const result = await run(() => startSprint(sprint.id));
    if (result.ok) announce(t('sprints.started', { name: sprint.name }));
  };

  return (
    <div className="page page--delivery">
      <div className="toolbar">
        <h1 className="toolbar__title">
          {sprint.name} <span className={`sprint-status sprint-status--${sprint.status}`}>{sprintStatusLabel(sprint.status, t)}</span>
        </h1>
        <div className="toolbar__actions">
          {sprint.status === 'planned' && (
            <button type="button" className="button button--primary" onClick={() => void start()}>
              {t('sprints.start')}
            </button>
          )}
          {sprint.status === 'active' && (
            <button type="button" className="button button--primary" onClick={() => setClosing(true)}>
              {t('sprints.close.open')}
            </button>
          )}
          <Link className="button" href={paths.delivery(productId)}>
            {t('sprints.view.backToDelivery')}
          </Link>
        </div>
      </div>
      <p className="sprint-dates">
        <span>{dayRangeText(sprint.startDate, sprint.endDate, language)}</span>
        {sprint.status === 'active' && <span>{daysLeftLabel(sprint, today, t)}</span>}
      </p>
      <SprintGoal sprint={sprint} />
      {sprint.result && <ClosedFigures result={sprint.result} sprints={sprints} />}
      {sprint.status !== 'planned' && <SprintBurndown sprint={sprint} stories={stories} today={today} />}
      <SprintStories productId={productId} sprint={sprint} rows={data.stories} />
      {sprint.status !== 'closed' && (
        <DeliveryBacklog productId={productId} rows={backlog} sprints={[]} target={sprint} title={t('sprints.view.fromBacklog')} empty={t('sprints.backlog.empty')} />
      )}
      <RitualsSection productId={productId} sprint={sprint} />
      {closing && <CloseSprintDialog sprint={sprint} rows={data.stories} sprints={sprints} today={today} onClose={() => setClosing(false)} />}
    </div>
  );
}

/** What a closed sprint recorded when it closed: later edits of its stories never change these. */
function ClosedFigures({ result, sprints }: { result: SprintResult; sprints: readonly Sprint[] }) {
  const { t, language } = useTranslation();
  const next = sprints.find((s) => s.id === result.carriedTo);
  const points = (n: number) => formatPoints(n, language);
  return (
    <dl className="sprint-figures">
      <div>
        <dt>{t('sprints.table.planned')}</dt>
        <dd>{points(result.plannedPoints)}</dd>
      </div>
      <div>
        <dt>{t('sprints.table.velocity')}</dt>
        <dd>{points(result.donePoints)}</dd>
      </div>
      <div>
        <dt>{t('sprints.table.storiesDone')}</dt>
        <dd>{result.doneStories}</dd>
      </div>
      <div>
        <dt>{t('sprints.table.unfinished')}</dt>
        <dd>
          {result.unfinishedStories}
          {result.unfinishedStories > 0 && (
            <span className="sprint-figures__where">
              {next ? (
                <>
                  {t('sprints.view.movedTo')} <Link href={paths.sprint(next.productId, next.id)}>{next.name}</Link>
                </>
              ) : (
                t('sprints.view.movedToBacklog')
              )}
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}
