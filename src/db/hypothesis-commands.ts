import { checkFields, HYPOTHESIS_RULES, shortLabel, STATUS_NOTE_RULES } from '../domain/discovery/fields';
import { canChangeStatus } from '../domain/discovery/status';
import { HYPOTHESIS_STATUSES, type Evidence, type Experiment, type Hypothesis, type HypothesisStatus, type Score, type StatusChange } from '../domain/discovery/types';
import type { AnswerValue } from '../domain/templates/instantiate';
import { startingTemplate, withAnswers } from './artefact-content';
import { CommandError, newId, runCommand, type Writer } from './command';
import { changedFields, refuseInvalid } from './command-fields';
import { requireLive } from './command-guards';
import { db } from './db';
import type { TemplateLanguage } from './template-queries';

export type HypothesisFields = Pick<Hypothesis, 'belief' | 'persona' | 'outcome' | 'signal' | 'threshold' | 'category' | 'importance' | 'evidence' | 'owner'>;
export type HypothesisPatch = Partial<HypothesisFields & { learning: string; answers: Record<string, AnswerValue> }>;

/* Shared by the discovery commands (experiments and interviews import these). */

/** Loads a live hypothesis and scopes the command to its product. */
export async function liveHypothesis(w: Writer, id: string): Promise<Hypothesis> {
  const hypothesis = await requireLive('hypotheses', id, 'hypothesisMissing');
  w.scope(hypothesis.productId, shortLabel(hypothesis.belief));
  return hypothesis;
}

/**
 * Records a status change of a hypothesis or an experiment and returns its time. Times are kept
 * strictly increasing per subject, so two changes in the same millisecond still read back in order.
 */
export async function recordStatusChange(
  w: Writer,
  subject: StatusChange['subject'],
  record: { id: string; productId: string },
  from: string | null,
  to: string,
  note = '',
): Promise<number> {
  const previous = from === null ? undefined : (await db.statusChanges.where('subjectId').equals(record.id).sortBy('at')).at(-1);
  const at = Math.max(Date.now(), (previous?.at ?? 0) + 1);
  await w.put('statusChanges', { id: newId(), productId: record.productId, subjectId: record.id, subject, from, to, at, note });
  return at;
}

/** Moves a hypothesis to a status the rules allow, with its history row. */
export async function changeHypothesisStatus(w: Writer, hypothesis: Hypothesis, to: HypothesisStatus, note = ''): Promise<Hypothesis> {
  if (!canChangeStatus(hypothesis.status, to)) throw new CommandError('statusNotAllowed');
  const at = await recordStatusChange(w, 'hypothesis', hypothesis, hypothesis.status, to, note);
  return w.update('hypotheses', hypothesis.id, { status: to, statusChangedAt: at, updatedAt: at });
}

/** Tombstones the live records of a table that point to a parent, in the caller's command. */
export async function tombstoneChildren(w: Writer, table: 'experiments' | 'evidence', index: 'hypothesisId' | 'interviewId', parentId: string, now: number) {
  const children = (await db.table(table).where(index).equals(parentId).toArray()) as (Experiment | Evidence)[];
  for (const child of children) {
    if (child.deletedAt !== null) continue;
    if (table === 'experiments') await w.update(table, child.id, { deletedAt: now, updatedAt: now });
    else await w.update(table, child.id, { deletedAt: now });
  }
}

/* The commands. */

/** Logs a hypothesis on an initiative, as a draft, from a hypothesis template. */
export async function logHypothesis(initiativeId: string, templateId: string, language: TemplateLanguage, fields: HypothesisFields): Promise<Hypothesis> {
  const { values, errors } = checkFields(HYPOTHESIS_RULES, { ...fields, learning: '' }, true);
  refuseInvalid(errors);
  const valid = values as HypothesisFields & { learning: string };
  const content = await startingTemplate(templateId, language, 'hypothesis');
  return runCommand('logHypothesis', async (w) => {
    const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
    const now = Date.now();
    const hypothesis: Hypothesis = {
      id: newId(),
      productId: initiative.productId,
      initiativeId,
      ...valid,
      status: 'draft',
      content,
      createdAt: now,
      updatedAt: now,
      statusChangedAt: now,
      deletedAt: null,
    };
    w.scope(initiative.productId, shortLabel(hypothesis.belief));
    await w.put('hypotheses', hypothesis);
    await recordStatusChange(w, 'hypothesis', hypothesis, null, 'draft');
    return hypothesis;
  });
}

/** Edits the statement, scores, owner, learning or template answers; a save that changes nothing writes nothing. */
export async function editHypothesis(id: string, patch: HypothesisPatch): Promise<Hypothesis> {
  const { values, errors } = checkFields(HYPOTHESIS_RULES, patch);
  refuseInvalid(errors);
  return runCommand(
    'editHypothesis',
    async (w) => {
      const hypothesis = await liveHypothesis(w, id);
      const content = withAnswers(hypothesis.content, patch.answers);
      const changed = changedFields(hypothesis, { ...(values as Partial<Hypothesis>), content });
      if (Object.keys(changed).length === 0) return hypothesis;
      return w.update('hypotheses', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Moves a hypothesis along draft → testing → decided (→ testing again), with a dated history row. */
export async function setHypothesisStatus(id: string, status: HypothesisStatus, note = ''): Promise<Hypothesis> {
  if (!HYPOTHESIS_STATUSES.includes(status)) throw new CommandError('statusNotAllowed');
  const { values, errors } = checkFields(STATUS_NOTE_RULES, { note }, true);
  refuseInvalid(errors);
  return runCommand('setHypothesisStatus', async (w) => {
    const hypothesis = await liveHypothesis(w, id);
    return changeHypothesisStatus(w, hypothesis, status, (values.note as string).trim());
  });
}

/** Moves a hypothesis on the assumption map; repeated moves moments apart undo as one. */
export async function rescoreHypothesis(id: string, scores: { importance: Score; evidence: Score }): Promise<Hypothesis> {
  const { values, errors } = checkFields({ importance: HYPOTHESIS_RULES.importance, evidence: HYPOTHESIS_RULES.evidence }, scores, true);
  refuseInvalid(errors);
  return runCommand(
    'rescoreHypothesis',
    async (w) => {
      const hypothesis = await liveHypothesis(w, id);
      const changed = changedFields(hypothesis, values as Partial<Hypothesis>);
      if (Object.keys(changed).length === 0) return hypothesis;
      return w.update('hypotheses', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Tombstones a hypothesis with its experiments and evidence links, so one undo brings all of them back. */
export function deleteHypothesis(id: string): Promise<Hypothesis> {
  return runCommand('deleteHypothesis', async (w) => {
    await liveHypothesis(w, id);
    const now = Date.now();
    await tombstoneChildren(w, 'experiments', 'hypothesisId', id, now);
    await tombstoneChildren(w, 'evidence', 'hypothesisId', id, now);
    return w.update('hypotheses', id, { deletedAt: now, updatedAt: now });
  });
}
