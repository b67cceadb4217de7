import type { ImportProblem } from '../../domain/import/problems';
import { IMPORT_MAX_BYTES } from '../../domain/import/source';
import type { TFunction } from '../../i18n/i18n';

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object']);

/** Why a Trello or Jira file was refused, in the UI language, with where in the file. */
export function importProblemMessage(problem: ImportProblem, t: TFunction, language: string): string {
  const number = new Intl.NumberFormat(language);
  switch (problem.code) {
    case 'tooLarge':
      return t('import.problems.tooLarge', { max: new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte' }).format(IMPORT_MAX_BYTES / 1024 / 1024) });
    case 'missing':
    case 'shape':
      return t(`import.problems.${problem.code}`, { path: problem.path || '/' });
    case 'type':
      return t('import.problems.type', {
        path: problem.path || '/',
        expected: TYPES.has(problem.expected) ? t(`import.types.${problem.expected as 'string'}`) : t('import.types.other'),
      });
    case 'unknownList':
      return t('import.problems.unknownList', { path: problem.path, id: problem.id });
    case 'tooMany':
      return t('import.problems.tooMany', { count: number.format(problem.count), max: number.format(problem.max) });
    case 'missingColumn':
      return t('import.problems.missingColumn', { column: problem.column });
    case 'unclosedQuote':
    case 'cutShort':
      return t(`import.problems.${problem.code}`, { row: number.format(problem.row) });
    case 'otherKind':
      return t(`import.problems.otherKind.${problem.kind}`);
    case 'viewerPage':
      return t('import.problems.viewerPage', { line: problem.line });
    case 'singleCard':
      return t('import.problems.singleCard', { name: problem.name || t('import.words.untitled') });
    default:
      return t(`import.problems.${problem.code}`);
  }
}
