/** Templates: the forms the board's artefacts (interviews, hypotheses, rituals, stories) start from. */

export const TEMPLATE_GROUPS = ['interviews', 'hypotheses', 'rituals', 'definitions'] as const;
export type TemplateGroup = (typeof TEMPLATE_GROUPS)[number];

/** What a template is for; a product picks one default per family (such as its retro format). */
export const TEMPLATE_FAMILIES = [
  'interview',
  'hypothesis',
  'testCard',
  'learningCard',
  'planning',
  'daily',
  'refinement',
  'review',
  'retrospective',
  'definitionOfReady',
  'definitionOfDone',
] as const;
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

export const FAMILY_GROUP: Record<TemplateFamily, TemplateGroup> = {
  interview: 'interviews',
  hypothesis: 'hypotheses',
  testCard: 'hypotheses',
  learningCard: 'hypotheses',
  planning: 'rituals',
  daily: 'rituals',
  refinement: 'rituals',
  review: 'rituals',
  retrospective: 'rituals',
  definitionOfReady: 'definitions',
  definitionOfDone: 'definitions',
};

export const FIELD_TYPES = ['shortText', 'longText', 'number', 'singleChoice', 'multipleChoice', 'checkbox', 'scale', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * One line of a section: a prompt to read (guidance, a question to ask), a checklist item to tick,
 * or a field to fill with a typed answer.
 */
export type TemplateItem =
  | { id: string; kind: 'prompt'; text: string }
  | { id: string; kind: 'check'; text: string }
  | { id: string; kind: 'field'; label: string; type: FieldType; help: string; options: string[] };

export interface TemplateSection {
  id: string;
  title: string;
  /** What the section is for, shown above its items. */
  intro: string;
  items: TemplateItem[];
}

/**
 * A ritual's timebox. `oneMonthMinutes` is the Scrum Guide's maximum for a one-month sprint,
 * scaled down for shorter sprints; `fixedMinutes` does not scale (the daily scrum is 15 minutes).
 */
export type Timebox = { kind: 'scaled'; oneMonthMinutes: number } | { kind: 'fixed'; minutes: number } | { kind: 'none' };

export interface TemplateBody {
  /** One or two sentences on what the template is and when to use it. */
  description: string;
  sections: TemplateSection[];
  timebox: Timebox;
  /** What the artefact must produce (the sprint goal, decisions, action items…). */
  outputs: string[];
}

/** A template as the library shows it: built-in (read-only, from the data files) or the team's own. */
export interface TemplateDefinition {
  id: string;
  family: TemplateFamily;
  name: string;
  builtIn: boolean;
  version: number;
  body: TemplateBody;
}

/** A team's own template as stored: the current version; past versions are kept as TemplateVersion. */
export interface StoredTemplate {
  id: string;
  family: TemplateFamily;
  name: string;
  version: number;
  body: TemplateBody;
  /** The template it was duplicated from, if any. */
  basedOn: string | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface TemplateVersion {
  id: string;
  templateId: string;
  version: number;
  name: string;
  body: TemplateBody;
  createdAt: number;
}
