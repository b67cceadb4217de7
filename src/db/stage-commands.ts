import { rankBetween } from '../domain/ranking';
import type { Lane, Stage } from '../domain/types';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { validName } from './validate';
import { activeInStage, liveStages } from './queries';

async function liveStage(w: Writer, id: string): Promise<Stage> {
  const stage = await requireLive('stages', id, 'stageMissing');
  w.scope(stage.productId, stage.name);
  return stage;
}

export async function addStage(productId: string, lane: Lane, name: string): Promise<Stage> {
  const valid = await validName(name);
  return runCommand('addStage', async (w) => {
    w.scope(productId, valid);
    const last = (await liveStages(productId)).filter((s) => s.lane === lane).at(-1);
    const now = Date.now();
    const stage: Stage = {
      id: newId(),
      productId,
      lane,
      name: valid,
      defaultKey: null,
      rank: rankBetween(last?.rank, null),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    return w.put('stages', stage);
  });
}

export async function renameStage(id: string, name: string): Promise<Stage> {
  const valid = await validName(name);
  return runCommand('renameStage', async (w) => {
    await liveStage(w, id);
    return w.update('stages', id, { name: valid, updatedAt: Date.now() });
  });
}

/** Moves a stage one place up or down inside its lane; stages never leave their lane. */
export function reorderStage(id: string, direction: -1 | 1): Promise<Stage> {
  return runCommand('reorderStage', async (w) => {
    const stage = await liveStage(w, id);
    const lane = (await liveStages(stage.productId)).filter((s) => s.lane === stage.lane);
    const index = lane.findIndex((s) => s.id === id);
    const target = index + direction;
    if (target < 0 || target >= lane.length) throw new CommandError('stageEdge');
    const [lo, hi] = direction < 0 ? [lane[target - 1], lane[target]] : [lane[target], lane[target + 1]];
    return w.update('stages', id, { rank: rankBetween(lo?.rank, hi?.rank), updatedAt: Date.now() });
  });
}

/** A stage that still holds cards cannot go: the user moves them first. */
export function removeStage(id: string): Promise<Stage> {
  return runCommand('removeStage', async (w) => {
    const stage = await liveStage(w, id);
    if ((await activeInStage(id)).length > 0) throw new CommandError('stageNotEmpty');
    const siblings = (await liveStages(stage.productId)).filter((s) => s.lane === stage.lane);
    if (siblings.length <= 1) throw new CommandError('lastStageOfLane');
    const now = Date.now();
    return w.update('stages', id, { deletedAt: now, updatedAt: now });
  });
}
