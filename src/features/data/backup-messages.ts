import { BACKUP_MAX_BYTES, BACKUP_SCHEMA_VERSION } from '../../domain/backup/format';
import type { BackupProblem, FieldIssue } from '../../domain/backup/problems';
import type { TFunction } from '../../i18n/i18n';

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null']);

function typeName(expected: string, t: TFunction): string {
  const type = expected === 'record' ? 'object' : expected;
  return TYPES.has(type) ? t(`data.types.${type as 'string'}`) : t('data.types.other');
}

/** "tables.initiatives[3].title: expected a string", in the UI language. */
function issueText(problem: { path: string } & FieldIssue, t: TFunction, language: string): string {
  const path = problem.path || '/';
  const number = new Intl.NumberFormat(language);
  switch (problem.issue) {
    case 'type':
      return t('data.issues.type', { path, expected: typeName(problem.expected, t) });
    case 'tooLong':
    case 'tooShort':
    case 'tooBig':
    case 'tooSmall':
      return t(`data.issues.${problem.issue}`, { path, limit: number.format(problem.limit) });
    case 'choice':
      return t('data.issues.choice', { path, values: problem.values });
    case 'unknownKey':
      return t('data.issues.unknownKey', { path, key: problem.key });
    default:
      return t(`data.issues.${problem.issue}`, { path });
  }
}

/** Why a backup file was refused, in the UI language, with where in the file. */
export function backupProblemMessage(problem: BackupProblem, t: TFunction, language: string): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('data.errors.tooLarge', { max: new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte' }).format(BACKUP_MAX_BYTES / 1024 / 1024) });
    case 'newerVersion':
      return t('data.errors.newerVersion', { version: problem.version, current: BACKUP_SCHEMA_VERSION });
    case 'unknownTable':
    case 'missingTable':
      return t(`data.errors.${problem.code}`, { table: problem.table });
    case 'field':
      return t('data.errors.field', { issue: issueText(problem, t, language) });
    case 'duplicateId':
      return t('data.errors.duplicateId', { path: problem.path, id: problem.id });
    case 'dangling':
      return t('data.errors.dangling', { path: problem.path, id: problem.id, table: problem.table });
    case 'otherProduct':
      return t('data.errors.otherProduct', { path: problem.path });
    case 'conflict':
      return t('data.errors.conflict', { id: problem.id, table: problem.table });
    default:
      return t(`data.errors.${problem.code}`);
  }
}
