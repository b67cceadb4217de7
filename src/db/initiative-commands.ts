import { entersDelivery, type GateGap } from '../domain/discovery/gate';
import { checkMove } from '../domain/moves';
import { rankBetween } from '../domain/ranking';
import type { ClosedStatus, Initiative, InitiativeDraft, Transition, TransitionKind } from '../domain/types';
import { WRITE_TABLES } from './sync-outbox';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { changedFields } from './command-fields';
import { db } from './db';
import { deliveryGateFor } from './gate';
import { tombstoneChildren } from './hypothesis-commands';
import { activeInStage, liveStages, transitionsOf } from './queries';
import { validInitiativeFields } from './validate';

/** Loads the initiative a command acts on and scopes the command to its product. */
async function liveInitiative(w: Writer, id: string): Promise<Initiative> {
  const initiative = await requireLive('initiatives', id, 'initiativeMissing');
  w.scope(initiative.productId, initiative.title);
  return initiative;
}

/**
 * Records a lane/stage transition. Times are kept strictly increasing per initiative, so two
 * commands in the same millisecond still read back in the order they happened.
 */
export async function recordTransition(w: Writer, i: Initiative, kind: TransitionKind, from: Pick<Initiative, 'stageId' | 'lane'> | null, reason = '', earlier?: Transition[]) {
  const previous = (earlier ?? (await transitionsOf(i.id))).at(-1);
  const closing = kind === 'close';
  w.add('transitions', {
    id: newId(),
    productId: i.productId,
    initiativeId: i.id,
    at: Math.max(i.updatedAt, (previous?.at ?? 0) + 1),
    kind,
    fromStageId: from?.stageId ?? null,
    fromLane: from?.lane ?? null,
    toStageId: closing ? null : i.stageId,
    toLane: closing ? null : i.lane,
    status: i.status,
    reason,
  });
}

/** Where a new or reopened card goes: at the top or the bottom of its stage. */
export async function edgeRank(stageId: string, edge: 'top' | 'bottom') {
  const cards = await activeInStage(stageId);
  return edge === 'top' ? rankBetween(null, cards[0]?.rank) : rankBetween(cards.at(-1)?.rank, null);
}

/**
 * Writes a new card at an edge of a stage, with its creation transition, inside the caller's
 * command; `extra` sets fields the draft has no say in (a follow-up's link).
 */
