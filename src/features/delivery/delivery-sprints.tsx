import { useId } from 'react';
import { deleteSprint, startSprint } from '../../db/sprint-commands';
import type { Sprint, Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { PastSprints } from './delivery-past-sprints';
import { SprintCard } from './sprint-card';

interface ScrumSprintsProps {
  productId: string;
  sprints: readonly Sprint[];
  stories: readonly Story[];
  today: string;
}

/** The Scrum side of the Delivery page: the active sprint first, then the planned ones, then the past ones with their figures. */
export function ScrumSprints({ productId, sprints, stories, today }: ScrumSprintsProps) {
  const { t } = useTranslation();
  const id = useId();
  const active = sprints.find((s) => s.status === 'active');
  // Soonest first: the next one to start leads.
  const planned = sprints.filter((s) => s.status === 'planned').reverse();
  const storiesOf = (sprint: Sprint) => stories.filter((s) => s.sprintId === sprint.id);

  return (
    <>
      <section className="delivery-section" aria-labelledby={`${id}-active`}>
        <h2 id={`${id}-active`}>{t('sprints.active')}</h2>
        {active ? <SprintCard sprint={active} stories={storiesOf(active)} today={today} /> : <p className="empty">{t('sprints.noActive')}</p>}
      </section>
      <section className="delivery-section" aria-labelledby={`${id}-planned`}>
        <h2 id={`${id}-planned`}>{t('sprints.planned')}</h2>
        {planned.length === 0 ? (
          <p className="empty">{t('sprints.noPlanned')}</p>
        ) : (
          <ul className="sprint-list">
            {planned.map((s) => (
              <li key={s.id}>
                <SprintCard sprint={s} stories={storiesOf(s)} today={today}>
                  <PlannedSprintActions sprint={s} productId={productId} />
                </SprintCard>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PastSprints sprints={sprints.filter((s) => s.status === 'closed')} />
    </>
  );
}

/** Start and delete, for a planned sprint; starting while another runs is refused with the reason. */
function PlannedSprintActions({ sprint, productId }: { sprint: Sprint; productId: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();

  const start = async () => {
    const result = await run(() => startSprint(sprint.id));
    if (result.ok) announce(t('sprints.started', { name: sprint.name }));
  };
  const remove = async () => {
    const result = await run(() => deleteSprint(sprint.id));
    if (!result.ok) return;
    showNotice({ kind: 'info', message: t('sprints.deleted', { name: sprint.name }), action: undoAction(productId) });
  };

  return (
    <>
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => void start()}
        aria-label={t('sprints.startNamed', { name: sprint.name })}
      >
        {t('sprints.startShort')}
      </button>
      <button type="button" className="button button--danger button--small" onClick={() => void remove()} aria-label={t('sprints.deleteNamed', { name: sprint.name })}>
        {t('sprints.delete')}
      </button>
    </>
  );
}
