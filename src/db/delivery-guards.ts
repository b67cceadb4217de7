import { storyLabel } from '../domain/delivery/stories';
import type { ActionItem, RitualRun, Sprint, Story } from '../domain/delivery/types';
import { CommandError, type Writer } from './command';
import { requireLive } from './command-guards';

/* Loaders the Delivery commands share: each refuses a missing or deleted record with its own code. */

/** Loads a live story and scopes the command to its product. */
export async function liveStory(w: Writer, id: string): Promise<Story> {
  const story = await requireLive('stories', id, 'storyMissing');
  w.scope(story.productId, storyLabel(story));
  return story;
}

/** Loads a live sprint and scopes the command to its product. */
export async function liveSprint(w: Writer, id: string): Promise<Sprint> {
  const sprint = await requireLive('sprints', id, 'sprintMissing');
  w.scope(sprint.productId, sprint.name);
  return sprint;
}

/** Loads a live ritual run and scopes the command to its product, labelled with its template's name. */
export async function liveRun(w: Writer, id: string): Promise<RitualRun> {
  const run = await requireLive('ritualRuns', id, 'runMissing');
  w.scope(run.productId, run.content.template.templateName);
  return run;
}

/** A run that may still change: a finished run is a record of what happened, read-only. */
export async function openRun(w: Writer, id: string): Promise<RitualRun> {
  const run = await liveRun(w, id);
  if (run.finishedAt !== null) throw new CommandError('runFinished');
  return run;
}

export async function liveActionItem(w: Writer, id: string): Promise<ActionItem> {
  const item = await requireLive('actionItems', id, 'actionItemMissing');
  w.scope(item.productId, item.text);
  return item;
}
