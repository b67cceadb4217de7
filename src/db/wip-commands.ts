import { wipLimitError } from '../domain/metrics/wip';
import type { Stage } from '../domain/types';
import { runCommand, ValidationError } from './command';
import { requireLive } from './command-guards';

/**
 * Sets a stage's soft WIP limit (a whole number from 1 to 999), or removes it with null. Typing
 * "1" then "12" moments apart undoes as one step; a value equal to the stored one writes nothing.
 */
export async function setWipLimit(stageId: string, limit: number | null): Promise<Stage> {
  const error = wipLimitError(limit);
  if (error) throw new ValidationError({ wipLimit: error });
  return runCommand(
    'setWipLimit',
    async (w) => {
      const stage = await requireLive('stages', stageId, 'stageMissing');
      w.scope(stage.productId, stage.name);
      if ((stage.wipLimit ?? null) === limit) return stage;
      return w.update('stages', stageId, { wipLimit: limit, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}
