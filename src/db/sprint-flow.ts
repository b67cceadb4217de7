import Dexie from 'dexie';
import { cadenceOf } from '../domain/delivery/sprints';
import { finishedInitiatives, followsSprint, startedInitiatives } from '../domain/delivery/sprint-flow';
import type { Story } from '../domain/delivery/types';
import type { DefaultStageKey, Initiative } from '../domain/types';
import { boardFollowed } from './board-follow-events';
import { runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { db } from './db';
import { edgeRank, recordTransition } from './initiative-commands';
import { liveStages } from './queries';

/**
 * In the caller's command: moves every active card among `ids` that sits in the `from` stage to the
 * bottom of the `to` stage, each with its transition, so one undo takes the command and the moves
 * back together. Nothing moves when the product has no such stages.
 */
export async function moveBetweenStages(w: Writer, productId: string, ids: Iterable<string>, from: DefaultStageKey, to: DefaultStageKey): Promise<Initiative[]> {
  const stages = await liveStages(productId);
  const source = stages.find((s) => s.defaultKey === from);
  const target = stages.find((s) => s.defaultKey === to);
  if (!source || !target) return [];
  const moved: Initiative[] = [];
  for (const id of new Set(ids)) {
    const initiative = await w.get('initiatives', id);
    if (!initiative || initiative.deletedAt !== null || initiative.status !== 'active' || initiative.stageId !== source.id) continue;
    const rank = await edgeRank(target.id, 'bottom');
    const updated = await w.update('initiatives', id, { stageId: target.id, lane: target.lane, rank, updatedAt: Date.now() });
    await recordTransition(w, updated, 'move', initiative);
    moved.push(updated);
  }
  return moved;
}

/**
 * In the caller's command (a sprint starting, a story planned or started): the cards whose work
 * now runs move from Ready to In sprint, when the product's board follows its sprints; the app is
 * told once the command has committed.
 */
export async function followTheSprint(w: Writer, productId: string, stories: readonly Story[], activeSprintId: string | null): Promise<void> {
  const product = await w.get('products', productId);
  if (!product || !followsSprint(product)) return;
  const started = startedInitiatives(stories, cadenceOf(product), activeSprintId);
  const moved = await moveBetweenStages(w, productId, started, 'ready', 'inSprint');
  const to = moved[0] && (await w.get('stages', moved[0].stageId));
  if (to) Dexie.currentTransaction?.on('complete', () => boardFollowed(moved, to));
}

/** After a sprint's close: its cards still in In sprint whose stories are now all done, to propose Released for. */
export async function releaseProposals(sprintId: string): Promise<Initiative[]> {
  return db.transaction('r', [db.stories, db.initiatives, db.stages], async () => {
    const ids = new Set((await db.stories.where('sprintId').equals(sprintId).toArray()).map((s) => s.initiativeId));
    const stories = await db.stories.where('initiativeId').anyOf([...ids]).toArray();
    const finished = finishedInitiatives(stories, ids);
    const initiatives = (await db.initiatives.bulkGet([...finished])).filter((i): i is Initiative => !!i && i.deletedAt === null && i.status === 'active');
    const stages = await db.stages.bulkGet([...new Set(initiatives.map((i) => i.stageId))]);
    const inSprint = new Set(stages.filter((s) => s?.defaultKey === 'inSprint').map((s) => s!.id));
    return initiatives.filter((i) => inSprint.has(i.stageId));
  });
}

/** Moves the given cards from In sprint to Released (shipped, outcome to measure), in one command. */
export function releaseInitiatives(productId: string, ids: readonly string[]): Promise<Initiative[]> {
  return runCommand('releaseInitiatives', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    return moveBetweenStages(w, productId, ids, 'inSprint', 'released');
  });
}
