import { compareRankThenId } from '../domain/lanes';
import { isStoryReady } from '../domain/delivery/readiness';
import { cardSprint } from '../domain/delivery/sprints';
import type { ActionItem, RitualRun, Sprint, Story } from '../domain/delivery/types';
import { db } from './db';

/**
 * Delivery reads, for useLiveQuery. Each returns live (not deleted) records in display order, and
 * does all its Dexie reads before any other await (a live query tracks only what it read before).
 */

const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A story with the title of its initiative, for lists that mix initiatives (a sprint, the backlog). */
export interface StoryRow {
  story: Story;
  initiativeTitle: string;
}

export async function storiesOfInitiative(initiativeId: string): Promise<Story[]> {
  return live(await db.stories.where('initiativeId').equals(initiativeId).toArray()).sort(compareRankThenId);
}

/** Every live story of a product (throughput, reports), in no particular order. */
export async function storiesOfProduct(productId: string): Promise<Story[]> {
  return live(await db.stories.where('productId').equals(productId).toArray());
}

export async function story(id: string): Promise<Story | null> {
  const found = await db.stories.get(id);
  return found && found.deletedAt === null ? found : null;
}

export interface StoryCount {
  total: number;
  ready: number;
  done: number;
  /** The sprint the card names (see cardSprint), or null. */
  sprint: string | null;
}

/**
 * Live stories, those ready and those done, and the sprint to name, per initiative, for the cards'
 * chips; every id asked for has an entry. Two indexed reads whatever the number of cards.
 */
export async function storyCounts(initiativeIds: readonly string[]): Promise<Map<string, StoryCount>> {
  const ids = [...new Set(initiativeIds)];
  const counts = new Map<string, StoryCount>(ids.map((id) => [id, { total: 0, ready: 0, done: 0, sprint: null }]));
  if (ids.length === 0) return counts;
  const stories = live(await db.stories.where('initiativeId').anyOf(ids).toArray());
  const sprintIds = [...new Set(stories.flatMap((s) => s.sprintId ?? []))];
  const sprints = new Map((await db.sprints.bulkGet(sprintIds)).flatMap((s) => (s ? [[s.id, s] as const] : [])));
  const planned = new Map<string, Sprint[]>();
  for (const s of stories) {
    const count = counts.get(s.initiativeId)!;
    count.total += 1;
    if (s.status === 'done') count.done += 1;
    if (isStoryReady(s)) count.ready += 1;
    const sprint = s.sprintId ? sprints.get(s.sprintId) : undefined;
    if (sprint) planned.set(s.initiativeId, (planned.get(s.initiativeId) ?? []).concat(sprint));
  }
  for (const [id, list] of planned) counts.get(id)!.sprint = cardSprint(list)?.name ?? null;
  return counts;
}

/** Newest start date first; the same day, the latest created first. */
const newestSprintFirst = (a: Sprint, b: Sprint) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : b.createdAt - a.createdAt || byId(a, b));

export async function sprintsOfProduct(productId: string): Promise<Sprint[]> {
  return live(await db.sprints.where('productId').equals(productId).toArray()).sort(newestSprintFirst);
}

export async function sprint(id: string): Promise<Sprint | null> {
  const found = await db.sprints.get(id);
  return found && found.deletedAt === null ? found : null;
}

export async function activeSprint(productId: string): Promise<Sprint | null> {
  return (await sprintsOfProduct(productId)).find((s) => s.status === 'active') ?? null;
}

/** The sprints a story can be planned into: planned or active, soonest first. */
export async function openSprints(productId: string): Promise<Sprint[]> {
  return (await sprintsOfProduct(productId)).filter((s) => s.status !== 'closed').reverse();
}

/** Closed sprints, the most recently closed first (their velocity is in `result`). */
export async function closedSprints(productId: string): Promise<Sprint[]> {
  const closed = (await sprintsOfProduct(productId)).filter((s) => s.status === 'closed');
  return closed.sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0) || byId(a, b));
}

