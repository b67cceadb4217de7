import { compareRankThenId } from '../domain/lanes';
import { rankBetween } from '../domain/ranking';
import { validateObjective, type ObjectiveFields } from '../domain/strategy/fields';
import { KEY_RESULTS_MAX, validateKeyResult, withReading, type KeyResultFields } from '../domain/strategy/key-results';
import type { KeyResult, Objective } from '../domain/strategy/types';
import type { Initiative } from '../domain/types';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { db } from './db';

/** A new key result: the metric is required, the values may come later. */
export type KeyResultDraft = Pick<KeyResultFields, 'metric'> & Partial<KeyResultFields>;

/** Loads a live objective and scopes the command to its product. */
async function liveObjective(w: Writer, id: string): Promise<Objective> {
  const objective = await requireLive('objectives', id, 'objectiveMissing');
  w.scope(objective.productId, objective.title);
  return objective;
}

/** Writes an objective for a period, last among the product's objectives; key results come next. */
export async function createObjective(productId: string, fields: ObjectiveFields): Promise<Objective> {
  const { values, errors } = validateObjective(fields, true);
  refuseInvalid(errors);
  return runCommand('createObjective', async (w) => {
    await requireLive('products', productId, 'productMissing');
    const existing = (await db.objectives.where('productId').equals(productId).toArray()).filter((o) => o.deletedAt === null).sort(compareRankThenId);
    const now = Date.now();
    const objective: Objective = {
      id: newId(),
      productId,
      title: values.title!,
      period: values.period!,
      keyResults: [],
      rank: rankBetween(existing.at(-1)?.rank, null),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(productId, objective.title);
    return w.put('objectives', objective);
  });
}

/** Edits an objective's title or period; typing moments apart undoes as one. */
export async function editObjective(id: string, patch: Partial<ObjectiveFields>): Promise<Objective> {
  const { values, errors } = validateObjective(patch);
  refuseInvalid(errors);
  return runCommand(
    'editObjective',
    async (w) => {
      const objective = await liveObjective(w, id);
      const changed = changedFields(objective, values);
      if (Object.keys(changed).length === 0) return objective;
      return w.update('objectives', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/**
 * Deletes an objective with a tombstone. Its initiatives keep their link, read as none while the
 * objective is deleted, so undo (or a sync peer) brings everything back as it was.
 */
export function deleteObjective(id: string): Promise<Objective> {
  return runCommand('deleteObjective', async (w) => {
    await liveObjective(w, id);
    const now = Date.now();
    return w.update('objectives', id, { deletedAt: now, updatedAt: now });
  });
}

/** Adds a key result at the end of an objective's; returns it. */
export async function addKeyResult(objectiveId: string, draft: KeyResultDraft): Promise<KeyResult> {
  const { values, errors } = validateKeyResult(draft, true);
  refuseInvalid(errors);
  return runCommand('addKeyResult', async (w) => {
    const objective = await liveObjective(w, objectiveId);
    if (objective.keyResults.length >= KEY_RESULTS_MAX) throw new CommandError('tooManyKeyResults');
    const keyResult: KeyResult = { id: newId(), ...(values as KeyResultFields) };
    await w.update('objectives', objectiveId, { keyResults: [...objective.keyResults, keyResult], updatedAt: Date.now() });
    return keyResult;
  });
}

function keyResultIn(objective: Objective, keyResultId: string): KeyResult {
  const keyResult = objective.keyResults.find((kr) => kr.id === keyResultId);
  if (!keyResult) throw new CommandError('keyResultMissing');
  return keyResult;
}

/** Edits a key result's metric or values (such as today's current value); typing moments apart undoes as one. */
export async function editKeyResult(objectiveId: string, keyResultId: string, patch: Partial<KeyResultFields>): Promise<KeyResult> {
  const { values, errors } = validateKeyResult(patch);
  refuseInvalid(errors);
  return runCommand(
    'editKeyResult',
    async (w) => {
      const objective = await liveObjective(w, objectiveId);
      const keyResult = keyResultIn(objective, keyResultId);
      const changed = changedFields(keyResult, values);
      if (Object.keys(changed).length === 0) return keyResult;
      const now = Date.now();
      // A current value typed by hand is a reading too, dated, so the key result's history is whole.
      const typed = { ...keyResult, ...changed };
      const edited = 'current' in changed && typed.current !== null ? withReading(typed, { at: now, value: typed.current }) : typed;
      await w.update('objectives', objectiveId, { keyResults: objective.keyResults.map((kr) => (kr.id === keyResultId ? edited : kr)), updatedAt: now });
      return edited;
    },
    { coalesce: true },
  );
}

/** Removes a key result; initiatives that named it still serve its objective (the link to it reads as none). */
export function removeKeyResult(objectiveId: string, keyResultId: string): Promise<Objective> {
  return runCommand('removeKeyResult', async (w) => {
    const objective = await liveObjective(w, objectiveId);
    keyResultIn(objective, keyResultId);
    return w.update('objectives', objectiveId, { keyResults: objective.keyResults.filter((kr) => kr.id !== keyResultId), updatedAt: Date.now() });
  });
}

/**
 * Links an initiative to the objective it serves, and optionally one of its key results; null
 * unlinks it (and drops the key result). The objective must be live and of the same product.
 */
export function linkInitiative(initiativeId: string, objectiveId: string | null, keyResultId: string | null): Promise<Initiative> {
  return runCommand('linkInitiative', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    w.scope(initiative.productId, initiative.title);
    const keyResult = objectiveId === null ? null : keyResultId;
    if (objectiveId !== null) {
      const objective = await requireLive('objectives', objectiveId, 'objectiveMissing');
      if (objective.productId !== initiative.productId) throw new CommandError('otherProduct');
      if (keyResult !== null) keyResultIn(objective, keyResult);
    }
    if ((initiative.objectiveId ?? null) === objectiveId && (initiative.keyResultId ?? null) === keyResult) return initiative;
    return w.update('initiatives', initiativeId, { objectiveId, keyResultId: keyResult, updatedAt: Date.now() });
  });
}
