import type { Evidence, Experiment, Hypothesis, Interview, StatusChange } from '../../domain/discovery/types';
import { instantiate, type AnswerValue, type ArtefactContent } from '../../domain/templates/instantiate';
import type { TemplateDefinition } from '../../domain/templates/types';
import { newId } from '../command';
import type { SampleContent } from './content';

export interface DiscoveryRecords {
  hypotheses: Hypothesis[];
  experiments: Experiment[];
  interviews: Interview[];
  evidence: Evidence[];
  statusChanges: StatusChange[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** yyyy-mm-dd of a time. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A fresh copy of the template with some answers and ticks filled in (only items the template has). */
export function filled(template: TemplateDefinition, answers: Record<string, AnswerValue>, checked: Record<string, boolean> = {}): ArtefactContent {
  const content = instantiate(template);
  for (const [id, value] of Object.entries(answers)) if (id in content.answers) content.answers[id] = value;
  for (const [id, value] of Object.entries(checked)) if (id in content.checked) content.checked[id] = value;
  return content;
}

/**
 * The sample product's discovery records: hypotheses with their status history and experiments,
 * interviews with their snapshots, and the evidence linking them. Times are days before `now`.
 */
export function sampleDiscoveryRecords(content: SampleContent, productId: string, initiativeIds: ReadonlyMap<string, string>, now: number): DiscoveryRecords {
  const records: DiscoveryRecords = { hypotheses: [], experiments: [], interviews: [], evidence: [], statusChanges: [] };
  const ago = (days: number) => now - days * DAY;
  const history = (subject: StatusChange['subject'], subjectId: string, steps: readonly [string, number][]) => {
    steps.forEach(([to, days], i) => {
      records.statusChanges.push({ id: newId(), productId, subjectId, subject, from: i === 0 ? null : steps[i - 1]![0], to, at: ago(days), note: '' });
    });
  };
  const hypothesisIds = new Map<string, Hypothesis>();

  for (const item of content.hypotheses) {
    const initiativeId = initiativeIds.get(item.initiative);
    if (!initiativeId) throw new Error(`sample hypothesis ${item.key}: no initiative ${item.initiative}`);
    const steps = item.history;
    const createdAt = ago(steps[0]![1]);
    const changedAt = ago(steps.at(-1)![1]);
    const hypothesis: Hypothesis = {
      id: newId(),
      productId,
      initiativeId,
      belief: item.belief,
      persona: item.persona,
      outcome: item.outcome,
      signal: item.signal,
      threshold: item.threshold,
      category: item.category,
      importance: item.importance,
      evidence: item.evidence,
      owner: item.owner,
      learning: item.learning,
      status: steps.at(-1)![0],
      content: instantiate(content.templates.hypothesis),
      createdAt,
      updatedAt: changedAt,
      statusChangedAt: changedAt,
      deletedAt: null,
    };
    records.hypotheses.push(hypothesis);
    hypothesisIds.set(item.key, hypothesis);
    history('hypothesis', hypothesis.id, steps);

    for (const e of item.experiments) {
      const last = e.history.at(-1)!;
      const experiment: Experiment = {
        id: newId(),
        productId,
        initiativeId,
        hypothesisId: hypothesis.id,
        method: e.method,
        measure: e.measure,
        successCriterion: e.successCriterion,
        deadline: isoDate(now + e.deadlineInDays * DAY),
        owner: e.owner,
        status: last[0],
        observed: e.result?.observed ?? '',
        learned: e.result?.learned ?? '',
        decision: e.result?.decision ?? null,
        nextStep: e.result?.nextStep ?? '',
        content: filled(content.templates.testCard, {
          'hypothesis.belief': item.belief,
          'hypothesis.criticality': item.importance,
          'test.experiment': e.plan,
          'test.cost': e.cost,
          'test.reliability': e.reliability,
        }),
        createdAt: ago(e.history[0]![1]),
        updatedAt: ago(last[1]),
        concludedAt: last[0] === 'concluded' ? ago(last[1]) : null,
        deletedAt: null,
      };
      records.experiments.push(experiment);
      history('experiment', experiment.id, e.history);
    }
  }

  for (const item of content.interviews) {
    const at = ago(item.daysAgo);
    const initiativeId = item.initiative === null ? null : initiativeIds.get(item.initiative);
    if (initiativeId === undefined) throw new Error(`sample interview ${item.alias}: no initiative ${item.initiative}`);
    const interview: Interview = {
      id: newId(),
      productId,
      initiativeId,
      date: isoDate(at),
      alias: item.alias,
      role: item.role,
      segment: item.segment,
      companySize: item.companySize,
      quote: item.quote,
      story: item.story,
      opportunities: item.opportunities,
      insights: item.insights,
      content: filled(
        content.templates.interview,
        { 'story.last-time': item.toldStory, 'facts.interviewers': item.interviewers, 'facts.notes': item.facts },
        { 'opening.consent': true, 'closing.follow-up': item.followUp },
      ),
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    records.interviews.push(interview);
    for (const link of item.evidence) {
      const hypothesis = hypothesisIds.get(link.hypothesis);
      if (!hypothesis) throw new Error(`sample evidence of ${item.alias}: no hypothesis ${link.hypothesis}`);
      records.evidence.push({
        id: newId(),
        productId,
        hypothesisId: hypothesis.id,
        interviewId: interview.id,
        stance: link.stance,
        excerpt: link.excerpt,
        // Linked an hour after the interview, or after the hypothesis was logged, whichever came later.
        createdAt: Math.max(at, hypothesis.createdAt) + HOUR,
        deletedAt: null,
      });
    }
  }
  return records;
}
