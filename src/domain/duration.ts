const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DurationParts = { unit: 'days' | 'hours' | 'minutes'; value: number };

/** The largest whole unit that describes a duration, for "3 days in Discovery". */
export function durationParts(ms: number): DurationParts {
  if (ms >= DAY) return { unit: 'days', value: Math.floor(ms / DAY) };
  if (ms >= HOUR) return { unit: 'hours', value: Math.floor(ms / HOUR) };
  return { unit: 'minutes', value: Math.max(0, Math.floor(ms / MINUTE)) };
}
