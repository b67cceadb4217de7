import { HYPOTHESIS_STATUSES } from '../../../src/domain/discovery/types';
import { FEEDBACK_SOURCES, IMPORTANCES } from '../../../src/domain/feedback/types';
import type { DataRecords, DataTable } from '../../../src/domain/tables';
import { BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { LANES } from '../../../src/domain/types';
import { EXPERIMENT, HYPOTHESIS, INTERVIEW } from '../db/discovery-helpers';
import type { Client } from './clients';

/** The random choices of one step, from its seed (mulberry32), so a run replays exactly. */
export class Draw {
  constructor(private seed: number) {}

  next(): number {
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = Math.imul(this.seed ^ (this.seed >>> 15), 1 | this.seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.int(items.length)];
  }

  word(): string {
    return `w${this.int(10_000)}`;
  }
}

type Op = (c: Client, productId: string, d: Draw) => Promise<unknown>;

/** A table's records of the product that are in use on this client. */
async function live<T extends DataTable>(c: Client, table: T, productId: string): Promise<DataRecords[T][]> {
  const rows = (await c.anyDataTable(table).toArray()) as unknown as (DataRecords[T] & { productId: string; deletedAt?: number | null })[];
  return rows.filter((r) => r.productId === productId && (r.deletedAt === null || r.deletedAt === undefined)).sort((a, b) => a.id.localeCompare(b.id));
}

async function one<T extends DataTable>(c: Client, table: T, productId: string, d: Draw, where: (r: DataRecords[T]) => boolean = () => true) {
  return d.pick((await live(c, table, productId)).filter(where));
}

/** Where to drop something among ordered siblings: the ids before and after it. */
function slot(d: Draw, siblings: readonly { id: string }[]): [string | null, string | null] {
  const k = d.int(siblings.length + 1);
  return [siblings[k - 1]?.id ?? null, siblings[k]?.id ?? null];
}

const SPRINT = { goal: '', startDate: '2025-01-13', endDate: '2025-01-26' };

/** A command on one record of a table, picked among those in use (nothing when there is none). */
function onOne<T extends DataTable>(table: T, command: (c: Client, record: DataRecords[T], d: Draw) => Promise<unknown>, where?: (r: DataRecords[T]) => boolean): Op {
  return async (c, p, d) => {
    const record = await one(c, table, p, d, where);
    return record && command(c, record, d);
  };
}

const active = (i: DataRecords['initiatives']) => i.status === 'active';

/** The app's commands, each on records picked at random among those this client sees. */
export const OPS: Record<string, Op> = {
  createInitiative: onOne('stages', (c, stage, d) => c.initiatives.createInitiative(stage.id, { title: d.word() }, d.pick(['top', 'bottom']))),
  editInitiative: onOne('initiatives', (c, card, d) => c.initiatives.editInitiative(card.id, d.pick([{ title: d.word() }, { summary: d.word() }, { owner: d.word() }, { tags: [d.word()] }])!)),
  async moveInitiative(c, p, d) {
    const card = await one(c, 'initiatives', p, d, active);
    const stage = await one(c, 'stages', p, d);
    if (!card || !stage) return;
    const [before, after] = slot(d, (await c.queries.activeInStage(stage.id)).filter((i) => i.id !== card.id));
    return c.initiatives.moveInitiative(card.id, stage.id, before, after, { gateReason: 'fuzz' });
  },
  closeInitiative: onOne('initiatives', (c, card, d) => c.initiatives.closeInitiative(card.id, d.pick(['shipped', 'parked', 'killed'] as const)!, d.word()), active),
  reopenInitiative: onOne('initiatives', (c, card) => c.initiatives.reopenInitiative(card.id), (i) => !active(i)),
  deleteInitiative: onOne('initiatives', (c, card) => c.initiatives.deleteInitiative(card.id)),
  logHypothesis: onOne('initiatives', (c, card, d) => c.hypotheses.logHypothesis(card.id, BUILTIN_IDS.hypothesis, 'en', { ...HYPOTHESIS, belief: d.word() })),
  editHypothesis: onOne('hypotheses', (c, h, d) => c.hypotheses.editHypothesis(h.id, d.pick([{ belief: d.word() }, { owner: d.word() }, { learning: d.word() }])!)),
  setHypothesisStatus: onOne('hypotheses', (c, h, d) => c.hypotheses.setHypothesisStatus(h.id, d.pick(HYPOTHESIS_STATUSES)!)),
  deleteHypothesis: onOne('hypotheses', (c, h) => c.hypotheses.deleteHypothesis(h.id)),
  planExperiment: onOne('hypotheses', (c, h, d) => c.experiments.planExperiment(h.id, BUILTIN_IDS.testCard, 'en', { ...EXPERIMENT, measure: d.word() })),
  editExperiment: onOne('experiments', (c, e, d) => c.experiments.editExperiment(e.id, d.pick([{ measure: d.word() }, { owner: d.word() }])!)),
  deleteExperiment: onOne('experiments', (c, e) => c.experiments.deleteExperiment(e.id)),
  async recordInterview(c, p, d) {
    const card = await one(c, 'initiatives', p, d);
    return c.interviews.recordInterview(p, BUILTIN_IDS.interview, 'en', { ...INTERVIEW, alias: d.word(), initiativeId: card?.id ?? null });
  },
  editInterview: onOne('interviews', (c, v, d) => c.interviews.editInterview(v.id, d.pick([{ alias: d.word() }, { quote: d.word() }, { insights: d.word() }])!)),
  deleteInterview: onOne('interviews', (c, v) => c.interviews.deleteInterview(v.id)),
  async linkEvidence(c, p, d) {
    const v = await one(c, 'interviews', p, d);
    const h = await one(c, 'hypotheses', p, d);
    return v && h && c.interviews.linkEvidence(v.id, h.id, d.pick(['supports', 'refutes'] as const)!, d.word());
  },
  unlinkEvidence: onOne('evidence', (c, e) => c.interviews.unlinkEvidence(e.id)),
  createStory: onOne('initiatives', (c, card, d) => c.stories.createStory(card.id, { iWant: d.word() }, 'en')),
  editStory: onOne('stories', (c, s, d) => c.stories.editStory(s.id, d.pick([{ iWant: d.word() }, { soThat: d.word() }, { points: d.int(13) }])!)),
  async moveStory(c, p, d) {
    const s = await one(c, 'stories', p, d);
    if (!s) return;
    const siblings = (await live(c, 'stories', p)).filter((o) => o.initiativeId === s.initiativeId && o.id !== s.id).sort((a, b) => (a.rank < b.rank ? -1 : 1));
    return c.stories.moveStory(s.id, ...slot(d, siblings));
  },
  async planStory(c, p, d) {
    const s = await one(c, 'stories', p, d);
    const sprint = await one(c, 'sprints', p, d);
    return s && c.stories.planStory(s.id, sprint?.id ?? null);
  },
  deleteStory: onOne('stories', (c, s) => c.stories.deleteStory(s.id)),
  createSprint: (c, p, d) => c.sprints.createSprint(p, { ...SPRINT, name: d.word() }),
  editSprint: onOne('sprints', (c, s, d) => c.sprints.editSprint(s.id, d.pick([{ name: d.word() }, { goal: d.word() }])!)),
  startSprint: onOne('sprints', (c, s) => c.sprints.startSprint(s.id)),
  deleteSprint: onOne('sprints', (c, s) => c.sprints.deleteSprint(s.id)),
  async startRitualRun(c, p, d) {
    const sprint = await one(c, 'sprints', p, d);
    return c.rituals.startRitualRun(p, sprint?.id ?? null, d.pick(['retrospective', 'review', 'daily'] as const)!, 'en');
  },
  editRitualRun: onOne('ritualRuns', (c, r, d) => c.rituals.editRitualRun(r.id, d.pick([{ goal: d.word() }, { participants: [d.word()] }, { decisions: [d.word()] }])!)),
  async tickRitualItem(c, p, d) {
    const r = await one(c, 'ritualRuns', p, d);
    const item = r && d.pick(Object.keys(r.content.checked));
    return r && item && c.rituals.tickRitualItem(r.id, item, d.int(2) === 1);
  },
  finishRitualRun: onOne('ritualRuns', (c, r) => c.rituals.finishRitualRun(r.id)),
  deleteRitualRun: onOne('ritualRuns', (c, r) => c.rituals.deleteRitualRun(r.id)),
  addActionItem: onOne('ritualRuns', (c, r, d) => c.actionItems.addActionItem(r.id, { text: d.word(), owner: '', dueDate: null }), (r) => r.kind === 'retrospective'),
  editActionItem: onOne('actionItems', (c, a, d) => c.actionItems.editActionItem(a.id, d.pick([{ text: d.word() }, { owner: d.word() }])!)),
  closeActionItem: onOne('actionItems', (c, a, d) => c.actionItems.closeActionItem(a.id, d.pick(['done', 'dropped'] as const)!)),
  createObjective: (c, p, d) => c.objectives.createObjective(p, { title: d.word(), period: { kind: 'quarter', year: 2025, quarter: d.pick([1, 2, 3, 4] as const)! } }),
  editObjective: onOne('objectives', (c, o, d) => c.objectives.editObjective(o.id, { title: d.word() })),
  deleteObjective: onOne('objectives', (c, o) => c.objectives.deleteObjective(o.id)),
  async linkInitiative(c, p, d) {
    const card = await one(c, 'initiatives', p, d);
    const o = await one(c, 'objectives', p, d);
    return card && c.objectives.linkInitiative(card.id, o?.id ?? null, null);
  },
  saveView: (c, p, d) => c.savedViews.saveView(p, d.word(), d.pick(['board', 'list'] as const)!, `tag=${d.word()}&sort=-score`),
  renameView: onOne('savedViews', (c, v, d) => c.savedViews.renameView(v.id, d.word())),
  updateView: onOne('savedViews', (c, v, d) => c.savedViews.updateView(v.id, d.pick(['board', 'list'] as const)!, `owner=${d.word()}`)),
  deleteView: onOne('savedViews', (c, v) => c.savedViews.deleteView(v.id)),
  addStage: (c, p, d) => c.stages.addStage(p, d.pick(LANES)!, d.word()),
  renameStage: onOne('stages', (c, s, d) => c.stages.renameStage(s.id, d.word())),
  reorderStage: onOne('stages', (c, s, d) => c.stages.reorderStage(s.id, d.pick([-1, 1] as const)!)),
  removeStage: onOne('stages', (c, s) => c.stages.removeStage(s.id)),
  renameProduct: (c, p, d) => c.products.renameProduct(p, d.word()),
  editStrategy: (c, p, d) => c.strategy.editStrategy(p, d.pick([{ vision: d.word() }, { segments: d.word() }, { valueProposition: d.word() }, { northStar: { target: d.int(1_000) } }])!),
  createAccount: (c, p, d) => c.accounts.createAccount(p, { name: d.word() }),
  updateAccount: onOne('accounts', (c, a, d) => c.accounts.updateAccount(a.id, d.pick([{ name: d.word() }, { plan: d.word() }, { strategic: d.int(2) === 1 }])!)),
  deleteAccount: onOne('accounts', (c, a) => c.accounts.deleteAccount(a.id)),
  async addFeedback(c, p, d) {
    const account = await one(c, 'accounts', p, d);
    const choice = d.pick([account ? { id: account.id } : null, { create: { name: d.word() } }, null]) ?? null;
    return c.feedback.addFeedback(p, { text: d.word(), source: d.pick(FEEDBACK_SOURCES)!, person: d.word(), date: '2025-01-14', tags: [] }, choice);
  },
  editFeedback: onOne('feedback', (c, f, d) => c.feedback.editFeedback(f.id, d.pick([{ text: d.word() }, { person: d.word() }, { tags: [d.word()] }])!)),
  dismissFeedback: onOne('feedback', (c, f) => c.feedback.dismissFeedback(f.id), (f) => f.dismissedAt === null),
  reopenFeedback: onOne('feedback', (c, f) => c.feedback.reopenFeedback(f.id), (f) => f.dismissedAt !== null),
  deleteFeedback: onOne('feedback', (c, f) => c.feedback.deleteFeedback(f.id)),
  async linkFeedback(c, p, d) {
    const f = await one(c, 'feedback', p, d);
    const card = await one(c, 'initiatives', p, d);
    return f && card && c.feedbackLinks.linkFeedback(f.id, card.id, d.pick(IMPORTANCES)!, d.pick(['', f.text])!);
  },
  setLinkImportance: onOne('feedbackLinks', (c, l, d) => c.feedbackLinks.setLinkImportance(l.id, d.pick(IMPORTANCES)!)),
  unlinkFeedback: onOne('feedbackLinks', (c, l) => c.feedbackLinks.unlinkFeedback(l.id)),
  async linkFeedbackEvidence(c, p, d) {
    const f = await one(c, 'feedback', p, d);
    const h = await one(c, 'hypotheses', p, d);
    return f && h && c.feedbackLinks.linkFeedbackEvidence(f.id, h.id, d.pick(['supports', 'refutes'] as const)!, d.pick(['', f.text])!);
  },
  undo: (c, p) => c.undo.undo(p),
  redo: (c, p) => c.undo.redo(p),
};
