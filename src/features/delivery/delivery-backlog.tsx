import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { StoryRow } from '../../db/delivery-queries';
import { planStory } from '../../db/story-commands';
import { readinessGaps } from '../../domain/delivery/readiness';
import { storyLabel } from '../../domain/delivery/stories';
import type { Sprint, Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { pointsLabel, storiesAndPoints } from './sprint-words';

interface BacklogProps {
  productId: string;
  rows: readonly StoryRow[];
  /** The sprints a story can be planned into (planned or active); empty in continuous flow. */
  sprints: readonly Sprint[];
  /** On a sprint's view: the sprint each story is added to, with one button. */
  target?: Sprint;
  title: string;
  empty: string;
}

/** Stories in no sprint, with their initiative, readiness and points, each plannable into a sprint. */
export function DeliveryBacklog({ productId, rows, sprints, target, title, empty }: BacklogProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const points = rows.reduce((n, r) => n + (r.story.points ?? 0), 0);
  return (
    <section className="delivery-section" aria-labelledby={`${id}-title`}>
      <h2>
        <span id={`${id}-title`}>{title}</span> <span className="count">{storiesAndPoints(rows.length, points, t, language)}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="story-list">
          {rows.map((row) => (
            <li key={row.story.id} className="story-row">
              <BacklogStory productId={productId} row={row} />
              {target ? <AddToSprint story={row.story} sprint={target} /> : sprints.length > 0 && <PlanInto story={row.story} sprints={sprints} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A story's text, its initiative (a link to its page), its readiness and its estimate. */
export function BacklogStory({ productId, row }: { productId: string; row: StoryRow }) {
  const { t, language } = useTranslation();
  const gaps = readinessGaps(row.story);
  return (
    <div className="story-row__main">
      <p className="story-row__text">{row.story.iWant}</p>
      <p className="story-row__meta">
        <Link href={paths.initiative(productId, row.story.initiativeId, 'delivery')}>{row.initiativeTitle}</Link>
        <span className={`readiness readiness--${gaps.length === 0 ? 'ready' : 'notReady'}`}>
          {gaps.length === 0 ? t('sprints.readiness.ready') : t('sprints.readiness.missing', { gaps: gaps.map((g) => t(`sprints.readiness.gaps.${g}`)).join(', ') })}
        </span>
        <span className="story-row__points">{row.story.points === null ? t('sprints.unestimated') : pointsLabel(row.story.points, t, language)}</span>
      </p>
    </div>
  );
}

function usePlan() {
  const { t } = useTranslation();
  const run = useCommand();
  return async (story: Story, sprint: Sprint) => {
    const result = await run(() => planStory(story.id, sprint.id));
    if (result.ok) announce(t('sprints.backlog.planned', { story: storyLabel(story), sprint: sprint.name }));
  };
}

function AddToSprint({ story, sprint }: { story: Story; sprint: Sprint }) {
  const { t } = useTranslation();
  const plan = usePlan();
  return (
    <button type="button" className="button button--small" onClick={() => void plan(story, sprint)} aria-label={t('sprints.backlog.addNamed', { story: storyLabel(story), sprint: sprint.name })}>
      {t('sprints.backlog.add', { sprint: sprint.name })}
    </button>
  );
}

/** A choice of sprint and a button, so choosing is not yet moving. */
function PlanInto({ story, sprints }: { story: Story; sprints: readonly Sprint[] }) {
  const { t } = useTranslation();
  const id = useId();
  const plan = usePlan();
  const [sprintId, setSprintId] = useState('');
  // The active sprint, else the next planned one.
  const chosen = sprints.find((s) => s.id === sprintId) ?? sprints.find((s) => s.status === 'active') ?? sprints[0]!;
  return (
    <div className="story-row__plan">
      <label className="visually-hidden" htmlFor={id}>
        {t('sprints.backlog.planInto', { story: storyLabel(story) })}
      </label>
      <select id={id} value={chosen.id} onChange={(e) => setSprintId(e.target.value)}>
        {sprints.map((s) => (
          <option key={s.id} value={s.id}>
            {s.status === 'active' ? t('sprints.backlog.activeOption', { name: s.name }) : s.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void plan(story, chosen)} aria-label={t('sprints.backlog.planNamed', { story: storyLabel(story) })}>
        {t('sprints.backlog.plan')}
      </button>
    </div>
  );
}
