/** Which automatic local snapshots to keep: the recent ones, and one a day before them. */

export const RECENT_SNAPSHOTS = 10;
/**
 * How many older days keep their last snapshot. A copy of a 5,000-card database is about 5 MB,
 * so without a bound a year of use would fill gigabytes of the browser's quota; a month back is
 * what a restore is for (older states live in exported backups).
 */
export const DAILY_SNAPSHOTS = 30;

export interface SnapshotStamp {
  id: string;
  at: number;
}

/** The local calendar day of a moment, as a key (time zones: the user's own). */
function localDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/**
 * The ids of the snapshots to delete: everything but the last ten, and the last snapshot of each
 * of the 30 older days before them (a day that already has one among the last ten needs no other).
 */
export function snapshotsToPrune(snapshots: readonly SnapshotStamp[]): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const days = new Set(newestFirst.slice(0, RECENT_SNAPSHOTS).map((s) => localDay(s.at)));
  const prune: string[] = [];
  let olderDays = 0;
  for (const snapshot of newestFirst.slice(RECENT_SNAPSHOTS)) {
    const day = localDay(snapshot.at);
    if (days.has(day) || olderDays >= DAILY_SNAPSHOTS) prune.push(snapshot.id);
    else {
      days.add(day);
      olderDays += 1;
    }
  }
  return prune;
}
