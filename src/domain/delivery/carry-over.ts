import { plannedPoints, velocity } from './sprints';
import type { Sprint, SprintResult, Story } from './types';

/** Where a closing sprint sends its unfinished stories: the backlog, or a planned sprint by id. */
export type CarryTarget = 'backlog' | string;

type Closing = Pick<Story, 'id' | 'sprintId' | 'points' | 'status' | 'deletedAt'>;

/** The live stories of a sprint that are not done, in the order given. */
export function unfinishedStories<T extends Closing>(sprintId: string, stories: readonly T[]): T[] {
  return stories.filter((s) => s.deletedAt === null && s.sprintId === sprintId && s.status !== 'done');
}

export interface ClosePlan {
  result: SprintResult;
  /** Each unfinished story and the sprint it moves to (null: the backlog). */
  moves: { storyId: string; sprintId: string | null }[];
}

/**
 * What closing a sprint does, decided before anything is written: the figures it keeps (so later
 * edits of its stories never change them) and where each unfinished story goes. Done stories stay
 * in the sprint they were done in; unfinished ones keep their status.
 */
export function closePlan(sprint: Pick<Sprint, 'id'>, stories: readonly Closing[], unfinished: CarryTarget): ClosePlan {
  const scope = stories.filter((s) => s.deletedAt === null && s.sprintId === sprint.id);
  const left = unfinishedStories(sprint.id, scope);
  const target = unfinished === 'backlog' ? null : unfinished;
  return {
    result: {
      plannedPoints: plannedPoints(scope),
      donePoints: velocity(scope),
      doneStories: scope.length - left.length,
      unfinishedStories: left.length,
      carriedTo: unfinished,
    },
    moves: left.map((s) => ({ storyId: s.id, sprintId: target })),
  };
}
