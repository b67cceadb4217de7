import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { newProductRecords } from '../../../src/db/product-records';
import type { Story } from '../../../src/domain/delivery/types';
import type { Hypothesis } from '../../../src/domain/discovery/types';
import { BOARD_COLUMNS, boardToCsv, localDateTime, type BoardCsvTexts } from '../../../src/domain/export/board-csv';
import { initiativeMarkdown, type InitiativeMarkdownTexts } from '../../../src/domain/export/initiative-markdown';
import type { Initiative, Rank, Stage } from '../../../src/domain/types';

const NOW = new Date(2026, 10, 21, 9, 5).getTime();
const { product, stages } = newProductRecords('P', NOW);
const stage = (key: string) => stages.find((s) => s.defaultKey === key)!;

function initiative(patch: Partial<Initiative>): Initiative {
  return {
    id: patch.title ?? 'i',
    productId: product.id,
    stageId: stage('opportunities').id,
    lane: 'strategy',
    rank: 'a0' as Rank,
    title: 'T',
    summary: '',
    problem: '',
    owner: '',
    tags: [],
    segment: '',
    status: 'active',
    closeReason: '',
    closedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    ...patch,
  };
}

const CSV_TEXTS: BoardCsvTexts = {
  headers: Object.fromEntries(BOARD_COLUMNS.map((c) => [c, c.toUpperCase()])) as BoardCsvTexts['headers'],
  lanes: { strategy: 'Strategy', discovery: 'Discovery', delivery: 'Delivery' },
  statuses: { active: 'On the board', shipped: 'Shipped', parked: 'Parked', killed: 'Killed' },
  stageName: (s: Stage) => s.name || s.defaultKey || '',
};

describe('the board as CSV', () => {
  it('writes one row per initiative in board order, closed ones after each stage, formulas guarded', () => {
    const rows = [
      initiative({ title: 'Second', rank: 'a2' as Rank, tags: ['a', 'b'], owner: 'Léa', segment: 'B2B' }),
      initiative({ title: 'Released', stageId: stage('released').id, lane: 'delivery' }),
      initiative({ title: 'First', rank: 'a1' as Rank, summary: 'Line 1\nLine 2, "quoted"' }),
      initiative({ title: 'Parked', status: 'parked', closedAt: NOW }),
      initiative({ title: '=cmd()', stageId: stage('testing').id, lane: 'discovery' }),
      initiative({ title: 'Deleted', deletedAt: NOW }),
    ];
    const csv = boardToCsv(stages, rows, CSV_TEXTS);
    const [header, ...data] = Papa.parse<string[]>(csv).data;
    expect(header).toEqual(BOARD_COLUMNS.map((c) => c.toUpperCase()));
    expect(data.map((r) => r[0])).toEqual(['First', 'Second', 'Parked', "'=cmd()", 'Released']);
    expect(data[0]![7]).toBe('Line 1\nLine 2, "quoted"');
    expect(data[1]!.slice(1, 7)).toEqual(['Strategy', 'opportunities', 'On the board', 'Léa', 'a, b', 'B2B']);
    expect(data[2]![3]).toBe('Parked');
    expect(data[0]![9]).toBe('2026-11-21 09:05');
    expect(csv).toContain('\r\n');
  });

  it('writes dates as a spreadsheet reads them', () => {
    expect(localDateTime(new Date(2026, 0, 2, 3, 4).getTime())).toBe('2026-01-02 03:04');
  });
});

const MD_TEXTS: InitiativeMarkdownTexts = {
  where: 'Delivery · Released',
  labels: {
    owner: 'Owner',
    tags: 'Tags',
    segment: 'Segment',
    summary: 'Summary',
    problem: 'Problem statement',
    hypotheses: 'Hypotheses',
    learning: 'Learning',
    stories: 'Stories',
    asA: 'As a',
    iWant: 'I want',
    soThat: 'so that',
    given: 'Given',
    when: 'When',
    then: 'Then',
    outcome: 'Outcome',
    metric: 'KPI',
    baseline: 'Baseline',
    target: 'Target',
    actual: 'Actual',
    conclusion: 'Conclusion',
    comments: 'Comments (imported)',
  },
  commentBy: (author, at) => `${author || 'Unknown'} · ${new Date(at).toISOString().slice(0, 10)}`,
  statement: { weBelieve: 'We believe that', for: 'for', willAchieve: 'will achieve', weWillKnow: 'We will know this is true when we see' },
  hypothesisStatus: { draft: 'Draft', testing: 'Testing', validated: 'Validated', invalidated: 'Invalidated', inconclusive: 'Inconclusive' },
  storyStatus: { todo: 'To do', inProgress: 'In progress', done: 'Done' },
  storyNumber: (n) => `Story ${n}`,
  points: (p) => `${p} points`,
  number: (n) => String(n),
  verdict: { met: 'Target met', notMet: 'Target not met', pending: 'Verdict pending' },
};

