import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportWords } from '../../../src/domain/import/mapping';
import { fittedSummary } from '../../../src/domain/import/summary';
import type { ImportSource, SourceItem } from '../../../src/domain/import/source';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');

/** A fixture of tests/fixtures/import as text. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture of tests/fixtures/import as the bytes a browser reads from the file. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(join(FIXTURES, name)));
}

/** The words an import writes, in English, as the UI gives them. */
export const WORDS: ImportWords = {
  untitled: 'Untitled card',
  checklist: 'Checklist',
  due: (date, done) => `Due: ${date}${done ? ' (done)' : ''}`,
  issue: (key, type) => `Jira: ${key} (${type})`,
  points: (value) => `Story points: ${value}`,
  sprints: (names) => `Sprints: ${names}`,
  priority: (value) => `Priority: ${value}`,
  resolution: (value) => `Resolution: ${value}`,
  parent: (key, summary) => `Parent: ${key}${summary ? ` (${summary})` : ''}`,
  archivedReason: 'Archived in Trello',
  closedReason: (column) => `Closed as “${column}”`,
  importedReason: 'Imported',
};

/** The summary an import writes for a card, within `max` characters. */
export function summaryOf(item: Pick<SourceItem, 'description' | 'details'>, words: ImportWords = WORDS, max?: number): string {
  return fittedSummary(item, words, max).summary;
}

/** A card as a parser gives it, with what a test sets. */
export function item(patch: Partial<SourceItem>): SourceItem {
  return { group: 'g', title: 'A card', description: '', tags: [], owner: '', details: [], comments: [], archived: false, createdAt: null, updatedAt: null, resolvedAt: null, ...patch };
}

/** A source as a parser gives it, with what a test sets. */
export function sourceOf(patch: Partial<ImportSource> & Pick<ImportSource, 'groups' | 'items'>): ImportSource {
  return {
    kind: 'trello',
    name: 'B',
    skippedRows: [],
    undatedRows: [],
    cutRow: null,
    separator: null,
    leftOut: { attachments: 0, customFields: [], olderComments: false },
    ...patch,
  };
}
