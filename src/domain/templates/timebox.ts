import type { Timebox } from './types';

export const MIN_SPRINT_WEEKS = 1;
export const MAX_SPRINT_WEEKS = 4;

/**
 * A ritual's timebox for a sprint of `weeks` weeks, in minutes, or null when it has none. The
 * Scrum Guide gives maxima for a one-month sprint and says shorter sprints have shorter events;
 * we scale in proportion (planning: 8 h a month, so 2 h for one week).
 */
export function timeboxMinutes(timebox: Timebox, weeks: number): number | null {
  switch (timebox.kind) {
    case 'none':
      return null;
    case 'fixed':
      return timebox.minutes;
    case 'scaled': {
      const w = Math.min(MAX_SPRINT_WEEKS, Math.max(MIN_SPRINT_WEEKS, weeks));
      return Math.round((timebox.oneMonthMinutes * w) / MAX_SPRINT_WEEKS);
    }
  }
}
