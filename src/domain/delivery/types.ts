/** Delivery records: user stories, sprints, ritual runs and their action items. */
import type { Authored, Rank } from '../types';
import type { ArtefactContent } from '../templates/instantiate';

interface Tombstoned extends Authored {
  /** Set instead of deleting, so a concurrent edit elsewhere is not silently lost. */
  deletedAt: number | null;
}

/** How a product ships: Scrum sprints (the default), or continuous flow with no sprints. */
export type Cadence = 'scrum' | 'continuous';
export const CADENCES: readonly Cadence[] = ['scrum', 'continuous'];

export type StoryStatus = 'todo' | 'inProgress' | 'done';
export const STORY_STATUSES: readonly StoryStatus[] = ['todo', 'inProgress', 'done'];

/** One acceptance criterion, in Given / When / Then form. */
export interface AcceptanceCriterion {
  id: string;
  given: string;
  when: string;
  then: string;
}

/** A user story of an initiative: "As a … I want … so that …". */
export interface Story extends Tombstoned {
  id: string;
  productId: string;
  initiativeId: string;
  asA: string;
  iWant: string;
  soThat: string;
  criteria: AcceptanceCriterion[];
  /** The estimate in story points; null until estimated. */
  points: number | null;
  status: StoryStatus;
  /** Order among the initiative's stories. */
  rank: Rank;
  /** The sprint it is planned into; null means the product backlog. */
  sprintId: string | null;
  /** The product's Definition of Ready and of Done, copied when the story was written, ticked per story. */
  ready: ArtefactContent;
  done: ArtefactContent;
  /** When it last became done (the burndown reads it); null while not done. */
  doneAt: number | null;
  /** Why it was set to Done with its Definition of Done incomplete; absent or empty otherwise. */
  doneReason?: string;
  createdAt: number;
  updatedAt: number;
}

export type SprintStatus = 'planned' | 'active' | 'closed';

/** What a closed sprint achieved, recorded when it closed so later edits never change it. */
export interface SprintResult {
  plannedPoints: number;
  /** The velocity: points of the stories done in the sprint. */
  donePoints: number;
  doneStories: number;
  unfinishedStories: number;
  /** Where the unfinished stories went: 'backlog', or the id of the sprint they moved to. */
  carriedTo: string;
}

export interface Sprint extends Tombstoned {
  id: string;
  productId: string;
  name: string;
  goal: string;
  /** Calendar dates, YYYY-MM-DD, both included; 1 to 4 weeks long. */
  startDate: string;
  endDate: string;
  status: SprintStatus;
  startedAt: number | null;
  closedAt: number | null;
  result: SprintResult | null;
  createdAt: number;
  updatedAt: number;
}

export type RitualKind = 'planning' | 'daily' | 'refinement' | 'review' | 'retrospective';
export const RITUAL_KINDS: readonly RitualKind[] = ['planning', 'daily', 'refinement', 'review', 'retrospective'];

/** A ritual run from its template: the checklist with ticks and notes, the timer and the outputs. */
export interface RitualRun extends Tombstoned {
  id: string;
  productId: string;
  /** The sprint it was run for; null in continuous flow. */
  sprintId: string | null;
  kind: RitualKind;
  /** The template version snapshot, ticks, notes and field answers. */
  content: ArtefactContent;
  participants: string[];
  /** The timebox in minutes when the run started (scaled to the sprint's length), or null. */
  timeboxMinutes: number | null;
  /** Time spent running, excluding pauses; plus the moment the timer last (re)started, null when paused. */
  elapsedMs: number;
  timerStartedAt: number | null;
  /** Planning: the sprint goal agreed. Daily: today's focus. */
  goal: string;
  /** Review: decisions taken, one per line. Daily: yesterday's blockers. */
  decisions: string[];
  startedAt: number;
  /** Set when finished: a finished run is read-only. */
  finishedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export type ActionItemStatus = 'open' | 'done' | 'dropped';

/** An action item a retrospective decided on. */
export interface ActionItem extends Tombstoned {
  id: string;
  productId: string;
  /** The retrospective run that created it. */
  runId: string;
  text: string;
  owner: string;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
  status: ActionItemStatus;
  /** The later retrospectives that reviewed it and carried it over, oldest first. */
  carriedOverIn: string[];
  closedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Whether a higher or a lower value is better for an outcome's metric. */
export type OutcomeDirection = 'increase' | 'decrease';

/** What a released initiative achieved against the KPI or key result it targeted. */
export interface Outcome {
  metric: string;
  direction: OutcomeDirection;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  conclusion: string;
  recordedAt: number;
}
