import { closePlan, type CarryTarget } from '../domain/delivery/carry-over';
import { cadenceOf, validatePatchedDates, validateSprint, validateSprintDates, type SprintFields } from '../domain/delivery/sprints';
import { CADENCES, type Cadence, type RitualRun, type Sprint, type Story } from '../domain/delivery/types';
import type { Product } from '../domain/types';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields, refuseInvalid } from './command-fields';
import { db } from './db';
import { liveSprint } from './delivery-guards';
import { followTheSprint } from './sprint-flow';
import { followsSprint } from '../domain/delivery/sprint-flow';

const liveOnly = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);

async function activeSprintOf(productId: string): Promise<Sprint | undefined> {
  return liveOnly(await db.sprints.where('productId').equals(productId).toArray()).find((s) => s.status === 'active');
}

async function storiesIn(sprintId: string): Promise<Story[]> {
  return liveOnly(await db.stories.where('sprintId').equals(sprintId).toArray());
}

/** Whether the board moves cards from Ready to In sprint when their stories start (on by default). */
export async function setBoardFollowsSprint(productId: string, follows: boolean): Promise<Product> {
  if (typeof follows !== 'boolean') throw new CommandError('valueInvalid');
  return runCommand('setBoardFollowsSprint', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    if (followsSprint(product) === follows) return product;
    return w.update('products', productId, { boardFollowsSprint: follows, updatedAt: Date.now() });
  });
}

/** Scrum sprints or continuous flow. Switching to continuous flow waits for the active sprint to close. */
export async function setCadence(productId: string, cadence: Cadence): Promise<Product> {
  if (!CADENCES.includes(cadence)) throw new CommandError('valueInvalid');
  return runCommand('setCadence', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    w.scope(productId, product.name);
    if (cadenceOf(product) === cadence) return product;
    if (cadence === 'continuous' && (await activeSprintOf(productId))) throw new CommandError('cadenceSprintActive');
    return w.update('products', productId, { cadence, updatedAt: Date.now() });
  });
}

/** Plans a sprint: a name, a goal (may come at planning), and 1 to 4 weeks of dates. */
export async function createSprint(productId: string, fields: SprintFields): Promise<Sprint> {
  const { values, errors } = validateSprint(fields, true);
  refuseInvalid({ ...errors, ...validateSprintDates(fields.startDate, fields.endDate) });
  return runCommand('createSprint', async (w) => {
    await requireLive('products', productId, 'productMissing');
    const now = Date.now();
    const sprint: Sprint = {
      id: newId(),
      productId,
      name: values.name!,
      goal: values.goal!,
      startDate: fields.startDate,
      endDate: fields.endDate,
      status: 'planned',
      startedAt: null,
      closedAt: null,
      result: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(productId, sprint.name);
    return w.put('sprints', sprint);
  });
}

/** Edits a sprint that is not closed (a closed sprint keeps the figures it closed with); typing moments apart undoes as one. */
export async function editSprint(id: string, patch: Partial<SprintFields>): Promise<Sprint> {
  const { values, errors } = validateSprint(patch);
  refuseInvalid(errors);
  return runCommand(
    'editSprint',
    async (w) => {
      const sprint = await liveSprint(w, id);
      if (sprint.status === 'closed') throw new CommandError('sprintClosed');
      const dates = { ...('startDate' in patch ? { startDate: patch.startDate } : {}), ...('endDate' in patch ? { endDate: patch.endDate } : {}) };
      refuseInvalid(Object.keys(dates).length > 0 ? validatePatchedDates(sprint, dates) : {});
      const changed = changedFields(sprint, { ...values, ...(dates as Partial<Sprint>) });
      if (Object.keys(changed).length === 0) return sprint;
      return w.update('sprints', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Starts a planned sprint: one active sprint per product, and none in continuous flow. */
export function startSprint(id: string): Promise<Sprint> {
  return runCommand('startSprint', async (w) => {
    const sprint = await liveSprint(w, id);
    if (sprint.status !== 'planned') throw new CommandError('sprintNotPlanned');
    const product = await requireLive('products', sprint.productId, 'productMissing');
    if (cadenceOf(product) === 'continuous') throw new CommandError('continuousFlow');
    if (await activeSprintOf(sprint.productId)) throw new CommandError('sprintAlreadyActive');
    const now = Date.now();
    const started = await w.update('sprints', id, { status: 'active', startedAt: now, updatedAt: now });
    await followTheSprint(w, sprint.productId, await storiesIn(id), id);
    return started;
  });
}

/** The sprint unfinished stories may move to: a planned sprint of the same product. */
async function carryTarget(w: Writer, sprint: Sprint, target: CarryTarget) {
  if (target === 'backlog') return;
  const next = await w.get('sprints', target);
  if (!next || next.deletedAt !== null || next.productId !== sprint.productId || next.status !== 'planned') throw new CommandError('sprintTargetInvalid');
}

/**
 * Closes the active sprint: records its figures (planned and done points, the velocity), then
 * sends its unfinished stories to the backlog or to a planned sprint. One undo reverts all of it.
 */
export function closeSprint(id: string, options: { unfinished: CarryTarget }): Promise<Sprint> {
  return runCommand('closeSprint', async (w) => {
    const sprint = await liveSprint(w, id);
    if (sprint.status !== 'active') throw new CommandError('sprintNotActive');
    await carryTarget(w, sprint, options.unfinished);
    const plan = closePlan(sprint, await storiesIn(id), options.unfinished);
    const now = Date.now();
    for (const move of plan.moves) await w.update('stories', move.storyId, { sprintId: move.sprintId, updatedAt: now });
    return w.update('sprints', id, { status: 'closed', closedAt: now, result: plan.result, updatedAt: now });
  });
}

/**
 * Deletes a planned sprint (one that ran keeps its history): its stories go back to the backlog,
 * and its ritual runs (a planning held ahead) are deleted with it.
 */
export function deleteSprint(id: string): Promise<Sprint> {
  return runCommand('deleteSprint', async (w) => {
    const sprint = await liveSprint(w, id);
    if (sprint.status !== 'planned') throw new CommandError('sprintNotPlanned');
    const now = Date.now();
    for (const story of await storiesIn(id)) await w.update('stories', story.id, { sprintId: null, updatedAt: now });
    for (const run of liveOnly(await db.ritualRuns.where('sprintId').equals(id).toArray())) await tombstoneRun(w, run, now);
    return w.update('sprints', id, { deletedAt: now, updatedAt: now });
  });
}

/** Tombstones a ritual run and the action items it created, in the caller's command. */
export async function tombstoneRun(w: Writer, run: RitualRun, now: number) {
  for (const item of liveOnly(await db.actionItems.where('runId').equals(run.id).toArray())) {
    await w.update('actionItems', item.id, { deletedAt: now, updatedAt: now });
  }
  await w.update('ritualRuns', run.id, { deletedAt: now, updatedAt: now });
}
