import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/domain/export/markdown';
import { buildRoadmap, horizonOf, roadmapMarkdown, type RoadmapTexts } from '../../../src/domain/strategy/roadmap';
import type { Horizon, InitiativeScore } from '../../../src/domain/strategy/types';
import type { DefaultStageKey, Initiative, Lane, Rank, Stage } from '../../../src/domain/types';

const stage = (id: string, lane: Lane, rank: string, defaultKey: DefaultStageKey | null, name = ''): Stage => ({
  id,
  productId: 'p',
  lane,
  name,
  defaultKey,
  rank: rank as Rank,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
});

// Listed out of board order: the roadmap orders them by lane, then rank.
const STAGES = [
  stage('released', 'delivery', 'c', 'released'),
  stage('opportunities', 'strategy', 'a', 'opportunities'),
  stage('framing', 'strategy', 'b', null, 'Framing & sizing'),
  stage('testing', 'discovery', 'b', 'testing'),
  stage('inSprint', 'delivery', 'b', 'inSprint'),
  stage('gone', 'discovery', 'a', 'exploring'),
].map((s) => (s.id === 'gone' ? { ...s, deletedAt: 1 } : s));

interface Draft {
  stageId: string;
  lane: Lane;
  rank?: string;
  owner?: string;
  objectiveId?: string | null;
  horizon?: Horizon | null;
  score?: InitiativeScore;
  status?: Initiative['status'];
  deletedAt?: number | null;
}

const initiative = (id: string, title: string, draft: Draft): Initiative => ({
  id,
  productId: 'p',
  title,
  summary: '',
  problem: '',
  tags: [],
  segment: '',
  closeReason: '',
  closedAt: null,
  createdAt: 0,
  updatedAt: 0,
  ...draft,
  owner: draft.owner ?? '',
  rank: (draft.rank ?? 'm') as Rank,
  status: draft.status ?? 'active',
  deletedAt: draft.deletedAt ?? null,
});

const OBJECTIVES = [
  { id: 'activation', title: 'Small teams succeed in their first week' },
  { id: 'retention', title: 'Customers stay' },
];

const INITIATIVES = [
  initiative('twoFactor', 'Two-factor authentication', { stageId: 'released', lane: 'delivery', owner: 'Camille', objectiveId: 'retention' }),
  initiative('invoice', 'Invoice PDF redesign', { stageId: 'inSprint', lane: 'delivery', owner: 'Hugo', objectiveId: 'retention' }),
  initiative('onboarding', 'Self-serve onboarding', {
    stageId: 'opportunities',
    lane: 'strategy',
    rank: 'b',
    owner: 'Camille',
    objectiveId: 'activation',
    score: { rice: { reach: 400, impact: 2, confidence: 80, effort: 3 } },
  }),
  // Moved to Now by hand, though still in Strategy.
  initiative('pricing', 'Usage-based pricing', { stageId: 'opportunities', lane: 'strategy', rank: 'a', owner: 'Hugo', horizon: 'now', score: { rice: { reach: 150, impact: 1, confidence: 50, effort: 4 } } }),
  initiative('bulkImport', 'Bulk import', { stageId: 'testing', lane: 'discovery', owner: 'Hugo', objectiveId: 'activation' }),
  // Set by hand to the horizon its lane gives: it stays there when it moves on.
  initiative('referral', 'Referral *programme*', { stageId: 'testing', lane: 'discovery', rank: 'z', owner: '', objectiveId: 'deletedObjective', horizon: 'next' }),
  initiative('lists', 'Shared lists', { stageId: 'framing', lane: 'strategy', owner: 'Léa', score: { ice: { impact: 5, confidence: 5, ease: 5 } } }),
  initiative('closed', 'Gamified streaks', { stageId: 'framing', lane: 'strategy', status: 'killed' }),
  initiative('deleted', 'Deleted one', { stageId: 'framing', lane: 'strategy', deletedAt: 5 }),
];

const roadmap = () => buildRoadmap({ productName: 'Sample', framework: 'rice', stages: STAGES, objectives: OBJECTIVES, initiatives: INITIATIVES });

describe('horizons', () => {
  it('follow the lane: Delivery is now, Discovery next, Strategy later', () => {
    expect(horizonOf({ lane: 'delivery' })).toBe('now');
    expect(horizonOf({ lane: 'discovery', horizon: null })).toBe('next');
    expect(horizonOf({ lane: 'strategy' })).toBe('later');
  });

  it('are the user’s when set, whatever the lane', () => {
    expect(horizonOf({ lane: 'strategy', horizon: 'now' })).toBe('now');
    expect(horizonOf({ lane: 'delivery', horizon: 'later' })).toBe('later');
  });
});

