import { useId, useState, type FormEvent } from 'react';
import type { StoryRow } from '../../db/delivery-queries';
import { closeSprint } from '../../db/sprint-commands';
import { closePlan, unfinishedStories, type CarryTarget } from '../../domain/delivery/carry-over';
import { storyLabel, uncheckedDone } from '../../domain/delivery/stories';
import type { Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { dayRangeText } from '../../ui/date-text';
import { NewSprintDialog } from './sprint-new-dialog';
import { formatPoints, pointsLabel } from './sprint-words';
import { releaseInitiatives, releaseProposals } from '../../db/sprint-flow';
import { showNotice } from '../../ui/notices';

interface CloseSprintDialogProps {
  sprint: Sprint;
  rows: readonly StoryRow[];
  /** Every sprint of the product: the planned ones can take the unfinished stories. */
  sprints: readonly Sprint[];
  today: string;
  onClose: () => void;
}

/**
 * Closes the active sprint: says what is unfinished, asks where it goes (the backlog or a planned
 * sprint, which can be created here), and shows the figures that closing will record.
 */
export function CloseSprintDialog({ sprint, rows, sprints, today, onClose }: CloseSprintDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const planned = sprints.filter((s) => s.status === 'planned').reverse();
  const [target, setTarget] = useState<CarryTarget>(() => planned[0]?.id ?? 'backlog');
  const [creating, setCreating] = useState(false);
  const stories = rows.map((r) => r.story);
  const left = unfinishedStories(sprint.id, stories);
  // A target that no longer exists (deleted meanwhile) falls back to the backlog.
  const chosen = target === 'backlog' || planned.some((s) => s.id === target) ? target : 'backlog';
  const { result } = closePlan(sprint, stories, chosen);
  const points = (n: number) => formatPoints(n, language);
  const leftPoints = left.reduce((n, s) => n + (s.points ?? 0), 0);
  // Counted as done in the velocity; said here, with the reasons given, before the figures are kept.
  const doneShort = stories.filter((s) => s.status === 'done' && uncheckedDone(s).length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const closed = await run(() => closeSprint(sprint.id, { unfinished: chosen }));
    if (!closed.ok) return;
    announce(t('sprints.close.closed', { name: sprint.name, points: points(result.donePoints) }));
    onClose();
    // Cards whose stories are all done now: Released is proposed, not imposed.
    const finished = await releaseProposals(sprint.id);
    if (finished.length === 0) return;
    showNotice({
      kind: 'info',
      persistent: true,
      message: finished.length === 1 ? t('sprints.close.releaseOne', { title: finished[0]!.title }) : t('sprints.close.releaseMany', { count: finished.length }),
      action: { label: t('sprints.close.release'), run: () => void run(() => releaseInitiatives(sprint.productId, finished.map((i) => i.id))) },
    });
  };

  return (
    <Dialog title={t('sprints.close.title', { name: sprint.name })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {left.length === 0 ? (
          <p>{t('sprints.close.allDone')}</p>
        ) : (
          <>
            <p>{t('sprints.close.unfinished', { count: left.length, points: points(leftPoints) })}</p>
            <ul className="close-sprint__stories">
              {left.map((s) => (
                <li key={s.id}>
                  {storyLabel(s)} <span className="count">· {s.points === null ? t('sprints.unestimated') : pointsLabel(s.points, t, language)}</span>
                </li>
              ))}
            </ul>
            <fieldset className="field">
              <legend>{t('sprints.close.where')}</legend>
              <label className="choice">
                <input type="radio" name={`${id}-target`} value="backlog" checked={chosen === 'backlog'} onChange={() => setTarget('backlog')} />
                {t('sprints.close.toBacklog')}
              </label>
              {planned.map((s) => (
                <label key={s.id} className="choice">
                  <input type="radio" name={`${id}-target`} value={s.id} checked={chosen === s.id} onChange={() => setTarget(s.id)} />
                  {t('sprints.close.toSprint', { name: s.name, dates: dayRangeText(s.startDate, s.endDate, language) })}
                </label>
              ))}
              <div>
                <button type="button" className="button button--small" onClick={() => setCreating(true)}>
                  {planned.length === 0 ? t('sprints.close.createNext') : t('sprints.close.createAnother')}
                </button>
              </div>
            </fieldset>
          </>
        )}
        {doneShort.length > 0 && (
          <div className="close-sprint__dod" role="note">
            <p>{t('sprints.close.doneShort', { count: doneShort.length })}</p>
            <ul className="close-sprint__stories">
              {doneShort.map((s) => (
                <li key={s.id}>
                  {storyLabel(s)}
                  {s.doneReason && <span className="count"> · {s.doneReason}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="close-sprint__velocity">
          {t('sprints.close.velocity', { points: points(result.donePoints), planned: points(result.plannedPoints), done: result.doneStories, count: result.doneStories + result.unfinishedStories })}
        </p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('sprints.close.submit')}
          </button>
        </div>
      </form>
      {creating && <NewSprintDialog productId={sprint.productId} sprints={sprints} today={today} onCreated={(s) => setTarget(s.id)} onClose={() => setCreating(false)} />}
    </Dialog>
  );
}
