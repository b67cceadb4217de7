import { isHorizon } from '../domain/strategy/roadmap';
import type { Horizon } from '../domain/strategy/types';
import type { Initiative } from '../domain/types';
import { CommandError, runCommand } from './command';
import { liveInitiativeFor } from './hypothesis-commands';

/**
 * Moves an initiative to a roadmap horizon, where it stays wherever it goes on the board; null sets
 * it back to follow its lane. Only an initiative on the board has a place on the roadmap.
 */
export function setHorizon(initiativeId: string, horizon: Horizon | null): Promise<Initiative> {
  if (horizon !== null && !isHorizon(horizon)) throw new CommandError('valueInvalid');
  return runCommand('setHorizon', async (w) => {
    const initiative = await liveInitiativeFor(w, initiativeId);
    w.scope(initiative.productId, initiative.title);
    if (initiative.status !== 'active') throw new CommandError('move.closed');
    if ((initiative.horizon ?? null) === horizon) return initiative;
    return w.update<Initiative>('initiatives', initiativeId, { horizon, updatedAt: Date.now() });
  });
}
