import { RITUAL_FAMILY, runTimeboxMinutes, validateRunFields, type RunFields } from '../domain/delivery/rituals';
import { RITUAL_KINDS, type RitualKind, type RitualRun, type Sprint } from '../domain/delivery/types';
import { checkedErrors, LONG_MAX } from '../domain/discovery/fields';
import { instantiate, type AnswerValue } from '../domain/templates/instantiate';
import { CommandError, newId, runCommand, ValidationError } from './command';
import { requireLive } from './command-guards';
import { withAnswers } from './artefact-content';
import { changedFields, refuseInvalid } from './command-fields';
import { liveRun, openRun } from './delivery-guards';
import { tombstoneRun } from './sprint-commands';
import { defaultTemplate, templateForStart, type TemplateLanguage } from './template-queries';

export type RunPatch = Partial<RunFields & { answers: Record<string, AnswerValue> }>;

/**
 * Starts a ritual run, for a sprint of the product or (continuous flow, or a ritual outside any
 * sprint) for none: from the given template or the product's default for the ritual, copied whole
 * so later template edits never change it, with its timebox scaled to the sprint and the timer running.
 */
export async function startRitualRun(productId: string, sprintId: string | null, kind: RitualKind, language: TemplateLanguage, templateId?: string): Promise<RitualRun> {
  if (!RITUAL_KINDS.includes(kind)) throw new CommandError('valueInvalid');
  // Templates load before the transaction: awaiting non-Dexie work inside one would end it.
  const product = await requireLive('products', productId, 'productMissing');
  const template = templateId ? await templateForStart(templateId, language) : await defaultTemplate(product, RITUAL_FAMILY[kind], language);
  if (template.family !== RITUAL_FAMILY[kind]) throw new CommandError('templateMissing');
  return runCommand('startRitualRun', async (w) => {
    await requireLive('products', productId, 'productMissing');
    let sprint: Sprint | null = null;
    if (sprintId !== null) {
      sprint = await requireLive('sprints', sprintId, 'sprintMissing');
      if (sprint.productId !== productId) throw new CommandError('otherProduct');
    }
    const now = Date.now();
    const run: RitualRun = {
      id: newId(),
      productId,
      sprintId,
      kind,
      content: instantiate(template),
      participants: [],
      timeboxMinutes: runTimeboxMinutes(template, sprint),
      elapsedMs: 0,
      timerStartedAt: now,
      goal: '',
      decisions: [],
      startedAt: now,
      finishedAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(productId, template.name);
    return w.put('ritualRuns', run);
  });
}

/** Edits a run's participants, goal, decisions or template answers; typing moments apart undoes as one. */
export async function editRitualRun(id: string, patch: RunPatch): Promise<RitualRun> {
  const { values, errors } = validateRunFields(patch);
  refuseInvalid(errors);
  return runCommand(
    'editRitualRun',
    async (w) => {
      const run = await openRun(w, id);
      const content = withAnswers(run.content, patch.answers);
      const changed = changedFields(run, { ...values, content });
      if (Object.keys(changed).length === 0) return run;
      return w.update('ritualRuns', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Ticks or unticks one checklist item of a run. */
export function tickRitualItem(id: string, itemId: string, checked: boolean): Promise<RitualRun> {
  return runCommand('tickRitualItem', async (w) => {
    const run = await openRun(w, id);
    refuseInvalid(checkedErrors(run.content.template.body, { [itemId]: checked }));
    if (run.content.checked[itemId] === checked) return run;
    const content = { ...run.content, checked: { ...run.content.checked, [itemId]: checked } };
    return w.update('ritualRuns', id, { content, updatedAt: Date.now() });
  });
}

/** Writes the note of one item of a run (any item of its template); typing moments apart undoes as one. */
export function setRitualNote(id: string, itemId: string, note: string): Promise<RitualRun> {
  return runCommand(
    'setRitualNote',
    async (w) => {
      const run = await openRun(w, id);
      const known = run.content.template.body.sections.some((s) => s.items.some((i) => i.id === itemId));
      if (!known || typeof note !== 'string') throw new ValidationError({ [itemId]: 'errors.valueInvalid' });
      if (note.length > LONG_MAX) throw new ValidationError({ [itemId]: 'errors.longTextTooLong' });
      if ((run.content.notes[itemId] ?? '') === note) return run;
      const content = { ...run.content, notes: { ...run.content.notes, [itemId]: note } };
      return w.update('ritualRuns', id, { content, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Pauses the timer, banking the time run so far; pausing a paused timer changes nothing. */
export function pauseRitualTimer(id: string): Promise<RitualRun> {
  return runCommand('pauseRitualTimer', async (w) => {
    const run = await openRun(w, id);
    if (run.timerStartedAt === null) return run;
    const now = Date.now();
    return w.update('ritualRuns', id, { elapsedMs: run.elapsedMs + Math.max(0, now - run.timerStartedAt), timerStartedAt: null, updatedAt: now });
  });
}

/** Restarts a paused timer (a run left half-way is resumed this way, after a reload or another day). */
export function resumeRitualTimer(id: string): Promise<RitualRun> {
  return runCommand('resumeRitualTimer', async (w) => {
    const run = await openRun(w, id);
    if (run.timerStartedAt !== null) return run;
    const now = Date.now();
    return w.update('ritualRuns', id, { timerStartedAt: now, updatedAt: now });
  });
}

/**
 * Finishes a run: the timer stops and the run becomes read-only. A planning run's goal, when
 * written, becomes its sprint's goal (unless the sprint has closed meanwhile).
 */
export function finishRitualRun(id: string): Promise<RitualRun> {
  return runCommand('finishRitualRun', async (w) => {
    const run = await openRun(w, id);
    const now = Date.now();
    const elapsed = run.elapsedMs + (run.timerStartedAt === null ? 0 : Math.max(0, now - run.timerStartedAt));
    if (run.kind === 'planning' && run.sprintId !== null && run.goal.trim() !== '') {
      const sprint = await w.get('sprints', run.sprintId);
      if (sprint && sprint.deletedAt === null && sprint.status !== 'closed' && sprint.goal !== run.goal.trim()) {
        await w.update('sprints', sprint.id, { goal: run.goal.trim(), updatedAt: now });
      }
    }
    return w.update('ritualRuns', id, { elapsedMs: elapsed, timerStartedAt: null, finishedAt: now, updatedAt: now });
  });
}

/** Deletes a run, finished or not, with the action items it created; one undo brings them all back. */
export function deleteRitualRun(id: string): Promise<RitualRun> {
  return runCommand('deleteRitualRun', async (w) => {
    const run = await liveRun(w, id);
    const now = Date.now();
    await tombstoneRun(w, run, now);
    return { ...run, deletedAt: now, updatedAt: now };
  });
}
