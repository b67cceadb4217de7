import type { Cadence, Story } from './types';

/**
 * The board follows the sprint (a product setting, on by default): an initiative's work starts when
 * one of its stories is in the active sprint (Scrum) or in progress (continuous flow), and the card
 * then moves from Ready to In sprint; once every one of its stories is done at a sprint's close,
 * the app proposes Released.
 */

type FlowStory = Pick<Story, 'initiativeId' | 'sprintId' | 'status' | 'deletedAt'>;

/** Whether the product's board follows its sprints: absent means yes. */
export function followsSprint(product: { boardFollowsSprint?: boolean }): boolean {
  return product.boardFollowsSprint !== false;
}

/** The initiatives whose work has started, given their live stories. */
export function startedInitiatives(stories: readonly FlowStory[], cadence: Cadence, activeSprintId: string | null): Set<string> {
  const started = stories.filter((s) => s.deletedAt === null && (cadence === 'continuous' ? s.status === 'inProgress' : activeSprintId !== null && s.sprintId === activeSprintId));
  return new Set(started.map((s) => s.initiativeId));
}

/** The initiatives among those given whose live stories are all done (and that have at least one). */
export function finishedInitiatives(stories: readonly FlowStory[], initiativeIds: Iterable<string>): Set<string> {
  const finished = new Set<string>();
  for (const id of initiativeIds) {
    const own = stories.filter((s) => s.initiativeId === id && s.deletedAt === null);
    if (own.length > 0 && own.every((s) => s.status === 'done')) finished.add(id);
  }
  return finished;
}
