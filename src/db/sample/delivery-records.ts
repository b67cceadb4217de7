import { closePlan } from '../../domain/delivery/carry-over';
import { addDays, toLocalDate } from '../../domain/delivery/dates';
import { runTimeboxMinutes } from '../../domain/delivery/rituals';
import type { ActionItem, Outcome, RitualKind, RitualRun, Sprint, Story } from '../../domain/delivery/types';
import { ranksBetween } from '../../domain/ranking';
import type { ArtefactContent } from '../../domain/templates/instantiate';
import type { TemplateDefinition } from '../../domain/templates/types';
import { newId } from '../command';
import type { SampleContent } from './content';
import { filled } from './discovery-records';

export interface DeliveryRecords {
  stories: Story[];
  sprints: Sprint[];
  ritualRuns: RitualRun[];
  actionItems: ActionItem[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A template's checklist with every check item ticked, or only those listed. */
function ticked(template: TemplateDefinition, ticks: 'all' | string[], answers: Record<string, string> = {}): ArtefactContent {
  const all = filled(template, {});
  const ids = ticks === 'all' ? Object.keys(all.checked) : ticks;
  return filled(template, answers, Object.fromEntries(ids.map((id) => [id, true])));
}

/**
 * The sample product's Delivery: sprints (the last one closed with its figures, the current one
 * active), stories on the Delivery initiatives, past ritual runs with the retrospective's action
 * items, and outcomes (returned by initiative id, for the caller to set on the initiatives).
 * Times are days before `now`, at an hour of the local day, so the burndown reads naturally.
 */
export function sampleDeliveryRecords(
  content: SampleContent,
  productId: string,
  initiativeIds: ReadonlyMap<string, string>,
  now: number,
): DeliveryRecords & { outcomes: Map<string, Outcome> } {
  const { delivery, templates } = content;
  const records: DeliveryRecords = { stories: [], sprints: [], ritualRuns: [], actionItems: [] };
  const ago = (days: number, hour: number) => {
    const moment = new Date(now - days * DAY);
    moment.setHours(hour, 0, 0, 0);
    return moment.getTime();
  };
  const initiativeOf = (key: string) => {
    const id = initiativeIds.get(key);
    if (!id) throw new Error(`sample delivery: no initiative ${key}`);
    return id;
  };

  const sprintIds = new Map(delivery.sprints.map((s) => [s.key, newId()]));
  const sprintOf = (key: string | null) => {
    if (key === null) return null;
    const id = sprintIds.get(key);
    if (!id) throw new Error(`sample delivery: no sprint ${key}`);
    return id;
  };
  const sprintStart = new Map(delivery.sprints.map((s) => [s.key, s.startDaysAgo]));

  const counts = new Map<string, number>();
  for (const s of delivery.stories) counts.set(s.initiative, (counts.get(s.initiative) ?? 0) + 1);
  const ranks = new Map([...counts].map(([key, n]) => [key, ranksBetween(null, null, n)]));
  delivery.stories.forEach((s, i) => {
    const firstSprint = s.carriedFrom ?? s.sprint;
    // Written a few days before the sprint it went into (backlog stories: three days ago).
    const createdAt = ago(firstSprint ? sprintStart.get(firstSprint)! + 4 : 3, 10) + i * MINUTE;
    const doneAt = s.done ? ago(s.done.daysAgo, s.done.hour) : null;
    records.stories.push({
      id: newId(),
      productId,
      initiativeId: initiativeOf(s.initiative),
      asA: s.asA,
      iWant: s.iWant,
      soThat: s.soThat,
      criteria: s.criteria.map((c, n) => ({ id: `c${n + 1}`, ...c })),
      points: s.points,
      status: s.status,
      rank: ranks.get(s.initiative)!.shift()!,
      sprintId: sprintOf(s.sprint),
      ready: ticked(templates.definitionOfReady, s.readyTicks),
      done: ticked(templates.definitionOfDone, s.doneTicks),
      doneAt,
      createdAt,
      updatedAt: Math.max(createdAt, doneAt ?? 0),
      deletedAt: null,
    });
  });

  for (const s of delivery.sprints) {
    const id = sprintOf(s.key)!;
    const startDate = toLocalDate(now - s.startDaysAgo * DAY);
    const closedAt = s.closed ? ago(s.closed.daysAgo, 9) : null;
    // Started at noon on its first day, after its planning; one starting in the future is only planned.
    const started = s.startDaysAgo >= 0;
    let result: Sprint['result'] = null;
    if (s.closed && closedAt !== null) {
      // The sprint as it was on closing: its stories then, done only if done by that time.
      const carriedTo = sprintOf(s.closed.carriedTo)!;
      const atClosing = delivery.stories.flatMap((item, i) => {
        if ((item.carriedFrom ?? item.sprint) !== s.key) return [];
        const story = records.stories[i]!;
        const done = story.doneAt !== null && story.doneAt <= closedAt;
        return [{ ...story, sprintId: id, status: done ? ('done' as const) : ('inProgress' as const) }];
      });
      result = closePlan({ id }, atClosing, carriedTo).result;
    }
    records.sprints.push({
      id,
      productId,
      name: s.name,
      goal: s.goal,
      startDate,
      endDate: addDays(startDate, s.lengthDays - 1),
      status: s.closed ? 'closed' : started ? 'active' : 'planned',
      startedAt: started ? ago(s.startDaysAgo, 12) : null,
      closedAt,
      result,
      createdAt: ago(Math.max(s.startDaysAgo, 0) + 2, 15),
      updatedAt: closedAt ?? (started ? ago(s.startDaysAgo, 12) : ago(Math.max(s.startDaysAgo, 0) + 2, 15)),
      deletedAt: null,
    });
  }

  const ritualTemplates: Partial<Record<RitualKind, TemplateDefinition>> = {
    planning: templates.planning,
    daily: templates.daily,
    review: templates.review,
    retrospective: templates.retrospective,
  };
  for (const r of delivery.rituals) {
    const template = ritualTemplates[r.kind];
    if (!template) throw new Error(`sample delivery: no template for ${r.kind}`);
    const sprint = records.sprints.find((s) => s.id === sprintOf(r.sprint)) ?? null;
    const startedAt = ago(r.daysAgo, r.hour);
    const finishedAt = startedAt + r.minutes * MINUTE;
    const run: RitualRun = {
      id: newId(),
      productId,
      sprintId: sprint?.id ?? null,
      kind: r.kind,
      content: { ...ticked(template, r.ticks, r.answers), notes: { ...r.notes } },
      participants: [...r.participants],
      timeboxMinutes: runTimeboxMinutes(template, sprint),
      elapsedMs: r.minutes * MINUTE,
      timerStartedAt: null,
      goal: r.goal,
      decisions: [...r.decisions],
      startedAt,
      finishedAt,
      createdAt: startedAt,
      updatedAt: finishedAt,
      deletedAt: null,
    };
    records.ritualRuns.push(run);
    r.actions.forEach((a, i) => {
      // Decided in the last quarter of an hour of the retrospective.
      const createdAt = finishedAt - (15 - i) * MINUTE;
      const closedAt = a.doneDaysAgo === undefined ? null : ago(a.doneDaysAgo, 17);
      records.actionItems.push({
        id: newId(),
        productId,
        runId: run.id,
        text: a.text,
        owner: a.owner,
        dueDate: a.dueInDays === null ? null : toLocalDate(now + a.dueInDays * DAY),
        status: closedAt === null ? 'open' : 'done',
        carriedOverIn: [],
        closedAt,
        createdAt,
        updatedAt: closedAt ?? createdAt,
        deletedAt: null,
      });
    });
  }

  const outcomes = new Map<string, Outcome>();
  for (const o of delivery.outcomes) {
    const { initiative, daysAgo, ...figures } = o;
    outcomes.set(initiativeOf(initiative), { ...figures, recordedAt: ago(daysAgo, 11) });
  }
  return { ...records, outcomes };
}
