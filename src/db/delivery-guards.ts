import { storyLabel } from '../domain/delivery/stories';
import type { ActionItem, RitualRun, Sprint, Story } from '../domain/delivery/types';
import type { Initiative, Product } from '../domain/types';
import { CommandError, type Writer } from './command';
import { db } from './db';

/* Loaders the Delivery commands share: each refuses a missing or deleted record with its own code. */

export async function liveProductFor(w: Writer, id: string): Promise<Product> {
  const product = await w.get<Product>('products', id);
  if (!product || product.deletedAt !== null) throw new CommandError('productMissing');
  return product;
}

/** Loads a live story and scopes the command to its product. */
export async function liveStory(w: Writer, id: string): Promise<Story> {
  const story = await w.get<Story>('stories', id);
  if (!story || story.deletedAt !== null) throw new CommandError('storyMissing');
  w.scope(story.productId, storyLabel(story));
  return story;
}

/** Loads a live sprint and scopes the command to its product. */
export async function liveSprint(w: Writer, id: string): Promise<Sprint> {
  const sprint = await w.get<Sprint>('sprints', id);
  if (!sprint || sprint.deletedAt !== null) throw new CommandError('sprintMissing');
  w.scope(sprint.productId, sprint.name);
  return sprint;
}

/** Loads a live ritual run and scopes the command to its product, labelled with its template's name. */
export async function liveRun(w: Writer, id: string): Promise<RitualRun> {
  const run = await w.get<RitualRun>('ritualRuns', id);
  if (!run || run.deletedAt !== null) throw new CommandError('runMissing');
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
  const item = await w.get<ActionItem>('actionItems', id);
  if (!item || item.deletedAt !== null) throw new CommandError('actionItemMissing');
  w.scope(item.productId, item.text);
  return item;
}

/**
 * The records a command reads before its transaction (to load templates, which awaits more than
 * Dexie): the initiative and its product, both live.
 */
export async function initiativeAndProduct(initiativeId: string): Promise<{ initiative: Initiative; product: Product }> {
  const initiative = await db.initiatives.get(initiativeId);
  if (!initiative || initiative.deletedAt !== null) throw new CommandError('initiativeMissing');
  const product = await db.products.get(initiative.productId);
  if (!product || product.deletedAt !== null) throw new CommandError('productMissing');
  return { initiative, product };
}
