import type { TemplateFamily } from '../types';

/**
 * The built-in templates' fixed ids. Artefacts and product defaults refer to a built-in by this id,
 * so an id never changes once shipped (a new version of a template keeps its id).
 */
export const BUILTIN_IDS = {
  interview: 'builtin:interview-story-based',
  hypothesis: 'builtin:hypothesis-lean-ux',
  testCard: 'builtin:test-card',
  learningCard: 'builtin:learning-card',
  planning: 'builtin:sprint-planning',
  daily: 'builtin:daily-scrum',
  refinement: 'builtin:backlog-refinement',
  review: 'builtin:sprint-review',
  retroStartStopContinue: 'builtin:retro-start-stop-continue',
  retro4L: 'builtin:retro-4l',
  retroWentWell: 'builtin:retro-went-well',
  definitionOfReady: 'builtin:definition-of-ready',
  definitionOfDone: 'builtin:definition-of-done',
} as const;

export type BuiltInKey = keyof typeof BUILTIN_IDS;
export type BuiltInId = (typeof BUILTIN_IDS)[BuiltInKey];

/** Each built-in's family, known without loading its texts (structure.ts gives the same, a test checks). */
export const BUILTIN_FAMILIES: Record<BuiltInKey, TemplateFamily> = {
  interview: 'interview',
  hypothesis: 'hypothesis',
  testCard: 'testCard',
  learningCard: 'learningCard',
  planning: 'planning',
  daily: 'daily',
  refinement: 'refinement',
  review: 'review',
  retroStartStopContinue: 'retrospective',
  retro4L: 'retrospective',
  retroWentWell: 'retrospective',
  definitionOfReady: 'definitionOfReady',
  definitionOfDone: 'definitionOfDone',
};
