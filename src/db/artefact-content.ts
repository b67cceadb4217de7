import { answerErrors } from '../domain/discovery/fields';
import { instantiate, type AnswerValue, type ArtefactContent } from '../domain/templates/instantiate';
import type { TemplateFamily } from '../domain/templates/types';
import { CommandError } from './command';
import { refuseInvalid } from './command-fields';
import { templateForStart, type TemplateLanguage } from './template-queries';

/* The template content an artefact (hypothesis, experiment, interview, ritual run) carries. */

/** The template an artefact starts from; loaded before the transaction (awaiting non-Dexie work inside one ends it). */
export async function startingTemplate(templateId: string, language: TemplateLanguage, family: TemplateFamily) {
  const template = await templateForStart(templateId, language);
  if (template.family !== family) throw new CommandError('templateMissing');
  return instantiate(template);
}

/** The answers of a patch merged into an artefact's content, or the content as it was. */
export function withAnswers(content: ArtefactContent, answers: Record<string, AnswerValue> | undefined): ArtefactContent {
  if (!answers) return content;
  refuseInvalid(answerErrors(content.template.body, answers));
  return { ...content, answers: { ...content.answers, ...answers } };
}
