import { isReleased, NO_OUTCOME, validateOutcome, type OutcomeFields } from '../domain/delivery/outcome';
import { stagesOfLane } from '../domain/lanes';
import type { Initiative } from '../domain/types';
import { CommandError, runCommand } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { insertInitiative } from './initiative-commands';
import { liveStages } from './queries';
import { validInitiativeFields } from './validate';

/**
 * Records (or corrects) what a released initiative achieved: the metric, its baseline, target and
 * actual value, and a conclusion. Only the fields given change: one another tab saved meanwhile
 * keeps its value. Saving again moments later undoes as one.
 */
export async function recordOutcome(initiativeId: string, fields: Partial<OutcomeFields>): Promise<Initiative> {
  return runCommand(
    'recordOutcome',
    async (w) => {
      const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
      w.scope(initiative.productId, initiative.title);
      if (!isReleased(initiative, await w.get('stages', initiative.stageId))) throw new CommandError('outcomeNotReleased');
      const previous = initiative.outcome ?? null;
      const { values, errors } = validateOutcome({ ...NO_OUTCOME, ...previous, ...fields });
      refuseInvalid(errors);
      // The time changes only with the figures: a save that changes nothing writes nothing.
      if (previous && Object.keys(changedFields({ ...previous }, { ...values! })).length === 0) return initiative;
      return w.update('initiatives', initiativeId, { outcome: { ...values!, recordedAt: Date.now() }, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/**
 * Starts a follow-up of an initiative: a new card at the top of the product's first Strategy stage,
 * linked back to it, with its owner, tags and segment. Returns the new initiative.
 */
export async function createFollowUp(initiativeId: string, title: string): Promise<Initiative> {
  const source = await requireLive('initiatives', initiativeId, 'initiativeMissing');
  const fields = await validInitiativeFields({ title, owner: source.owner, tags: source.tags, segment: source.segment });
  return runCommand('createFollowUp', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    const first = stagesOfLane(await liveStages(initiative.productId), 'strategy')[0];
    if (!first) throw new CommandError('stageMissing');
    return insertInitiative(w, first.id, fields, 'top', { followUpOf: initiative.id });
  });
}
