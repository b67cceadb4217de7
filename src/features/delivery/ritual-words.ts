import type { RitualKind, RitualRun } from '../../domain/delivery/types';
import type { TFunction } from '../../i18n/i18n';

export function ritualKindLabel(kind: RitualKind, t: TFunction): string {
  return t(`rituals.kinds.${kind}`);
}

/** What a run is called: its template's name, as the team knows it. */
export function runName(run: Pick<RitualRun, 'content'>): string {
  return run.content.template.templateName;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A stopwatch reading: 12:04, or 2:00:00 from an hour on. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A duration in words, to the minute: "42 min", "1 h 05", "2 h". */
export function formatMinutes(minutes: number, t: TFunction): string {
  const whole = Math.round(minutes);
  if (whole < 60) return t('rituals.duration.minutes', { minutes: whole });
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? t('rituals.duration.hours', { hours }) : t('rituals.duration.hoursMinutes', { hours, minutes: pad(rest) });
}

/** A run's time spent in words; under a minute reads as such rather than "0 min". */
export function formatDuration(ms: number, t: TFunction): string {
  return ms < 60_000 ? t('rituals.duration.underMinute') : formatMinutes(ms / 60_000, t);
}
