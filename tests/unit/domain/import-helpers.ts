import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportWords } from '../../../src/domain/import/mapping';

/** A fixture of tests/fixtures/import as text. */
export function fixture(name: string): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import', name), 'utf8');
}

/** The words an import writes, in English, as the UI gives them. */
export const WORDS: ImportWords = {
  untitled: 'Untitled card',
  checklist: 'Checklist',
  due: (date, done) => `Due: ${date}${done ? ' (done)' : ''}`,
  issue: (key, type) => `Jira: ${key} (${type})`,
  points: (value) => `Story points: ${value}`,
  sprints: (names) => `Sprints: ${names}`,
  archivedReason: 'Archived in Trello',
  importedReason: 'Imported',
};