export async function insertInitiative(
  w: Writer,
  stageId: string,
  fields: Required<InitiativeDraft>,
  at: 'top' | 'bottom',
  extra: Pick<Initiative, 'followUpOf' | 'objectiveId' | 'keyResultId'> = {},
): Promise<Initiative> {
  const stage = await requireLive('stages', stageId, 'stageMissing');
  w.scope(stage.productId, fields.title);
  const now = Date.now();
  const initiative: Initiative = {
    id: newId(),
    productId: stage.productId,
    stageId,
    lane: stage.lane,
    rank: await edgeRank(stageId, at),
    ...fields,
    ...extra,
    status: 'active',
    closeReason: '',
    closedAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  await w.put('initiatives', initiative);
  await recordTransition(w, initiative, 'create', null);
  return initiative;
}

export async function createInitiative(stageId: string, draft: InitiativeDraft, at: 'top' | 'bottom' = 'bottom'): Promise<Initiative> {
  const fields = await validInitiativeFields(draft);
  return runCommand('createInitiative', (w) => insertInitiative(w, stageId, fields, at));
}

const DRAFT_FIELDS = ['title', 'summary', 'problem', 'owner', 'tags', 'segment'] as const;

/**
 * Edits the fields the patch gives; the others stay as the record has them when the command runs,
 * so two tabs editing different fields of one initiative at the same time both keep their edit.
 * Typing moments apart undoes as one; a save that changes nothing writes nothing.
 */
export async function editInitiative(id: string, patch: Partial<InitiativeDraft>): Promise<Initiative> {
  const current = await requireLive('initiatives', id, 'initiativeMissing');
  // Every field has its own rule: checking the patch over the record checks each given field.
  const fields = await validInitiativeFields({ ...current, ...patch, title: patch.title ?? current.title });
  const given = Object.fromEntries(DRAFT_FIELDS.filter((key) => key in patch).map((key) => [key, fields[key]])) as Partial<Initiative>;
  return runCommand('editInitiative', async (w) => {
    const initiative = await liveInitiative(w, id);
    const changed = changedFields(initiative, given);
    if (Object.keys(changed).length === 0) return initiative;
    return w.patch('initiatives', initiative, { ...changed, updatedAt: Date.now() });
  }, { coalesce: true });
}

/**
 * Moves a card to a stage, between two neighbours (ids of the cards that will sit before and
 * after it, null at an edge). Writes one initiative and, when the stage changes, one transition.
 */
/** Where a card must still be for a move to apply (a replayed move must not undo a later one). */
export interface MoveExpectation {
  stageId: string;
  rank: string;
}

export interface MoveOptions {
  expect?: MoveExpectation;
  /** Why the card enters Delivery although the gate found gaps; kept in its history. */
  gateReason?: string;
}

/** Refusal of a move into Delivery that has gaps and no reason: the UI asks for one. */
export class GateError extends CommandError {
  constructor(readonly gaps: GateGap[]) {
    super('gate');
  }
}

export function moveInitiative(id: string, toStageId: string, beforeId: string | null, afterId: string | null, options: MoveOptions = {}): Promise<Initiative> {
  const reason = options.gateReason?.trim() ?? '';
  return runCommand('moveInitiative', async (w) => {
    const { expect } = options;
    // Read together: a drop waits for each round trip to the database, and then for the page. A
    // move expected within its stage records no transition (if it is not, it is refused as stale).
    const [initiative, stage, before, after, transitions] = await Promise.all([
      liveInitiative(w, id),
      requireLive('stages', toStageId, 'stageMissing'),
      beforeId ? w.get('initiatives', beforeId) : undefined,
      afterId ? w.get('initiatives', afterId) : undefined,
      expect?.stageId === toStageId ? undefined : transitionsOf(id),
    ]);
    if (expect && (initiative.stageId !== expect.stageId || initiative.rank !== expect.rank)) throw new CommandError('move.stale');
    const refusal = checkMove(initiative, stage);
    if (refusal) throw new CommandError(`move.${refusal}`);
    if (entersDelivery(initiative.lane, stage.lane)) {
      const gaps = await deliveryGateFor(id);
      if (gaps.length > 0 && !reason) throw new GateError(gaps);
    }
    const now = Date.now();
    const moved = w.patch('initiatives', initiative, {
      stageId: toStageId,
      lane: stage.lane,
      rank: rankBetween(before?.rank, after?.rank),
      updatedAt: now,
    });
    if (initiative.stageId !== toStageId) await recordTransition(w, moved, 'move', initiative, reason, transitions);
    return moved;
  });
}

export function closeInitiative(id: string, status: ClosedStatus, reason: string): Promise<Initiative> {
  return runCommand('closeInitiative', async (w) => {
    const initiative = await liveInitiative(w, id);
    if (initiative.status !== 'active') throw new CommandError('alreadyClosed');
    const now = Date.now();
    const closed = await w.update('initiatives', id, { status, closeReason: reason.trim(), closedAt: now, updatedAt: now });
    await recordTransition(w, closed, 'close', initiative, reason.trim());
    return closed;
  });
}

/** Puts a closed initiative back on the board, at the bottom of its last stage (or the first stage if that one is gone). */
export function reopenInitiative(id: string): Promise<Initiative> {
  return runCommand('reopenInitiative', async (w) => {
    const initiative = await liveInitiative(w, id);
    if (initiative.status === 'active') throw new CommandError('notClosed');
    let stage = await w.get('stages', initiative.stageId);
    if (!stage || stage.deletedAt !== null) {
      stage = (await liveStages(initiative.productId))[0];
      if (!stage) throw new CommandError('stageMissing');
    }
    const now = Date.now();
    const reopened = await w.update('initiatives', id, {
      status: 'active',
      stageId: stage.id,
      lane: stage.lane,
      rank: await edgeRank(stage.id, 'bottom'),
      closeReason: '',
      closedAt: null,
      updatedAt: now,
    });
    await recordTransition(w, reopened, 'reopen', null);
    return reopened;
  });
}

/**
 * Deletes with tombstones, in one command, the initiative and everything that is its own: its
 * stories, its hypotheses with their experiments and evidence links, and the interviews run for it
 * (its research, which has no meaning without it) with the evidence drawn from them. One undo (or a
 * sync peer) brings it all back whole; status histories stay, as deleteHypothesis leaves them.
 */
export function deleteInitiative(id: string): Promise<Initiative> {
  return runCommand('deleteInitiative', async (w) => {
    await liveInitiative(w, id);
    const now = Date.now();
    for (const story of await db.stories.where('initiativeId').equals(id).toArray()) {
      if (story.deletedAt === null) await w.update('stories', story.id, { deletedAt: now, updatedAt: now });
    }
    for (const hypothesis of await db.hypotheses.where('initiativeId').equals(id).toArray()) {
      if (hypothesis.deletedAt !== null) continue;
      await tombstoneChildren(w, 'experiments', 'hypothesisId', hypothesis.id, now);
      await tombstoneChildren(w, 'evidence', 'hypothesisId', hypothesis.id, now);
      await w.update('hypotheses', hypothesis.id, { deletedAt: now, updatedAt: now });
    }
    for (const interview of await db.interviews.where('initiativeId').equals(id).toArray()) {
      if (interview.deletedAt !== null) continue;
      await tombstoneChildren(w, 'evidence', 'interviewId', interview.id, now);
      await w.update('interviews', interview.id, { deletedAt: now, updatedAt: now });
    }
    return w.update('initiatives', id, { deletedAt: now, updatedAt: now });
  });
}

/** The "Move to…" path: to the top or bottom of a stage, for those who do not drag. */
export function moveInitiativeToEdge(id: string, toStageId: string, edge: 'top' | 'bottom', options: MoveOptions = {}): Promise<Initiative> {
  // Dexie runs the inner command inside this transaction, so the neighbours cannot change in between.
  return db.transaction('rw', WRITE_TABLES, async () => {
    const cards = (await activeInStage(toStageId)).filter((c) => c.id !== id);
    const [before, after] = edge === 'top' ? [null, cards[0]?.id ?? null] : [cards.at(-1)?.id ?? null, null];
    return moveInitiative(id, toStageId, before, after, options);
  });
}
