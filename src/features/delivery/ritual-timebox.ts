import type { Timebox } from '../../domain/templates/types';
import type { TFunction } from '../../i18n/i18n';
import { formatMinutes } from './ritual-words';

/**
 * The timebox in words, saying how it was scaled: "Timebox: 2 h (scaled to a 1-week sprint)".
 * `weeks` is the sprint's length, or null outside sprints (a weekly rhythm).
 */
export function timeboxText(minutes: number | null, timebox: Timebox, weeks: number | null, t: TFunction): string {
  if (minutes === null) return t('rituals.timebox.none');
  const text = t('rituals.timebox.of', { duration: formatMinutes(minutes, t) });
  if (timebox.kind !== 'scaled') return text;
  return weeks === null ? t('rituals.timebox.scaledWeekly', { timebox: text }) : t('rituals.timebox.scaled', { timebox: text, count: weeks });
}
