import { isHorizon } from '../domain/strategy/roadmap';
import type { Horizon } from '../domain/strategy/types';
import type { Initiative } from '../domain/types';
import { CommandError, runCommand } from './command';
import { requireLive } from './command-guards';

/**
 * Moves an initiative to a roadmap horizon, where it stays wherever it goes on the board; null sets
 * it back to follow its lane. Only an initiative on the board has a place on the roadmap.
 */
export function setHorizon(initiativeId: string, horizon: Horizon | null): Promise<Initiative> {
  if (horizon !== null && !isHorizon(horizon)) throw new CommandError('valueInvalid');
  return runCommand('setHorizon', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    w.scope(initiative.productId, initiative.title);
    if (initiative.status !== 'active') throw new CommandError('move.closed');
    if ((initiative.horizon ?? null) === horizon) return initiative;
    return w.update('initiatives', initiativeId, { horizon, updatedAt: Date.now() });
  });
}
