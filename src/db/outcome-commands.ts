import { isReleased, measuresKeyResult, NO_OUTCOME, validateOutcome, type OutcomeFields } from '../domain/delivery/outcome';
import { withReading } from '../domain/strategy/key-results';
import { stagesOfLane } from '../domain/lanes';
import type { Initiative } from '../domain/types';
import { CommandError, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { insertInitiative } from './initiative-commands';
import { liveStages } from './queries';
import { linkedKeyResult } from './strategy-queries';
import { validInitiativeFields } from './validate';

/**
 * Records (or corrects) what a released initiative achieved: the metric, its baseline, target and
 * actual value, and a conclusion. Only the fields given change: one another tab saved meanwhile
 * keeps its value. A new actual value of the key result the initiative serves (same metric) is
 * that key result's current value too, kept with its date in its history, so the objective's
 * progress follows; one undo takes both back. Saving again moments later undoes as one.
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
      const now = Date.now();
      const saved = await w.update('initiatives', initiativeId, { outcome: { ...values!, recordedAt: now }, updatedAt: now });
      if (values!.actual !== null && values!.actual !== previous?.actual) await measureKeyResult(w, saved, values!.actual, now);
      return saved;
    },
    { coalesce: true },
  );
}

/** Within recordOutcome: the linked key result measured at the outcome's actual value, when the outcome measures it. */
async function measureKeyResult(w: Writer, initiative: Initiative, value: number, at: number): Promise<void> {
  const linked = await linkedKeyResult(initiative);
  if (!linked || !measuresKeyResult(initiative.outcome!, linked.keyResult)) return;
  const { objective, keyResult } = linked;
  const measured = withReading(keyResult, { at, value, initiativeId: initiative.id });
  await w.update('objectives', objective.id, { keyResults: objective.keyResults.map((kr) => (kr.id === keyResult.id ? measured : kr)), updatedAt: at });
}

/**
 * Starts a follow-up of an initiative: a new card at the top of the product's first Strategy stage,
 * linked back to it, with its owner, tags and segment, the objective and key result it served
 * (those still there), and what was learned as its problem statement. Returns the new initiative.
 */
export async function createFollowUp(initiativeId: string, title: string, learned = ''): Promise<Initiative> {
  const source = await requireLive('initiatives', initiativeId, 'initiativeMissing');
  const fields = await validInitiativeFields({ title, problem: learned, owner: source.owner, tags: source.tags, segment: source.segment });
  return runCommand('createFollowUp', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    const first = stagesOfLane(await liveStages(initiative.productId), 'strategy')[0];
    if (!first) throw new CommandError('stageMissing');
    const objective = initiative.objectiveId ? await w.get('objectives', initiative.objectiveId) : undefined;
    const served = objective?.deletedAt === null ? objective : undefined;
    const keyResultId = served?.keyResults.some((kr) => kr.id === initiative.keyResultId) ? initiative.keyResultId! : null;
    return insertInitiative(w, first.id, fields, 'top', { followUpOf: initiative.id, objectiveId: served?.id ?? null, keyResultId });
  });
}
