import { checkFields, EXPERIMENT_PLAN_RULES, EXPERIMENT_RESULT_RULES, shortLabel } from '../domain/discovery/fields';
import { proposedStatus } from '../domain/discovery/status';
import type { DecidedStatus, Experiment, Hypothesis, HypothesisStatus } from '../domain/discovery/types';
import type { AnswerValue } from '../domain/templates/instantiate';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { startingTemplate, withAnswers } from './artefact-content';
import { changedFields, refuseInvalid } from './command-fields';
import { changeHypothesisStatus, liveHypothesis, recordStatusChange } from './hypothesis-commands';
import type { TemplateLanguage } from './template-queries';

export type ExperimentFields = Pick<Experiment, 'method' | 'measure' | 'successCriterion' | 'deadline' | 'owner'>;
export type ExperimentResult = { observed: string; learned: string; decision: DecidedStatus; nextStep: string };
/** The learning card (observed, learned, decision, next step) can be corrected once the experiment is concluded. */
export type ExperimentPatch = Partial<ExperimentFields & ExperimentResult & { answers: Record<string, AnswerValue> }>;

const RESULT_KEYS = Object.keys(EXPERIMENT_RESULT_RULES);

/** What the undo button names for an experiment: what it measures, or else its hypothesis. */
function scopeTo(w: Writer, experiment: Experiment, hypothesis?: Hypothesis) {
  w.scope(experiment.productId, shortLabel(experiment.measure || experiment.successCriterion || hypothesis?.belief || ''));
}

/** Loads a live experiment and scopes the command to its product. */
async function liveExperiment(w: Writer, id: string): Promise<Experiment> {
  const experiment = await requireLive('experiments', id, 'experimentMissing');
  scopeTo(w, experiment);
  return experiment;
}

/** Plans an experiment for a hypothesis from a test card template; the hypothesis keeps its status. */
export async function planExperiment(hypothesisId: string, templateId: string, language: TemplateLanguage, fields: ExperimentFields): Promise<Experiment> {
  const { values, errors } = checkFields(EXPERIMENT_PLAN_RULES, fields, true);
  refuseInvalid(errors);
  const content = await startingTemplate(templateId, language, 'testCard');
  return runCommand('planExperiment', async (w) => {
    const hypothesis = await liveHypothesis(w, hypothesisId);
    const now = Date.now();
    const experiment: Experiment = {
      id: newId(),
      productId: hypothesis.productId,
      initiativeId: hypothesis.initiativeId,
      hypothesisId,
      ...(values as ExperimentFields),
      status: 'planned',
      observed: '',
      learned: '',
      decision: null,
      nextStep: '',
      content,
      createdAt: now,
      updatedAt: now,
      concludedAt: null,
      deletedAt: null,
    };
    scopeTo(w, experiment, hypothesis);
    await w.put('experiments', experiment);
    await recordStatusChange(w, 'experiment', experiment, null, 'planned');
    return experiment;
  });
}

/** Starts a planned experiment; a draft hypothesis it tests moves to testing in the same command. */
export function startExperiment(id: string): Promise<Experiment> {
  return runCommand('startExperiment', async (w) => {
    const experiment = await liveExperiment(w, id);
    if (experiment.status !== 'planned') throw new CommandError('experimentAlreadyStarted');
    const hypothesis = await liveHypothesis(w, experiment.hypothesisId);
    scopeTo(w, experiment, hypothesis);
    const at = await recordStatusChange(w, 'experiment', experiment, 'planned', 'running');
    const started = await w.update('experiments', id, { status: 'running', updatedAt: at });
    if (hypothesis.status === 'draft') await changeHypothesisStatus(w, hypothesis, 'testing');
    return started;
  });
}

/**
 * Concludes a running experiment with its learning card. The hypothesis does not change: the
 * decision is returned as the proposed status, for the user to confirm with setHypothesisStatus.
 */
export async function concludeExperiment(id: string, result: ExperimentResult): Promise<{ experiment: Experiment; proposed: HypothesisStatus }> {
  const { values, errors } = checkFields(EXPERIMENT_RESULT_RULES, result, true);
  refuseInvalid(errors);
  const valid = values as ExperimentResult;
  return runCommand('concludeExperiment', async (w) => {
    const experiment = await liveExperiment(w, id);
    if (experiment.status === 'planned') throw new CommandError('experimentNotRunning');
    if (experiment.status === 'concluded') throw new CommandError('experimentAlreadyConcluded');
    const at = await recordStatusChange(w, 'experiment', experiment, 'running', 'concluded');
    const concluded = await w.update('experiments', id, { ...valid, status: 'concluded', concludedAt: at, updatedAt: at });
    return { experiment: concluded, proposed: proposedStatus(valid.decision) };
  });
}

/** Edits the test card (and, once concluded, the learning card); a save that changes nothing writes nothing. */
export async function editExperiment(id: string, patch: ExperimentPatch): Promise<Experiment> {
  const { values, errors } = checkFields({ ...EXPERIMENT_PLAN_RULES, ...EXPERIMENT_RESULT_RULES }, patch);
  refuseInvalid(errors);
  return runCommand(
    'editExperiment',
    async (w) => {
      const experiment = await liveExperiment(w, id);
      const content = withAnswers(experiment.content, patch.answers);
      const changed = changedFields(experiment, { ...(values as Partial<Experiment>), content });
      if (Object.keys(changed).length === 0) return experiment;
      if (experiment.status !== 'concluded' && RESULT_KEYS.some((k) => k in changed)) throw new CommandError('experimentNotConcluded');
      return w.update('experiments', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

export function deleteExperiment(id: string): Promise<Experiment> {
  return runCommand('deleteExperiment', async (w) => {
    await liveExperiment(w, id);
    const now = Date.now();
    return w.update('experiments', id, { deletedAt: now, updatedAt: now });
  });
}