describe('the roadmap', () => {
  it('groups the active initiatives by horizon (the released ones apart), then by objective in their order, then those serving none, each in board order', () => {
    const shape = roadmap().horizons.map((h) => ({
      horizon: h.horizon,
      count: h.count,
      groups: h.groups.map((g) => [g.objective?.id ?? null, g.items.map((i) => i.id)]),
    }));
    expect(shape).toEqual([
      { horizon: 'released', count: 1, groups: [['retention', ['twoFactor']]] },
      { horizon: 'now', count: 2, groups: [['retention', ['invoice']], [null, ['pricing']]] },
      { horizon: 'next', count: 2, groups: [['activation', ['bulkImport']], [null, ['referral']]] },
      { horizon: 'later', count: 2, groups: [['activation', ['onboarding']], [null, ['lists']]] },
    ]);
  });

  it('gives each item its stage, owner, score in the product’s framework, and whether its horizon was set by hand', () => {
    const items = roadmap().horizons.flatMap((h) => h.groups.flatMap((g) => g.items));
    const pricing = items.find((i) => i.id === 'pricing')!;
    expect(pricing).toEqual({
      id: 'pricing',
      title: 'Usage-based pricing',
      owner: 'Hugo',
      lane: 'strategy',
      stage: { id: 'opportunities', name: '', defaultKey: 'opportunities' },
      // 150 × 1 × 0.5 ÷ 4
      score: 18.75,
      horizon: 'now',
      automatic: 'later',
      pinned: true,
      released: false,
    });
    expect(items.find((i) => i.id === 'referral')).toMatchObject({ horizon: 'next', automatic: 'next', pinned: true });
    expect(items.find((i) => i.id === 'invoice')).toMatchObject({ horizon: 'now', automatic: 'now', pinned: false, score: null });
    // Scored with ICE only: no RICE score.
    expect(items.find((i) => i.id === 'lists')?.score).toBeNull();
  });

  it('has four empty columns for a product with nothing on the board', () => {
    const empty = buildRoadmap({ productName: 'Empty', framework: 'ice', stages: STAGES, objectives: OBJECTIVES, initiatives: [] });
    expect(empty.horizons).toEqual([
      { horizon: 'released', groups: [], count: 0 },
      { horizon: 'now', groups: [], count: 0 },
      { horizon: 'next', groups: [], count: 0 },
      { horizon: 'later', groups: [], count: 0 },
    ]);
  });
});

describe('the Markdown export', () => {
  const texts: RoadmapTexts = {
    title: 'Roadmap',
    horizons: { released: 'Released', now: 'Now', next: 'Next', later: 'Later' },
    noObjective: 'No objective',
    empty: 'Nothing here.',
    stageName: (s) => s.name || { released: 'Released', inSprint: 'In sprint', opportunities: 'Opportunities', testing: 'Testing' }[s.defaultKey as string]!,
    score: (score) => `RICE ${Math.round(score * 10) / 10}`,
  };

  it('escapes what Markdown would read in user text, on one line', () => {
    expect(escapeMarkdown('  R&D <b>bold</b> *not* _this_\n[link](x) `code` #1 a|b ~~x~~ back\\slash ')).toBe(
      'R\\&D \\<b\\>bold\\</b\\> \\*not\\* \\_this\\_ \\[link\\](x) \\`code\\` \\#1 a\\|b \\~\\~x\\~\\~ back\\\\slash',
    );
    expect(escapeMarkdown('Self-serve onboarding (teams of 3–10).')).toBe('Self-serve onboarding (teams of 3–10).');
  });

  it('writes a heading per horizon and objective, and a line per initiative with its stage, owner and score', () => {
    const product = { ...roadmap(), productName: 'Acme *beta*' };
    const expected = `# Roadmap — Acme \\*beta\\*

## Released

### Customers stay

- **Two-factor authentication** (Released, Camille)

## Now

### Customers stay

- **Invoice PDF redesign** (In sprint, Hugo)

### No objective

- **Usage-based pricing** (Opportunities, Hugo) — RICE 18.8

## Next

### Small teams succeed in their first week

- **Bulk import** (Testing, Hugo)

### No objective

- **Referral \\*programme\\*** (Testing)

## Later

### Small teams succeed in their first week

- **Self-serve onboarding** (Opportunities, Camille) — RICE 213.3

### No objective

- **Shared lists** (Framing \\& sizing, Léa)
`;
    expect(roadmapMarkdown(product, texts)).toBe(expected);
  });

  it('says so under a horizon with nothing in it, and leaves out an empty Released column', () => {
    const empty = buildRoadmap({ productName: 'Empty', framework: 'rice', stages: STAGES, objectives: [], initiatives: [INITIATIVES[1]!] });
    expect(roadmapMarkdown(empty, texts)).toBe(`# Roadmap — Empty

## Now

### No objective

- **Invoice PDF redesign** (In sprint, Hugo)

## Next

_Nothing here._

## Later

_Nothing here._
`);
  });
});
