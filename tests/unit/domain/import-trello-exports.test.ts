import { describe, expect, it } from 'vitest';
import { parseTrello } from '../../../src/domain/import/trello';
import type { ImportSource } from '../../../src/domain/import/source';
import { fixture } from './import-helpers';

/** Real-shaped Trello files written for these tests (see tests/fixtures/import/README.md). */

function parsed(text: string): ImportSource {
  const result = parseTrello(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}

function refusal(text: string) {
  const result = parseTrello(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

const COMMENTS = fixture('trello-comments.json');

describe('a board with comments, attachments and custom fields', () => {
  it('keeps each card’s commentCard actions, oldest first, with their author and date', () => {
    const byTitle = new Map(parsed(COMMENTS).items.map((i) => [i.title, i]));
    expect(byTitle.get('Export PDF des factures')!.comments).toEqual([
      { author: 'Amélie Dubois', at: Date.parse('2026-11-04T15:30:00.000Z'), text: 'Premier avis : utile pour la compta.' },
      { author: 'Léo Martin', at: Date.parse('2026-11-06T09:00:00.000Z'), text: 'Deuxième avis : d’accord.\nOn le fait au prochain sprint.' },
    ]);
    // Its memberCreator has no full name: the board's members have it. The comment without text is dropped.
    expect(byTitle.get('Relances automatiques')!.comments).toEqual([{ author: 'Léo Martin', at: Date.parse('2026-11-06T11:00:00.000Z'), text: 'Bloqué par le fournisseur d’e-mails.' }]);
    expect(byTitle.get('Connexion SSO')!.comments).toEqual([]);
  });

  it('tells how many cards have attachments and which custom fields hold a value', () => {
    expect(parsed(COMMENTS).leftOut).toEqual({ attachments: 1, customFields: ['Budget'], olderComments: false });
  });

  it('says older comments may be missing when the export holds Trello’s 1,000 actions', () => {
    const board = JSON.parse(COMMENTS) as { actions: unknown[] };
    board.actions = Array.from({ length: 1000 }, (_, i) => ({ id: String(i), type: 'updateCard', date: '2026-11-01T00:00:00.000Z', data: {} }));
    expect(parsed(JSON.stringify(board)).leftOut.olderComments).toBe(true);
  });

  it('never refuses a board for a malformed action, attachment or custom field: those only inform', () => {
    const board = JSON.parse(COMMENTS) as Record<string, unknown> & { cards: Record<string, unknown>[] };
    Object.assign(board, { actions: 'none', customFields: [42, null] });
    Object.assign(board.cards[0]!, { attachments: { broken: true }, badges: 'x', customFieldItems: [null, { idCustomField: 7 }] });
    const source = parsed(JSON.stringify(board));
    expect(source.items).toHaveLength(5);
    expect(source.items.every((i) => i.comments.length === 0)).toBe(true);
    expect(source.leftOut).toEqual({ attachments: 0, customFields: [], olderComments: false });
  });
});

describe('files that are not a board export, told for what they are', () => {
  it('a board copied from Chrome’s JSON page, with its “Pretty-print” line first', () => {
    expect(refusal(fixture('trello-viewer-copy.json'))).toEqual({ code: 'viewerPage', line: 'Pretty-print' });
  });

  it('the text of Firefox’s JSON viewer, and a page saved as HTML', () => {
    expect(refusal('JSON\nRaw Data\nHeaders\nSave\nCopy\nCollapse All\nExpand All\nFilter JSON\nname:\t"Roadmap"\n')).toEqual({ code: 'viewerPage', line: 'JSON' });
    expect(refusal('<html><head></head><body><pre>{"name": "Roadmap", "lists": []}</pre></body></html>')).toEqual({
      code: 'viewerPage',
      line: '<html><head></head><body><pre>{"name": "Roadmap", "lists": …',
    });
  });

  it('the export of a single card', () => {
    expect(refusal(fixture('trello-single-card.json'))).toEqual({ code: 'singleCard', name: 'Export PDF des factures' });
  });

  it('a Jira CSV chosen as a Trello board', () => {
    expect(refusal(fixture('jira-paiement.csv'))).toEqual({ code: 'otherKind', kind: 'jira' });
  });

  it('damaged JSON stays damaged JSON', () => {
    expect(refusal('{"lists": [')).toEqual({ code: 'notJson' });
    expect(refusal('x"name":"Fuzz board","lists":[{"id":"l1"}]')).toEqual({ code: 'notJson' });
    expect(refusal('not a board at all')).toEqual({ code: 'notJson' });
  });
});
