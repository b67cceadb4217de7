import { RITUAL_FAMILY, runTimeboxMinutes, validateRunFields, type RunFields } from '../domain/delivery/rituals';
import { RITUAL_KINDS, type RitualKind, type RitualRun, type Sprint } from '../domain/delivery/types';
import { checkedErrors, LONG_MAX } from '../domain/discovery/fields';
import { instantiate, type AnswerValue } from '../domain/templates/instantiate';
import { CommandError, newId, runCommand } from './command';
import { requireLive } from './command-guards';
import { withAnswers } from './artefact-content';
import { changedFields, refuseInvalid } from './command-fields';
import { liveRun, openRun } from './delivery-guards';
import { tombstoneRun } from './sprint-commands';
import { defaultTemplate, templateForStart, type TemplateLanguage } from './template-queries';

/** What the run page saves together: only the fields typed, and of the notes and answers, only the items typed. */
export type RunPatch = Partial<RunFields & { answers: Record<string, AnswerValue>; notes: Record<string, string> }>;

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
      // A closed sprint's rituals are history: a new one belongs to the next sprint.
      if (sprint.status === 'closed') throw new CommandError('sprintClosedRitual');
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

/**
 * Edits a run's participants, goal, decisions, template answers or item notes, all in one step:
 * the run page saves what was typed at once with it. Typing moments apart undoes as one.
 */
export async function editRitualRun(id: string, patch: RunPatch): Promise<RitualRun> {
  const { values, errors } = validateRunFields(patch);
  refuseInvalid(errors);
  return runCommand(
    'editRitualRun',
    async (w) => {
      const run = await openRun(w, id);
      const content = withNotes(withAnswers(run.content, patch.answers), patch.notes);
      const changed = changedFields(run, { ...values, content });
      if (Object.keys(changed).length === 0) return run;
      return w.update('ritualRuns', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** The notes of a patch merged into a run's content: any item of its template may have one. */
function withNotes(content: RitualRun['content'], notes: Record<string, string> | undefined): RitualRun['content'] {
  if (notes === undefined) return content;
  const items = new Set(content.template.body.sections.flatMap((s) => s.items.map((i) => i.id)));
  const errors: Record<string, string> = {};
  for (const [itemId, note] of Object.entries(notes)) {
    if (!items.has(itemId) || typeof note !== 'string') errors[itemId] = 'errors.valueInvalid';
    else if (note.length > LONG_MAX) errors[itemId] = 'errors.longTextTooLong';
  }
  refuseInvalid(errors);
  return { ...content, notes: { ...content.notes, ...notes } };
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
