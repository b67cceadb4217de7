import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { matchActions } from '../../../src/domain/search/actions';
import { hypothesisDocument, initiativeDocument, interviewDocument, objectiveDocuments, ritualRunDocument, type SearchDocument } from '../../../src/domain/search/documents';
import { foldText, foldedWords } from '../../../src/domain/search/fold';
import { INDEX_OPTIONS, QUERY_OPTIONS } from '../../../src/domain/search/index-options';
import { groupHits, type SearchHit } from '../../../src/domain/search/results';
import type { RitualRun } from '../../../src/domain/delivery/types';
import type { Hypothesis, Interview } from '../../../src/domain/discovery/types';
import type { Objective } from '../../../src/domain/strategy/types';
import type { Initiative } from '../../../src/domain/types';

const labels = { ritualKind: (kind: string) => (kind === 'daily' ? 'Daily scrum' : kind), period: () => 'Q1 2026', closedStatus: (status: string) => status[0]!.toUpperCase() + status.slice(1) };

const initiative = (fields: Partial<Initiative>) =>
  ({ id: 'i1', title: '', summary: '', problem: '', owner: '', tags: [], status: 'active', closeReason: '', updatedAt: 1, ...fields }) as Initiative;
const interview = (fields: Partial<Interview>) =>
  ({ id: 'v1', alias: '', role: '', date: '2026-03-02', quote: '', story: '', opportunities: '', insights: '', updatedAt: 1, ...fields }) as Interview;

function index(documents: SearchDocument[]) {
  const search = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  search.addAll(documents);
  return (query: string) => search.search(query, QUERY_OPTIONS).map((hit) => hit.id);
}

describe('accent folding', () => {
  it('ignores case, accents and the French ligatures', () => {
    expect(foldText('Écran d’accueil')).toBe('ecran d’accueil');
    expect(foldText('ENTRETIEN')).toBe('entretien');
    expect(foldText('Œuvre à cœur')).toBe('oeuvre a coeur');
    expect(foldedWords('  Réunion – Équipe, 3 ')).toEqual(['reunion', 'equipe', '3']);
  });
});

describe('the palette index', () => {
  const documents = [
    initiativeDocument(initiative({ id: 'screen', title: 'Nouvel écran d’accueil', tags: ['onboarding'] }), labels),
    initiativeDocument(initiative({ id: 'dark', title: 'Dark mode', summary: 'Less glare at night' }), labels),
    interviewDocument(interview({ id: 'camille', alias: 'Camille R.', quote: 'Je perds du temps à chaque Entretien' })),
  ];
  const find = index(documents);

  it('finds across accents and case, in French as in English', () => {
    expect(find('ecran')).toEqual(['initiative:screen']);
    expect(find('ÉCRAN')).toEqual(['initiative:screen']);
    expect(find('entretien')).toEqual(['interview:camille']);
  });

  it('matches the word being typed as a prefix, every word, and forgives a typo in a long word', () => {
    expect(find('cam')).toEqual(['interview:camille']);
    expect(find('dark glare')).toEqual(['initiative:dark']);
    expect(find('dark onboarding')).toEqual([]);
    expect(find('onbaording')).toEqual(['initiative:screen']);
  });

  it('weighs a match in the title over one in the text', () => {
    const rank = index([
      initiativeDocument(initiative({ id: 'text', title: 'Billing', summary: 'export to invoices' }), labels),
      initiativeDocument(initiative({ id: 'title', title: 'Invoices export', summary: '' }), labels),
    ]);
    expect(rank('invoices')[0]).toBe('initiative:title');
  });
});

describe('the documents', () => {
  it('find a killed initiative by why it was killed, say so, and name it so in its hypotheses’ results', () => {
    const killed = initiativeDocument(initiative({ id: 'k', title: 'Streaks', tags: ['retention'], status: 'killed', closeReason: 'users felt nagged' }), labels);
    expect(killed).toMatchObject({ detail: 'Killed · retention', parentName: 'Streaks · Killed' });
    expect(index([killed])('nagged')).toEqual(['initiative:k']);
    const active = initiativeDocument(initiative({ id: 'a', title: 'Reminders' }), labels);
    expect(active.parentName).toBeUndefined();
    expect(active.version).not.toBe(killed.version);
  });

  it('find a hypothesis by its whole statement, opening its initiative', () => {
    const doc = hypothesisDocument({ id: 'h', initiativeId: 'i', belief: 'teams want a weekly digest', persona: 'busy leads', outcome: 'fewer missed updates', signal: '', threshold: '', learning: '', owner: '', updatedAt: 4 } as unknown as Hypothesis);
    expect(doc).toMatchObject({ kind: 'hypothesis', title: 'teams want a weekly digest', parent: 'i', target: 'i', version: '4' });
    expect(doc.text).toContain('busy leads');
  });

  it('list each key result apart, named after its objective', () => {
    const docs = objectiveDocuments({ id: 'o', title: 'Grow activation', period: { kind: 'quarter', year: 2026, quarter: 1 }, keyResults: [{ id: 'k', metric: 'Activation rate' }], updatedAt: 2 } as unknown as Objective, labels);
    expect(docs.map((d) => [d.kind, d.title, d.detail])).toEqual([
      ['objective', 'Grow activation', 'Q1 2026'],
      ['keyResult', 'Activation rate', 'Grow activation'],
    ]);
  });

  it('name a ritual run by its ritual and day', () => {
    const doc = ritualRunDocument({ id: 'r', kind: 'daily', startedAt: Date.UTC(2026, 2, 4, 9), goal: 'Unblock the export', decisions: [], participants: ['Ana'], sprintId: 's', updatedAt: 1 } as unknown as RitualRun, labels);
    expect(doc).toMatchObject({ title: 'Daily scrum · 2026-03-04', parent: 's', target: 'r' });
  });
});

describe('grouping results', () => {
  const hit = (id: string, kind: SearchHit['kind'], score: number): SearchHit => ({ id, kind, title: id, detail: '', parent: null, target: id, score });

  it('groups by kind, the best match’s group first, each group best first and cut', () => {
    const groups = groupHits([hit('a', 'initiative', 2), hit('b', 'interview', 9), hit('c', 'initiative', 5), hit('d', 'initiative', 1)], 2);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.id)])).toEqual([
      ['interview', ['b']],
      ['initiative', ['c', 'a']],
    ]);
  });

  it('keeps the kinds’ usual order between equal scores', () => {
    expect(groupHits([hit('t', 'template', 1), hit('i', 'initiative', 1)]).map((g) => g.kind)).toEqual(['initiative', 'template']);
  });
});

describe('matching actions', () => {
  const actions = [
    { id: 'interviews', label: 'Go to Interviews' },
    { id: 'dark', label: 'Thème sombre', keywords: 'dark' },
  ];
  it('matches word starts, accents and case aside; an empty query lists all', () => {
    expect(matchActions(actions, 'go int').map((a) => a.id)).toEqual(['interviews']);
    expect(matchActions(actions, 'theme').map((a) => a.id)).toEqual(['dark']);
    expect(matchActions(actions, 'DARK').map((a) => a.id)).toEqual(['dark']);
    expect(matchActions(actions, '')).toHaveLength(2);
    expect(matchActions(actions, 'views')).toEqual([]);
  });
});
