import { compareRankThenId } from '../domain/lanes';
import { checkedErrors } from '../domain/discovery/fields';
import { doneNeedsReason, isStoryStatus, storyLabel, uncheckedDone, validateStory, type StoryFields } from '../domain/delivery/stories';
import { LONG_MAX } from '../domain/limits';
import type { Story, StoryStatus } from '../domain/delivery/types';
import { instantiate } from '../domain/templates/instantiate';
import { rankBetween } from '../domain/ranking';
import { CommandError, newId, runCommand, type Writer } from './command';
import { changedFields, refuseInvalid } from './command-fields';
import { initiativeAndProduct, requireLive } from './command-guards';
import { db } from './db';
import { liveStory } from './delivery-guards';
import { defaultTemplate, type TemplateLanguage } from './template-queries';
import { followTheSprint } from './sprint-flow';

/** A new story: "I want" is required, the rest may come later. */
export type StoryDraft = Partial<StoryFields> & Pick<StoryFields, 'iWant'>;
export type StoryChecklist = 'ready' | 'done';

async function liveStoriesOf(initiativeId: string): Promise<Story[]> {
  const stories = await db.stories.where('initiativeId').equals(initiativeId).toArray();
  return stories.filter((s) => s.deletedAt === null).sort(compareRankThenId);
}

/**
 * Writes a story on an initiative, last in its order, with the product's Definition of Ready and
 * of Done copied in (the versions of the moment: later edits of the templates do not change it).
 */
export async function createStory(initiativeId: string, draft: StoryDraft, language: TemplateLanguage): Promise<Story> {
  const { values, errors } = validateStory(draft, true);
  refuseInvalid(errors);
  // Templates load before the transaction: awaiting non-Dexie work inside one would end it.
  const { product } = await initiativeAndProduct(initiativeId);
  const [ready, done] = await Promise.all([defaultTemplate(product, 'definitionOfReady', language), defaultTemplate(product, 'definitionOfDone', language)]);
  return runCommand('createStory', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    const now = Date.now();
    const story: Story = {
      id: newId(),
      productId: initiative.productId,
      initiativeId,
      ...(values as StoryFields),
      status: 'todo',
      rank: rankBetween((await liveStoriesOf(initiativeId)).at(-1)?.rank, null),
      sprintId: null,
      ready: instantiate(ready),
      done: instantiate(done),
      doneAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(story.productId, storyLabel(story));
    return w.put('stories', story);
  });
}

/** Edits the story's text, criteria or estimate; typing moments apart undoes as one; a save that changes nothing writes nothing. */
export async function editStory(id: string, patch: Partial<StoryFields>): Promise<Story> {
  const { values, errors } = validateStory(patch);
  refuseInvalid(errors);
  return runCommand(
    'editStory',
    async (w) => {
      const story = await liveStory(w, id);
      const changed = changedFields(story, values);
      if (Object.keys(changed).length === 0) return story;
      return w.update('stories', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Refusal of Done for a story whose Definition of Done is not all ticked, without a reason: the UI asks for one. */
export class DoneError extends CommandError {
  constructor(readonly unchecked: string[]) {
    super('dodIncomplete');
  }
}

/**
 * Moves a story between to do, in progress and done; doneAt records when it last became done (the
 * burndown reads it). Done with Definition of Done items unticked takes a reason, kept on the story.
 */
export async function setStoryStatus(id: string, status: StoryStatus, reason = ''): Promise<Story> {
  if (!isStoryStatus(status)) throw new CommandError('valueInvalid');
  return runCommand('setStoryStatus', async (w) => {
    const story = await liveStory(w, id);
    if (story.status === status) return story;
    if (doneNeedsReason(story, status, reason)) throw new DoneError(uncheckedDone(story));
    const now = Date.now();
    const doneReason = status === 'done' ? reason.trim().slice(0, LONG_MAX) : '';
    const changed = await w.update('stories', id, { status, doneAt: status === 'done' ? now : null, doneReason, updatedAt: now });
    // In continuous flow, the first story in progress starts its initiative's delivery.
    if (status === 'inProgress') await followTheSprint(w, story.productId, [changed], null);
    return changed;
  });
}

/** Ticks or unticks one item of the story's Definition of Ready or of Done. */
export async function tickStoryCheck(id: string, list: StoryChecklist, itemId: string, checked: boolean): Promise<Story> {
  if (list !== 'ready' && list !== 'done') throw new CommandError('valueInvalid');
  return runCommand('tickStoryCheck', async (w) => {
    const story = await liveStory(w, id);
    const content = story[list];
    refuseInvalid(checkedErrors(content.template.body, { [itemId]: checked }));
    if (content.checked[itemId] === checked) return story;
    const patch: Partial<Story> = { [list]: { ...content, checked: { ...content.checked, [itemId]: checked } }, updatedAt: Date.now() };
    return w.update('stories', id, patch);
  });
}

async function neighbour(w: Writer, id: string | null, initiativeId: string): Promise<Story | undefined> {
  if (id === null) return undefined;
  const story = await w.get('stories', id);
  if (!story || story.deletedAt !== null || story.initiativeId !== initiativeId) throw new CommandError('storyMissing');
  return story;
}

/** Orders a story among its initiative's: between two neighbours (the stories that will sit before and after it, null at an edge). */
export function moveStory(id: string, beforeId: string | null, afterId: string | null): Promise<Story> {
  return runCommand('moveStory', async (w) => {
    const story = await liveStory(w, id);
    const before = await neighbour(w, beforeId, story.initiativeId);
    const after = await neighbour(w, afterId, story.initiativeId);
    return w.update('stories', id, { rank: rankBetween(before?.rank, after?.rank), updatedAt: Date.now() });
  });
}

/** Plans a story into a sprint of its product that is not closed, or sends it back to the backlog (null). */
export function planStory(id: string, sprintId: string | null): Promise<Story> {
  return runCommand('planStory', async (w) => {
    const story = await liveStory(w, id);
    const sprint = sprintId === null ? null : await requireLive('sprints', sprintId, 'sprintMissing');
    if (sprint) {
      if (sprint.productId !== story.productId) throw new CommandError('otherProduct');
      if (sprint.status === 'closed') throw new CommandError('sprintClosed');
    }
    if (story.sprintId === sprintId) return story;
    const planned = await w.update('stories', id, { sprintId, updatedAt: Date.now() });
    if (sprint?.status === 'active') await followTheSprint(w, story.productId, [planned], sprint.id);
    return planned;
  });
}

export function deleteStory(id: string): Promise<Story> {
  return runCommand('deleteStory', async (w) => {
    await liveStory(w, id);
    const now = Date.now();
    return w.update('stories', id, { deletedAt: now, updatedAt: now });
  });
}
