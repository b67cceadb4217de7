import type { ImportWords } from '../../domain/import/mapping';
import type { SourceKind } from '../../domain/import/source';
import type { TFunction } from '../../i18n/i18n';

/** What an import writes into the initiatives, in the UI language of the person importing. */
export function importWords(t: TFunction, kind: SourceKind): ImportWords {
  return {
    untitled: t('import.words.untitled'),
    checklist: t('import.words.checklist'),
    due: (date, done) => t(done ? 'import.words.dueDone' : 'import.words.due', { date }),
    issue: (key, type) => (type ? t('import.words.issue', { key, type }) : t('import.words.issueKey', { key })),
    points: (points) => t('import.words.points', { points }),
    sprints: (names) => t('import.words.sprints', { names }),
    priority: (value) => t('import.words.priority', { value }),
    resolution: (value) => t('import.words.resolution', { value }),
    parent: (key, summary) => (summary ? t('import.words.parent', { key, summary }) : t('import.words.parentKey', { key })),
    archivedReason: t('import.words.archivedReason'),
    closedReason: (column) => t(kind === 'trello' ? 'import.words.closedTrello' : 'import.words.closedJira', { column }),
    importedReason: t(kind === 'trello' ? 'import.words.importedTrello' : 'import.words.importedJira'),
  };
}