describe('an initiative as Markdown', () => {
  it('writes what exists: title, where, owner and tags, summary, hypotheses, stories with criteria, outcome', () => {
    const i = initiative({
      title: 'Two-factor *auth*',
      owner: 'Sam',
      tags: ['security'],
      summary: 'First line\nSecond [link](javascript:alert(1))\n\n- [x] done',
      outcome: { metric: 'Adoption', direction: 'increase', baseline: 10, target: 30, actual: 35, conclusion: 'Good.', recordedAt: NOW },
    });
    const hypothesis = { belief: 'users want 2FA', persona: 'admins', outcome: 'fewer takeovers', signal: 'adoption', threshold: '30%', status: 'validated', learning: 'They do.' } as Hypothesis;
    const story = { asA: 'admin', iWant: 'to enforce 2FA', soThat: 'accounts are safe', status: 'done', points: 3, criteria: [{ id: 'c', given: 'a user', when: 'they log in', then: 'a code is asked' }] } as unknown as Story;
    const md = initiativeMarkdown(i, [hypothesis], [story], MD_TEXTS);
    expect(md).toBe(
      [
        '# Two-factor \\*auth\\*',
        '',
        '_Delivery · Released_',
        '',
        '**Owner:** Sam  ',
        '**Tags:** security',
        '',
        '## Summary',
        '',
        'First line  ',
        'Second \\[link\\](javascript:alert(1))',
        '',
        '- \\[x\\] done',
        '',
        '## Hypotheses',
        '',
        '- **Validated**: We believe that users want 2FA for admins will achieve fewer takeovers. We will know this is true when we see adoption (30%).',
        '  **Learning:** They do.',
        '',
        '## Stories',
        '',
        '### Story 1 — Done · 3 points',
        '',
        '**As a:** admin  ',
        '**I want:** to enforce 2FA  ',
        '**so that:** accounts are safe',
        '',
        '- **Given** a user · **When** they log in · **Then** a code is asked',
        '',
        '## Outcome',
        '',
        '**KPI:** Adoption  ',
        '**Baseline:** 10 · **Target:** 30 · **Actual:** 35  ',
        '**Target met**',
        '',
        'Good.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the sections with nothing in them, and says why a closed one was closed', () => {
    const md = initiativeMarkdown(initiative({ title: 'Bare', status: 'killed', closeReason: 'No <demand>' }), [], [], { ...MD_TEXTS, where: 'Killed on 3 Nov 2026' });
    expect(md).toBe('# Bare\n\n_Killed on 3 Nov 2026_\n\n> No \\<demand\\>\n');
  });

  it('ends with the comments imported with it, each with its author and date, their text escaped', () => {
    const comments = [
      { author: 'Ana', at: Date.UTC(2026, 10, 3, 12), text: 'Looks good.\nShip *it*' },
      { author: '', at: Date.UTC(2026, 10, 4, 12), text: '<b>no</b>' },
    ];
    const md = initiativeMarkdown(initiative({ title: 'Talked about', comments }), [], [], MD_TEXTS);
    expect(md).toBe(
      [
        '# Talked about',
        '',
        '_Delivery · Released_',
        '',
        '## Comments (imported)',
        '',
        '**Ana · 2026-11-03**',
        '',
        'Looks good.  ',
        'Ship \\*it\\*',
        '',
        '**Unknown · 2026-11-04**',
        '',
        '\\<b\\>no\\</b\\>',
        '',
      ].join('\n'),
    );
  });
});
