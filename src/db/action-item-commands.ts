import { validateActionItem, type ActionItemFields } from '../domain/delivery/rituals';
import type { ActionItem, RitualRun } from '../domain/delivery/types';
import { CommandError, newId, runCommand, type Writer } from './command';
import { changedFields, refuseInvalid } from './command-fields';
import { liveActionItem, openRun } from './delivery-guards';

/** A retrospective that is still running: the only place action items are decided and reviewed. */
async function openRetrospective(w: Writer, runId: string): Promise<RitualRun> {
  const run = await openRun(w, runId);
  if (run.kind !== 'retrospective') throw new CommandError('runNotRetrospective');
  return run;
}

/** Adds an action item (text, owner, due date) to a retrospective that is not finished. */
export async function addActionItem(runId: string, fields: ActionItemFields): Promise<ActionItem> {
  const { values, errors } = validateActionItem(fields, true);
  refuseInvalid(errors);
  return runCommand('addActionItem', async (w) => {
    const run = await openRetrospective(w, runId);
    const now = Date.now();
    const item: ActionItem = {
      id: newId(),
      productId: run.productId,
      runId,
      ...(values as ActionItemFields),
      status: 'open',
      carriedOverIn: [],
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(run.productId, item.text);
    return w.put('actionItems', item);
  });
}

/**
 * Edits an action item's text, owner or due date. It outlives its retrospective (later ones review
 * it), so it stays editable after that run is finished. Typing moments apart undoes as one.
 */
export async function editActionItem(id: string, patch: Partial<ActionItemFields>): Promise<ActionItem> {
  const { values, errors } = validateActionItem(patch);
  refuseInvalid(errors);
  return runCommand(
    'editActionItem',
    async (w) => {
      const item = await liveActionItem(w, id);
      const changed = changedFields(item, values);
      if (Object.keys(changed).length === 0) return item;
      return w.update('actionItems', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Closes an open action item as done, or dropped (no longer worth doing). */
export async function closeActionItem(id: string, status: 'done' | 'dropped'): Promise<ActionItem> {
  if (status !== 'done' && status !== 'dropped') throw new CommandError('valueInvalid');
  return runCommand('closeActionItem', async (w) => {
    const item = await liveActionItem(w, id);
    if (item.status !== 'open') throw new CommandError('actionItemClosed');
    const now = Date.now();
    return w.update('actionItems', id, { status, closedAt: now, updatedAt: now });
  });
}

export function reopenActionItem(id: string): Promise<ActionItem> {
  return runCommand('reopenActionItem', async (w) => {
    const item = await liveActionItem(w, id);
    if (item.status === 'open') throw new CommandError('actionItemOpen');
    const now = Date.now();
    return w.update('actionItems', id, { status: 'open', closedAt: null, updatedAt: now });
  });
}

/**
 * Records that a later retrospective reviewed an open action item and kept it: the run is appended
 * to carriedOverIn (once). The retrospective must be running, of the same product, and not the
 * one that created the item.
 */
export function carryOverActionItem(id: string, runId: string): Promise<ActionItem> {
  return runCommand('carryOverActionItem', async (w) => {
    const item = await liveActionItem(w, id);
    if (item.status !== 'open') throw new CommandError('actionItemClosed');
    const run = await openRetrospective(w, runId);
    if (run.productId !== item.productId) throw new CommandError('otherProduct');
    if (run.id === item.runId) throw new CommandError('carryOverSameRun');
    w.scope(item.productId, item.text);
    if (item.carriedOverIn.includes(runId)) return item;
    return w.update('actionItems', id, { carriedOverIn: [...item.carriedOverIn, runId], updatedAt: Date.now() });
  });
}
