import { checkedErrors, checkFields, EVIDENCE_RULES, INTERVIEW_RULES, shortLabel } from '../domain/discovery/fields';
import type { Evidence, EvidenceStance, Interview } from '../domain/discovery/types';
import type { AnswerValue } from '../domain/templates/instantiate';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { startingTemplate, withAnswers } from './artefact-content';
import { changedFields, refuseInvalid } from './command-fields';
import { liveHypothesis, tombstoneChildren } from './hypothesis-commands';
import type { TemplateLanguage } from './template-queries';

export type InterviewFields = Pick<Interview, 'date' | 'alias' | 'role' | 'segment' | 'companySize' | 'initiativeId'>;
export type SnapshotFields = Pick<Interview, 'quote' | 'story' | 'opportunities' | 'insights'>;
export type InterviewPatch = Partial<InterviewFields & SnapshotFields & { answers: Record<string, AnswerValue>; checked: Record<string, boolean> }>;

const PARTICIPANT_RULES = {
  date: INTERVIEW_RULES.date,
  alias: INTERVIEW_RULES.alias,
  role: INTERVIEW_RULES.role,
  segment: INTERVIEW_RULES.segment,
  companySize: INTERVIEW_RULES.companySize,
};

/** Loads a live interview and scopes the command to its product. */
async function liveInterview(w: Writer, id: string): Promise<Interview> {
  const interview = await requireLive('interviews', id, 'interviewMissing');
  w.scope(interview.productId, interview.alias);
  return interview;
}

/** An interview may be run for one initiative of its own product, or for none. */
async function checkInitiative(productId: string, initiativeId: unknown) {
  if (initiativeId === null) return;
  if (typeof initiativeId !== 'string') throw new CommandError('initiativeMissing');
  const initiative = await requireLive('initiatives', initiativeId, 'initiativeMissing');
  if (initiative.productId !== productId) throw new CommandError('otherProduct');
}

/** Records an interview (its participant and date) from an interview guide template; the snapshot is filled in afterwards. */
export async function recordInterview(productId: string, templateId: string, language: TemplateLanguage, fields: InterviewFields): Promise<Interview> {
  const { values, errors } = checkFields(PARTICIPANT_RULES, fields, true);
  refuseInvalid(errors);
  const content = await startingTemplate(templateId, language, 'interview');
  return runCommand('recordInterview', async (w) => {
    await requireLive('products', productId, 'productMissing');
    await checkInitiative(productId, fields.initiativeId);
    const now = Date.now();
    const interview: Interview = {
      id: newId(),
      productId,
      initiativeId: fields.initiativeId,
      ...(values as Omit<InterviewFields, 'initiativeId'>),
      quote: '',
      story: '',
      opportunities: '',
      insights: '',
      content,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    w.scope(productId, interview.alias);
    return w.put('interviews', interview);
  });
}

/** Edits the participant, the snapshot, or the guide's answers and ticks; a save that changes nothing writes nothing. */
export async function editInterview(id: string, patch: InterviewPatch): Promise<Interview> {
  const { values, errors } = checkFields(INTERVIEW_RULES, patch);
  refuseInvalid(errors);
  return runCommand(
    'editInterview',
    async (w) => {
      const interview = await liveInterview(w, id);
      const next: Partial<Interview> = { ...(values as Partial<Interview>) };
      // Checked only when it changes: an interview keeps its link to an initiative deleted since.
      if ('initiativeId' in patch && patch.initiativeId !== interview.initiativeId) {
        await checkInitiative(interview.productId, patch.initiativeId);
        next.initiativeId = patch.initiativeId ?? null;
      }
      let content = withAnswers(interview.content, patch.answers);
      if (patch.checked) {
        refuseInvalid(checkedErrors(content.template.body, patch.checked));
        content = { ...content, checked: { ...content.checked, ...patch.checked } };
      }
      const changed = changedFields(interview, { ...next, content });
      if (Object.keys(changed).length === 0) return interview;
      return w.update('interviews', id, { ...changed, updatedAt: Date.now() });
    },
    { coalesce: true },
  );
}

/** Tombstones an interview and the evidence drawn from it, so one undo brings both back. */
export function deleteInterview(id: string): Promise<Interview> {
  return runCommand('deleteInterview', async (w) => {
    await liveInterview(w, id);
    const now = Date.now();
    await tombstoneChildren(w, 'evidence', 'interviewId', id, now);
    return w.update('interviews', id, { deletedAt: now, updatedAt: now });
  });
}

/** Links an excerpt of an interview to a hypothesis of the same product, as evidence for or against it. */
export async function linkEvidence(interviewId: string, hypothesisId: string, stance: EvidenceStance, excerpt: string): Promise<Evidence> {
  const { values, errors } = checkFields(EVIDENCE_RULES, { stance, excerpt }, true);
  refuseInvalid(errors);
  return runCommand('linkEvidence', async (w) => {
    const interview = await liveInterview(w, interviewId);
    const hypothesis = await liveHypothesis(w, hypothesisId);
    if (hypothesis.productId !== interview.productId) throw new CommandError('otherProduct');
    const evidence: Evidence = {
      id: newId(),
      productId: interview.productId,
      hypothesisId,
      interviewId,
      stance,
      excerpt: values.excerpt as string,
      createdAt: Date.now(),
      deletedAt: null,
    };
    w.scope(interview.productId, shortLabel(evidence.excerpt));
    return w.put('evidence', evidence);
  });
}

export function unlinkEvidence(id: string): Promise<Evidence> {
  return runCommand('unlinkEvidence', async (w) => {
    const evidence = await requireLive('evidence', id, 'evidenceMissing');
    w.scope(evidence.productId, shortLabel(evidence.excerpt));
    return w.update('evidence', id, { deletedAt: Date.now() });
  });
}
