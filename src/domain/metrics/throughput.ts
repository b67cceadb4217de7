import { addDays, isoWeek, isoWeekStart, toLocalDate } from '../delivery/dates';
import type { ClosedStatus, Transition } from '../types';

export interface ClosedWeek {
  /** ISO week, as 2025-W03. */
  week: string;
  /** Its Monday, YYYY-MM-DD. */
  start: string;
  shipped: number;
  killed: number;
  parked: number;
}

/**
 * The close that decided an initiative's fate, or null while it is on the board: its last
 * transition when that is a close. A close later undone by a reopen counts for nothing, so a
 * card killed by mistake and brought back is not a kill.
 */
export function standingClose(history: readonly Transition[]): (Transition & { status: ClosedStatus }) | null {
  const last = history.at(-1);
  return last?.kind === 'close' && last.status !== 'active' ? (last as Transition & { status: ClosedStatus }) : null;
}

/**
 * When an initiative shipped, or null: the first time it entered a Released stage (shipped, its
 * outcome being measured), or else its standing close as shipped. Closing as shipped after
 * Released means "done measuring" and is not a second shipment. A standing kill or park wins.
 */
export function shippedAt(history: readonly Transition[], releasedStageIds: ReadonlySet<string>): number | null {
  const close = standingClose(history);
  if (close && close.status !== 'shipped') return null;
  const released = history.find((t) => t.toStageId !== null && releasedStageIds.has(t.toStageId));
  return released?.at ?? close?.at ?? null;
}

/**
 * Initiatives shipped, killed and parked per ISO week (Monday to Sunday, in the user's local
 * dates), for the `weeks` weeks up to and including today's, oldest first; weeks with none are
 * listed with zeros. Each initiative counts once: shipped in the week it shipped (shippedAt),
 * killed or parked in the week of its standing close.
 */
export function closedPerWeek(
  histories: ReadonlyMap<string, readonly Transition[]>,
  releasedStageIds: ReadonlySet<string>,
  today: string,
  weeks = 12,
  offsetMinutes?: number,
): ClosedWeek[] {
  const n = Math.max(1, weeks);
  const thisWeek = isoWeekStart(today);
  const rows = Array.from({ length: n }, (_, i): ClosedWeek => {
    const start = addDays(thisWeek, -7 * (n - 1 - i));
    return { week: isoWeek(start), start, shipped: 0, killed: 0, parked: 0 };
  });
  const byStart = new Map(rows.map((r) => [r.start, r]));
  const rowAt = (at: number) => byStart.get(isoWeekStart(toLocalDate(at, offsetMinutes)));
  for (const history of histories.values()) {
    const shipped = shippedAt(history, releasedStageIds);
    const close = standingClose(history);
    if (shipped !== null) {
      const row = rowAt(shipped);
      if (row) row.shipped += 1;
    } else if (close) {
      const row = rowAt(close.at);
      if (row) row[close.status] += 1;
    }
  }
  return rows;
}
