import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupFile, type BackupTables } from '../../../src/domain/backup/format';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { instantiate } from '../../../src/domain/templates/instantiate';
import type { Rank } from '../../../src/domain/types';

const T = Date.UTC(2026, 10, 21, 9, 0, 0);
const rank = (r: string) => r as Rank;

function content(key: keyof typeof BUILTIN_IDS) {
  const template = builtInTemplate(BUILTIN_IDS[key], 'en');
  if (!template) throw new Error(key);
  return instantiate(template);
}

/** One record in every table, linked as the app links them: a small, complete, valid backup. */
export function smallTables(): BackupTables {
  const p = 'product-1';
  const retro = builtInTemplate(BUILTIN_IDS.retro4L, 'en')!;
  return {
    products: [{ id: p, name: 'Checkout', isSample: false, cadence: 'scrum', vision: 'Pay in one tap', createdAt: T, updatedAt: T, deletedAt: null }],
    stages: [
      { id: 'stage-1', productId: p, lane: 'strategy', name: '', defaultKey: 'opportunities', rank: rank('a0'), createdAt: T, updatedAt: T, deletedAt: null },
      { id: 'stage-2', productId: p, lane: 'delivery', name: 'Building', defaultKey: null, rank: rank('a1'), createdAt: T, updatedAt: T, deletedAt: null },
    ],
    initiatives: [
      {
        id: 'initiative-1',
        productId: p,
        stageId: 'stage-2',
        lane: 'delivery',
        rank: rank('a0'),
        title: 'Card payments',
        summary: 'Pay by card',
        problem: 'Half of the carts are abandoned',
        owner: 'Léa',
        tags: ['checkout'],
        segment: 'B2C',
        status: 'active',
        closeReason: '',
        closedAt: null,
        objectiveId: 'objective-1',
        keyResultId: 'kr-1',
        score: { rice: { reach: 1000, impact: 2, confidence: 80, effort: 2 } },
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    transitions: [
      { id: 'transition-1', productId: p, initiativeId: 'initiative-1', at: T, kind: 'create', fromStageId: null, toStageId: 'stage-1', fromLane: null, toLane: 'strategy', status: 'active', reason: '' },
      { id: 'transition-2', productId: p, initiativeId: 'initiative-1', at: T + 1, kind: 'move', fromStageId: 'stage-1', toStageId: 'stage-2', fromLane: 'strategy', toLane: 'delivery', status: 'active', reason: '' },
    ],
    hypotheses: [
      {
        id: 'hypothesis-1',
        productId: p,
        initiativeId: 'initiative-1',
        belief: 'card payments',
        persona: 'shoppers',
        outcome: 'more orders',
        signal: 'conversion',
        threshold: '+5%',
        category: 'desirability',
        importance: 5,
        evidence: 2,
        owner: 'Léa',
        status: 'validated',
        learning: 'They want it',
        content: content('hypothesis'),
        createdAt: T,
        updatedAt: T,
        statusChangedAt: T,
        deletedAt: null,
      },
    ],
    experiments: [
      {
        id: 'experiment-1',
        productId: p,
        initiativeId: 'initiative-1',
        hypothesisId: 'hypothesis-1',
        method: 'fakeDoor',
        measure: 'clicks',
        successCriterion: '100 clicks',
        deadline: '2026-12-01',
        owner: 'Hugo',
        status: 'concluded',
        observed: '140 clicks',
        learned: 'Worth it',
        decision: 'validated',
        nextStep: 'Build',
        content: content('testCard'),
        createdAt: T,
        updatedAt: T,
        concludedAt: T,
        deletedAt: null,
      },
    ],
    interviews: [
      {
        id: 'interview-1',
        productId: p,
        initiativeId: 'initiative-1',
        date: '2026-11-02',
        alias: 'P1',
        role: 'Buyer',
        segment: 'B2C',
        companySize: '',
        quote: '“I gave up at the card form”',
        story: 'Tried twice',
        opportunities: 'Saved cards',
        insights: 'Trust matters',
        content: content('interview'),
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    evidence: [
      { id: 'evidence-1', productId: p, hypothesisId: 'hypothesis-1', interviewId: 'interview-1', stance: 'supports', excerpt: 'I gave up', createdAt: T, deletedAt: null },
      { id: 'evidence-2', productId: p, hypothesisId: 'hypothesis-1', interviewId: '', feedbackId: 'feedback-1', stance: 'refutes', excerpt: 'Cards are fine', createdAt: T, deletedAt: null },
    ],
    statusChanges: [{ id: 'change-1', productId: p, subjectId: 'hypothesis-1', subject: 'hypothesis', from: 'testing', to: 'validated', at: T, note: '' }],
    templates: [{ id: 'template-1', family: 'retrospective', name: 'Our retro', version: 1, body: retro.body, basedOn: retro.id, createdAt: T, updatedAt: T, deletedAt: null }],
    templateVersions: [{ id: 'template-version-1', templateId: 'template-1', version: 1, name: 'Our retro', body: retro.body, createdAt: T }],
    stories: [
      {
        id: 'story-1',
        productId: p,
        initiativeId: 'initiative-1',
        asA: 'shopper',
        iWant: 'to pay by card',
        soThat: 'I get my order',
        criteria: [{ id: 'c1', given: 'a cart', when: 'I pay', then: 'I see the receipt' }],
        points: 3,
        status: 'inProgress',
        rank: rank('a0'),
        sprintId: 'sprint-1',
        ready: content('definitionOfReady'),
        done: content('definitionOfDone'),
        doneAt: null,
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    sprints: [
      {
        id: 'sprint-1',
        productId: p,
        name: 'Sprint 1',
        goal: 'Cards',
        startDate: '2026-11-16',
        endDate: '2026-11-27',
        status: 'active',
        startedAt: T,
        closedAt: null,
        result: null,
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    ritualRuns: [
      {
        id: 'run-1',
        productId: p,
        sprintId: 'sprint-1',
        kind: 'retrospective',
        content: instantiate({ ...retro, id: 'template-1', builtIn: false }),
        participants: ['Léa', 'Hugo'],
        timeboxMinutes: 90,
        elapsedMs: 60_000,
        timerStartedAt: null,
        goal: '',
        decisions: [],
        startedAt: T,
        finishedAt: T + 60_000,
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    actionItems: [
      { id: 'action-1', productId: p, runId: 'run-1', text: 'Fix the build', owner: 'Hugo', dueDate: '2026-11-30', status: 'open', carriedOverIn: [], closedAt: null, createdAt: T, updatedAt: T, deletedAt: null },
    ],
    objectives: [
      {
        id: 'objective-1',
        productId: p,
        title: 'Grow checkout conversion',
        period: { kind: 'quarter', year: 2026, quarter: 4 },
        keyResults: [{ id: 'kr-1', metric: 'Conversion %', baseline: 2.1, target: 3, current: 2.4 }],
        rank: rank('a0'),
        deletedAt: null,
        createdAt: T,
        updatedAt: T,
      },
    ],
    savedViews: [{ id: 'view-1', productId: p, name: 'My Q3', view: 'list', query: 'tag=checkout&sort=-score', createdAt: T, updatedAt: T, deletedAt: null }],
    accounts: [{ id: 'account-1', productId: p, name: 'Acme', segment: 'B2B', plan: 'Enterprise', revenue: 120000, strategic: true, createdAt: T, updatedAt: T, deletedAt: null }],
    feedback: [
      {
        id: 'feedback-1',
        productId: p,
        text: 'Cards are fine, but we need invoices.',
        source: 'sales',
        accountId: 'account-1',
        person: 'Jo, buyer',
        date: '2026-11-20',
        tags: ['billing'],
        enteredBy: '',
        dismissedAt: null,
        createdAt: T,
        updatedAt: T,
        deletedAt: null,
      },
    ],
    feedbackLinks: [{ id: 'feedback-link-1', productId: p, feedbackId: 'feedback-1', initiativeId: 'initiative-1', importance: 'critical', excerpt: 'we need invoices', createdAt: T, updatedAt: T, deletedAt: null }],
  };
}

export function smallBackup(tables: BackupTables = smallTables()): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion: BACKUP_SCHEMA_VERSION, appVersion: '0.1.0', exportedAt: new Date(T).toISOString(), scope: { kind: 'all' }, tables };
}
