import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { plannedPoints, velocity } from '../../domain/delivery/sprints';
import type { Sprint, Story } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { dayRangeText } from '../../ui/date-text';
import { daysLeftLabel, formatPoints, sprintStatusLabel } from './sprint-words';

interface SprintCardProps {
  sprint: Sprint;
  /** The sprint's stories (the card counts their points). */
  stories: readonly Story[];
  today: string;
  /** Buttons for this sprint (start, delete). */
  children?: ReactNode;
}

/** A sprint at a glance: name (a link to its view), goal, dates, points done / planned, days left. */
export function SprintCard({ sprint, stories, today, children }: SprintCardProps) {
  const { t, language } = useTranslation();
  const done = stories.filter((s) => s.status === 'done').length;
  return (
    <article className={`sprint-card sprint-card--${sprint.status}`} aria-labelledby={`sprint-card-${sprint.id}`}>
      <header className="sprint-card__header">
        <h3 className="sprint-card__name" id={`sprint-card-${sprint.id}`}>
          <Link href={paths.sprint(sprint.productId, sprint.id)}>{sprint.name}</Link>
        </h3>
        <span className={`sprint-status sprint-status--${sprint.status}`}>{sprintStatusLabel(sprint.status, t)}</span>
      </header>
      <p className="sprint-card__goal">{sprint.goal || <span className="empty">{t('sprints.noGoal')}</span>}</p>
      <p className="sprint-card__meta">
        <span>{dayRangeText(sprint.startDate, sprint.endDate, language)}</span>
        {sprint.status === 'active' && <span>{daysLeftLabel(sprint, today, t)}</span>}
      </p>
      <p className="sprint-card__figures">
        <span>{t('sprints.pointsDone', { done: formatPoints(velocity(stories), language), planned: formatPoints(plannedPoints(stories), language) })}</span>
        <span>{t('sprints.storiesDone', { done, count: stories.length })}</span>
      </p>
      {children && <div className="sprint-card__actions">{children}</div>}
    </article>
  );
}
