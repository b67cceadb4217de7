import { useEffect, useId, useRef, useState } from 'react';
import type { StoryRow } from '../../db/delivery-queries';
import { planStory } from '../../db/story-commands';
import { useStoryStatus } from './done-reason-dialog';
import { plannedPoints, velocity } from '../../domain/delivery/sprints';
import { storyLabel } from '../../domain/delivery/stories';
import { STORY_STATUSES, type Sprint, type StoryStatus } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { BacklogStory } from './delivery-backlog';
import { formatPoints, storiesAndPoints, storyStatusLabel } from './sprint-words';

interface SprintStoriesProps {
  productId: string;
  sprint: Sprint;
  rows: readonly StoryRow[];
}

/** The sprint's stories in three groups (to do, in progress, done), each story's status changeable while the sprint is open. */
export function SprintStories({ productId, sprint, rows }: SprintStoriesProps) {
  const { t, language } = useTranslation();
  const id = useId();
  // A story whose status changed moves to another group: its status control takes the focus back there.
  const [focusId, setFocusId] = useState<string | null>(null);
  const stories = rows.map((r) => r.story);
  const editable = sprint.status !== 'closed';

  return (
    <section className="delivery-section" aria-labelledby={`${id}-title`}>
      <h2>
        <span id={`${id}-title`}>{t('sprints.view.stories')}</span>{' '}
        {editable && (
          <span className="count">
            {t('sprints.pointsDone', { done: formatPoints(velocity(stories), language), planned: formatPoints(plannedPoints(stories), language) })}
          </span>
        )}
      </h2>
      {rows.length === 0 && <p className="empty">{t('sprints.view.noStories')}</p>}
      <div className="story-groups">
        {STORY_STATUSES.map((status) => {
          const group = rows.filter((r) => r.story.status === status);
          // A closed sprint keeps only its done stories: the empty groups would say nothing.
          if (!editable && group.length === 0) return null;
          const points = plannedPoints(group.map((r) => r.story));
          return (
            <section key={status} className={`story-group story-group--${status}`} aria-labelledby={`${id}-${status}`}>
              <h3>
                <span id={`${id}-${status}`}>{storyStatusLabel(status, t)}</span>{' '}
                <span className="count">{storiesAndPoints(group.length, points, t, language)}</span>
              </h3>
              {group.length > 0 && (
                <ul className="story-list">
                  {group.map((row) => (
                    <li key={row.story.id} className="story-row">
                      <BacklogStory productId={productId} row={row} />
                      {editable && <StoryControls row={row} focused={focusId === row.story.id} onStatusChanged={setFocusId} />}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

interface StoryControlsProps {
  row: StoryRow;
  focused: boolean;
  onStatusChanged: (storyId: string) => void;
}

/** The story's status, and taking it out of the sprint back to the backlog. */
function StoryControls({ row: { story }, focused, onStatusChanged }: StoryControlsProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const label = storyLabel(story);

  useEffect(() => {
    if (focused) select.current?.focus();
  }, [focused]);

  const status = useStoryStatus();
  const change = async (next: StoryStatus) => {
    onStatusChanged(story.id);
    if (await status.change(story, label, next)) announce(t('sprints.view.statusChanged', { story: label, status: storyStatusLabel(next, t) }));
  };
  const remove = async () => {
    const result = await run(() => planStory(story.id, null));
    if (result.ok) announce(t('sprints.view.removed', { story: label }));
  };

  return (
    <div className="story-row__plan">
      <label className="visually-hidden" htmlFor={id}>
        {t('sprints.view.statusOf', { story: label })}
      </label>
      <select id={id} ref={select} value={story.status} onChange={(e) => void change(e.target.value as StoryStatus)}>
        {STORY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {storyStatusLabel(s, t)}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void remove()} aria-label={t('sprints.view.removeNamed', { story: label })}>
        {t('sprints.view.remove')}
      </button>
      {status.dialog}
    </div>
  );
}