/** Rows of stories with their initiative's title, dropping those whose initiative is gone; ordered by initiative title, then rank. */
async function withTitles(stories: Story[], keep: (status: string) => boolean): Promise<StoryRow[]> {
  const initiatives = await db.initiatives.bulkGet([...new Set(stories.map((s) => s.initiativeId))]);
  const titles = new Map<string, string>();
  for (const i of initiatives) if (i && i.deletedAt === null && keep(i.status)) titles.set(i.id, i.title);
  return stories
    .filter((s) => titles.has(s.initiativeId))
    .map((s) => ({ story: s, initiativeTitle: titles.get(s.initiativeId)! }))
    .sort((a, b) => a.initiativeTitle.localeCompare(b.initiativeTitle) || a.story.initiativeId.localeCompare(b.story.initiativeId) || compareRankThenId(a.story, b.story));
}

/** A sprint and its stories (any status; the view groups them), or null once deleted. */
export function sprintWithStories(sprintId: string): Promise<{ sprint: Sprint; stories: StoryRow[] } | null> {
  return db.transaction('r', [db.sprints, db.stories, db.initiatives], async () => {
    const found = await sprint(sprintId);
    if (!found) return null;
    const stories = live(await db.stories.where('sprintId').equals(sprintId).toArray());
    return { sprint: found, stories: await withTitles(stories, () => true) };
  });
}

/**
 * The product backlog: live stories not done and planned into no sprint, of initiatives still on
 * the board (a closed initiative's leftover stories stay on its page, not in the backlog). In
 * continuous flow, where no story has a sprint, this is the work still to do.
 */
export function backlogStories(productId: string): Promise<StoryRow[]> {
  return db.transaction('r', [db.stories, db.initiatives], async () => {
    const stories = (await storiesOfProduct(productId)).filter((s) => s.sprintId === null && s.status !== 'done');
    return withTitles(stories, (status) => status === 'active');
  });
}

/** Newest first; the same moment, by id so the order never flickers. */
const newestRunFirst = (a: RitualRun, b: RitualRun) => b.startedAt - a.startedAt || byId(a, b);

/** The ritual runs of a sprint, or with null those run outside any sprint (continuous flow); newest first. */
export async function ritualRuns(productId: string, sprintId: string | null): Promise<RitualRun[]> {
  const runs = sprintId === null ? await db.ritualRuns.where('productId').equals(productId).toArray() : await db.ritualRuns.where('sprintId').equals(sprintId).toArray();
  return live(runs)
    .filter((r) => r.productId === productId && r.sprintId === sprintId)
    .sort(newestRunFirst);
}

/** Every ritual run of a product, newest first. */
export async function ritualRunsOfProduct(productId: string): Promise<RitualRun[]> {
  return live(await db.ritualRuns.where('productId').equals(productId).toArray()).sort(newestRunFirst);
}

export async function ritualRun(id: string): Promise<RitualRun | null> {
  const found = await db.ritualRuns.get(id);
  return found && found.deletedAt === null ? found : null;
}

const oldestItemFirst = (a: ActionItem, b: ActionItem) => a.createdAt - b.createdAt || byId(a, b);

/** The product's open action items, oldest first: what a retrospective reviews before anything else. */
export async function openActionItems(productId: string): Promise<ActionItem[]> {
  return live(await db.actionItems.where('productId').equals(productId).toArray())
    .filter((i) => i.status === 'open')
    .sort(oldestItemFirst);
}

/** Every live action item of a product, in every status, oldest first (a retrospective shows those it reviewed). */
export async function actionItemsOfProduct(productId: string): Promise<ActionItem[]> {
  return live(await db.actionItems.where('productId').equals(productId).toArray()).sort(oldestItemFirst);
}

/** The action items a run created, in every status, oldest first. */
export async function actionItemsOfRun(runId: string): Promise<ActionItem[]> {
  return live(await db.actionItems.where('runId').equals(runId).toArray()).sort(oldestItemFirst);
}
