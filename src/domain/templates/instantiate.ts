import type { FieldType, TemplateBody, TemplateDefinition, TemplateFamily } from './types';

export type AnswerValue = string | number | boolean | string[] | null;

/** The template version an artefact was started from, copied whole so later edits never change it. */
export interface TemplateSnapshot {
  templateId: string;
  templateVersion: number;
  templateName: string;
  family: TemplateFamily;
  body: TemplateBody;
}

/** The fillable part of an artefact (an interview, a hypothesis, a ritual run). */
export interface ArtefactContent {
  template: TemplateSnapshot;
  /** Field answers by item id. */
  answers: Record<string, AnswerValue>;
  /** Checklist items ticked, by item id. */
  checked: Record<string, boolean>;
  /** A note per item, by item id. */
  notes: Record<string, string>;
}

export function emptyAnswer(type: FieldType): AnswerValue {
  switch (type) {
    case 'shortText':
    case 'longText':
    case 'singleChoice':
      return '';
    case 'multipleChoice':
      return [];
    case 'checkbox':
      return false;
    case 'number':
    case 'scale':
    case 'date':
      return null;
  }
}

/**
 * The one way to start an artefact from a template: a deep copy of the template's current
 * version, and an empty answer for every field.
 */
export function instantiate(template: TemplateDefinition): ArtefactContent {
  const body = structuredClone(template.body);
  const answers: Record<string, AnswerValue> = {};
  const checked: Record<string, boolean> = {};
  for (const section of body.sections) {
    for (const item of section.items) {
      if (item.kind === 'field') answers[item.id] = emptyAnswer(item.type);
      if (item.kind === 'check') checked[item.id] = false;
    }
  }
  return {
    template: { templateId: template.id, templateVersion: template.version, templateName: template.name, family: template.family, body },
    answers,
    checked,
    notes: {},
  };
}

/** How many checklist items of an artefact are ticked, of how many. */
export function checklistProgress(content: Pick<ArtefactContent, 'template' | 'checked'>): { done: number; total: number } {
  const checks = content.template.body.sections.flatMap((s) => s.items.filter((i) => i.kind === 'check'));
  return { done: checks.filter((i) => content.checked[i.id]).length, total: checks.length };
}
