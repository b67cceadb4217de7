import { builtInTemplate, BUILTIN_IDS, type BuiltInLanguage } from '../../domain/templates/builtins';
import type { TemplateDefinition } from '../../domain/templates/types';
import type { SampleTemplates } from './content';

function builtIn(id: string, language: BuiltInLanguage): TemplateDefinition {
  const template = builtInTemplate(id, language);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
}

/** Imported by the sample content only, so the template library loads with the sample, not with the first paint. */
export function sampleTemplates(language: BuiltInLanguage): SampleTemplates {
  return {
    hypothesis: builtIn(BUILTIN_IDS.hypothesis, language),
    testCard: builtIn(BUILTIN_IDS.testCard, language),
    interview: builtIn(BUILTIN_IDS.interview, language),
    definitionOfReady: builtIn(BUILTIN_IDS.definitionOfReady, language),
    definitionOfDone: builtIn(BUILTIN_IDS.definitionOfDone, language),
    planning: builtIn(BUILTIN_IDS.planning, language),
    daily: builtIn(BUILTIN_IDS.daily, language),
    review: builtIn(BUILTIN_IDS.review, language),
    retrospective: builtIn(BUILTIN_IDS.retroStartStopContinue, language),
  };
}
