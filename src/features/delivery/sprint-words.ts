import { addDays, daysBetween, toLocalDate } from '../../domain/delivery/dates';
import { sprintWeeks } from '../../domain/delivery/sprints';
import type { Sprint, SprintStatus, StoryStatus } from '../../domain/delivery/types';
import type { TFunction } from '../../i18n/i18n';
import { useNow } from '../../ui/use-now';

/** Today's date where the user is, refreshed while the page stays open (a sprint's day changes at midnight). */
export function useToday(): string {
  return toLocalDate(useNow());
}

/** Points have at most one decimal (0.5 is a common estimate). */
export function formatPoints(points: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(points);
}

export function sprintStatusLabel(status: SprintStatus, t: TFunction): string {
  return t(`sprints.status.${status}`);
}

export function storyStatusLabel(status: StoryStatus, t: TFunction): string {
  return t(`sprints.storyStatus.${status}`);
}

/** How long the active sprint still runs, in words. */
export function daysLeftLabel(sprint: Pick<Sprint, 'endDate'>, today: string, t: TFunction): string {
  const left = daysBetween(today, sprint.endDate);
  if (left > 0) return t('sprints.daysLeft', { count: left });
  if (left === 0) return t('sprints.lastDay');
  return t('sprints.overdue', { count: -left });
}

/** The sprint whose dates come last: new sprints follow it. */
function lastSprint(sprints: readonly Sprint[]): Sprint | undefined {
  return [...sprints].sort((a, b) => (a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : 0))[0];
}

/** "Sprint 13" after "Sprint 12": the last sprint's number plus one, else the count of sprints plus one. */
export function nextSprintName(sprints: readonly Sprint[], t: TFunction): string {
  const last = lastSprint(sprints);
  const numbered = last?.name.match(/^(.*?)(\d+)$/);
  if (numbered) return `${numbered[1]}${Number(numbered[2]) + 1}`;
  return t('sprints.new.defaultName', { number: sprints.length + 1 });
}

/** The next sprint starts the day after the last one ends, or today when that is already past. */
export function nextSprintStart(sprints: readonly Sprint[], today: string): string {
  const last = lastSprint(sprints);
  if (!last) return today;
  const after = addDays(last.endDate, 1);
  return after > today ? after : today;
}

/** The length, in weeks, the team used last (two weeks, the most common, for a first sprint). */
export function usualWeeks(sprints: readonly Sprint[]): number {
  const last = lastSprint(sprints);
  return last ? sprintWeeks(last) : 2;
}

/** The last day of a sprint of `weeks` weeks starting on `start` (both included). */
export function endAfterWeeks(start: string, weeks: number): string {
  return addDays(start, weeks * 7 - 1);
}

/** "3 points", "1 point", "0.5 point" in French: the language's plural rule picks the word. */
export function pointsLabel(points: number, t: TFunction, language: string): string {
  return t('sprints.points', { count: points, points: formatPoints(points, language) });
}

/** "4 stories · 13 points": how much a list holds. */
export function storiesAndPoints(stories: number, points: number, t: TFunction, language: string): string {
  return `${t('sprints.storyCount', { count: stories })} · ${pointsLabel(points, t, language)}`;
}
