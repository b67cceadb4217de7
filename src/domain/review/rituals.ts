import { RITUAL_KINDS, type ActionItem, type RitualKind, type RitualRun, type Sprint } from '../delivery/types';
import type { ReviewWindow } from './moves';
import { inSpan } from './period';

export interface HeldRitual {
  run: RitualRun;
  /** The sprint it was run for, by name; null in continuous flow or once the sprint is deleted. */
  sprintName: string | null;
}

export interface RitualsReview {
  /** The kinds run in the period, in the Scrum order, each with its runs oldest first. */
  held: { kind: RitualKind; runs: HeldRitual[] }[];
  /** The action items open today, oldest first: what the team still owes, whatever the period. */
  openActions: ActionItem[];
}

/** The rituals started in the period, by kind, and the retrospectives' action items still open. */
export function ritualsReview(
  records: { ritualRuns: readonly RitualRun[]; actionItems: readonly ActionItem[]; sprints: readonly Pick<Sprint, 'id' | 'name'>[] },
  window: ReviewWindow,
): RitualsReview {
  const sprintNames = new Map(records.sprints.map((s) => [s.id, s.name]));
  const runs = records.ritualRuns.filter((r) => inSpan(window.dayOf(r.startedAt), window.span)).sort((a, b) => a.startedAt - b.startedAt);
  const held = RITUAL_KINDS.map((kind) => ({
    kind,
    runs: runs.filter((r) => r.kind === kind).map((run) => ({ run, sprintName: run.sprintId === null ? null : (sprintNames.get(run.sprintId) ?? null) })),
  })).filter((group) => group.runs.length > 0);
  const openActions = records.actionItems.filter((i) => i.status === 'open').sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { held, openActions };
}
