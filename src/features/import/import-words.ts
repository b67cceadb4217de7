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
    archivedReason: t('import.words.archivedReason'),
    importedReason: t(kind === 'trello' ? 'import.words.importedTrello' : 'import.words.importedJira'),
  };
}
