import { createInitiative } from '../../../src/db/initiative-commands';
import { createStory, tickStoryCheck, type StoryDraft } from '../../../src/db/story-commands';
import type { StoryFields } from '../../../src/domain/delivery/stories';
import type { AcceptanceCriterion, Story } from '../../../src/domain/delivery/types';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate, type ArtefactContent } from '../../../src/domain/templates/instantiate';
import { snapshot, type TestProduct } from './helpers';

export const CRITERION: AcceptanceCriterion = { id: 'c1', given: 'a cart with one item', when: 'I pay by card', then: 'I see the order confirmation' };

export const DRAFT: StoryFields = { asA: 'buyer', iWant: 'to pay by card', soThat: 'I get my order today', criteria: [CRITERION], points: 3 };

/** A built-in checklist, every item ticked or none. */
export function checklist(key: 'definitionOfReady' | 'definitionOfDone', ticked: boolean): ArtefactContent {
  const content = instantiate(builtInTemplate(BUILTIN_IDS[key], 'en')!);
  for (const id of Object.keys(content.checked)) content.checked[id] = ticked;
  return content;
}

/** A story that meets the Definition of Ready, with any field overridden. */
export function readyStory(overrides: Partial<Story> = {}): Story {
  return {
    id: crypto.randomUUID(),
    productId: 'p',
    initiativeId: 'i',
    ...DRAFT,
    status: 'todo',
    rank: 'a0' as Story['rank'],
    sprintId: null,
    ready: checklist('definitionOfReady', true),
    done: checklist('definitionOfDone', false),
    doneAt: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...overrides,
  };
}

/** Ticks every item of a story's Definition of Ready, one command each. */
export async function tickAllReady(story: Story) {
  for (const id of Object.keys(story.ready.checked)) await tickStoryCheck(story.id, 'ready', id, true);
}

/** An initiative in the product's Ready stage with one story, for tests that need stories. */
export async function initiativeWithStory(p: TestProduct, draft: StoryDraft = DRAFT) {
  const initiative = await createInitiative(p.stage('ready').id, { title: 'Checkout' });
  const story = await createStory(initiative.id, draft, 'en');
  return { initiative, story };
}

/** The data without the activity log: what undo must bring back exactly. */
export async function dataOnly() {
  return { ...(await snapshot()), activity: undefined };
}
