import { planStory } from '../../db/story-commands';
import { storyLabel } from '../../domain/delivery/stories';
import { useStoryStatus } from './done-reason-dialog';
import { STORY_STATUSES, type Sprint, type Story, type StoryStatus } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Field } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';

interface StoryPlanProps {
  story: Story;
  number: number;
  /** The product's sprints, newest first; null in continuous flow (no sprint to plan into). */
  sprints: Sprint[] | null;
}

/** The story's status, and the sprint it is planned into (or the backlog). */
export function StoryPlan({ story, number, sprints }: StoryPlanProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const status = useStoryStatus();

  const changeStatus = async (next: StoryStatus) => {
    if (await status.change(story, storyLabel(story), next)) announce(t('stories.statusChanged', { number, status: t(`stories.statuses.${next}`) }));
  };
  const plan = async (sprintId: string) => {
    const result = await run(() => planStory(story.id, sprintId || null));
    const sprint = sprints?.find((s) => s.id === sprintId);
    if (result.ok) announce(sprint ? t('stories.planned', { number, sprint: sprint.name }) : t('stories.unplanned', { number }));
  };
  // Soonest first. Closed sprints are listed only for the story that was in one; nothing can be planned into them.
  const choices = (sprints ?? []).filter((s) => s.status !== 'closed' || s.id === story.sprintId).reverse();

  return (
    <div className="field-row">
      <Field label={t('stories.status')}>
        {(props) => (
          <select {...props} value={story.status} onChange={(e) => void changeStatus(e.target.value as StoryStatus)}>
            {STORY_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`stories.statuses.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {sprints && (
        <Field label={t('stories.sprint')}>
          {(props) => (
            <select {...props} value={story.sprintId ?? ''} onChange={(e) => void plan(e.target.value)}>
              <option value="">{t('stories.backlog')}</option>
              {choices.map((s) => (
                <option key={s.id} value={s.id} disabled={s.status === 'closed'}>
                  {t(`stories.sprintStatus.${s.status}`, { name: s.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {status.dialog}
    </div>
  );
}
