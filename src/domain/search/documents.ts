import type { RitualKind, RitualRun, Sprint, Story } from '../delivery/types';
import type { Hypothesis, Interview } from '../discovery/types';
import type { Objective, Period } from '../strategy/types';
import type { TemplateDefinition } from '../templates/types';
import type { Initiative, InitiativeStatus } from '../types';

/** What the command palette finds, in the order its groups are shown. */
export const SEARCH_KINDS = ['initiative', 'hypothesis', 'interview', 'story', 'objective', 'keyResult', 'sprint', 'ritualRun', 'template'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One record as the palette's index holds it: `title` is what the result shows and weighs most,
 * `text` the rest of what can be searched, `detail` a second line naming its context, or `parent`
 * the record whose title names it (read when shown, so renaming an initiative needs no reindexing
 * of its hypotheses). `target` is the record the result opens (a hypothesis opens its initiative).
 */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
  detail: string;
  parent: string | null;
  target: string;
  /** Changes whenever what is indexed changes: the index replaces a document only then. */
  version: string;
  /** How the results it parents name it, when not by its title alone (a killed initiative says so). */
  parentName?: string;
}

const joined = (...parts: (string | undefined | null)[]) => parts.filter((part) => part && part.trim()).join('\n');

/** Labels the documents need in the UI language, which the records do not hold. */
export interface DocumentLabels {
  ritualKind: (kind: RitualKind) => string;
  period: (period: Period) => string;
  closedStatus: (status: Exclude<InitiativeStatus, 'active'>) => string;
}

/** A killed, parked or shipped initiative stays findable with its learnings, marked as closed, with its hypotheses. */
export function initiativeDocument(initiative: Initiative, labels: DocumentLabels): SearchDocument {
  const closed = initiative.status === 'active' ? '' : labels.closedStatus(initiative.status);
  const document: SearchDocument = {
    id: `initiative:${initiative.id}`,
    kind: 'initiative',
    title: initiative.title,
    text: joined(initiative.summary, initiative.tags.join(' '), initiative.problem, initiative.owner, initiative.closeReason),
    detail: [closed, initiative.tags.join(', ')].filter(Boolean).join(' · '),
    parent: null,
    target: initiative.id,
    version: `${initiative.updatedAt}:${closed}`,
  };
  return closed ? { ...document, parentName: `${initiative.title} · ${closed}` } : document;
}

/** A hypothesis is found by any part of its statement, and opens on its initiative. */
export function hypothesisDocument(hypothesis: Hypothesis): SearchDocument {
  return {
    id: `hypothesis:${hypothesis.id}`,
    kind: 'hypothesis',
    title: hypothesis.belief,
    text: joined(hypothesis.persona, hypothesis.outcome, hypothesis.signal, hypothesis.threshold, hypothesis.learning, hypothesis.owner),
    detail: '',
    parent: hypothesis.initiativeId,
    target: hypothesis.initiativeId,
    version: String(hypothesis.updatedAt),
  };
}

/** An interview is found by its participant's alias and role, and by what they said and what it taught. */
export function interviewDocument(interview: Interview): SearchDocument {
  return {
    id: `interview:${interview.id}`,
    kind: 'interview',
    title: interview.alias,
    text: joined(interview.role, interview.quote, interview.story, interview.opportunities, interview.insights),
    detail: joined(interview.role, interview.date).replace('\n', ' · '),
    parent: null,
    target: interview.id,
    version: String(interview.updatedAt),
  };
}

export function storyDocument(story: Story): SearchDocument {
  return {
    id: `story:${story.id}`,
    kind: 'story',
    title: story.iWant,
    text: joined(story.asA, story.soThat, ...story.criteria.flatMap((c) => [c.given, c.when, c.then])),
    detail: '',
    parent: story.initiativeId,
    target: story.initiativeId,
    version: String(story.updatedAt),
  };
}

/** An objective, and each of its key results as a result of its own (both open the strategy page). */
export function objectiveDocuments(objective: Objective, labels: DocumentLabels): SearchDocument[] {
  const period = labels.period(objective.period);
  return [
    {
      id: `objective:${objective.id}`,
      kind: 'objective',
      title: objective.title,
      text: period,
      detail: period,
      parent: null,
      target: objective.id,
      version: String(objective.updatedAt),
    },
    ...objective.keyResults.map((keyResult) => ({
      id: `keyResult:${objective.id}:${keyResult.id}`,
      kind: 'keyResult' as const,
      title: keyResult.metric,
      text: '',
      detail: objective.title,
      parent: null,
      target: objective.id,
      version: String(objective.updatedAt),
    })),
  ];
}

export function sprintDocument(sprint: Sprint): SearchDocument {
  return {
    id: `sprint:${sprint.id}`,
    kind: 'sprint',
    title: sprint.name,
    text: sprint.goal,
    detail: `${sprint.startDate} – ${sprint.endDate}`,
    parent: null,
    target: sprint.id,
    version: String(sprint.updatedAt),
  };
}

export function ritualRunDocument(run: RitualRun, labels: DocumentLabels): SearchDocument {
  const date = new Date(run.startedAt).toISOString().slice(0, 10);
  return {
    id: `ritualRun:${run.id}`,
    kind: 'ritualRun',
    // A run has no name of its own: its ritual and day name it ("Daily scrum · 2026-03-04").
    title: `${labels.ritualKind(run.kind)} · ${date}`,
    text: joined(run.goal, run.decisions.join('\n'), run.participants.join(' ')),
    detail: run.goal,
    parent: run.sprintId,
    target: run.id,
    version: String(run.updatedAt),
  };
}

export function templateDocument(template: TemplateDefinition): SearchDocument {
  return {
    id: `template:${template.id}`,
    kind: 'template',
    title: template.name,
    text: template.family,
    detail: '',
    parent: null,
    target: template.id,
    // A built-in's name follows the UI language at the same version.
    version: `${template.version}:${template.name}`,
  };
}
