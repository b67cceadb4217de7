import * as z from 'zod/mini';
import { parseSafeJson } from '../safe-json';
import { DATA_TABLES, TABLE_SINCE, type DataTable } from '../tables';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_SCHEMA_VERSION, emptyTables, type BackupFile, type BackupTables } from './format';
import { formatPath, type BackupProblem, type FieldIssue } from './problems';
import { checkReferences } from './references';
import { envelopeSchema, RECORD_SCHEMAS } from './schema';

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

function detail(issue: z.core.$ZodIssue): { path: readonly PropertyKey[]; issue: FieldIssue } {
  const { path } = issue;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { path, issue: { issue: 'missing' } };
      if (issue.expected === 'int') return { path, issue: { issue: 'notInteger' } };
      return { path, issue: { issue: 'type', expected: issue.expected } };
    case 'too_big':
      return { path, issue: { issue: issue.origin === 'number' ? 'tooBig' : 'tooLong', limit: Number(issue.maximum) } };
    case 'too_small':
      return { path, issue: { issue: issue.origin === 'number' ? 'tooSmall' : 'tooShort', limit: Number(issue.minimum) } };
    case 'invalid_value':
      return { path, issue: { issue: 'choice', values: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'unrecognized_keys':
      return { path, issue: { issue: 'unknownKey', key: issue.keys[0] ?? '' } };
    case 'invalid_format':
      return { path, issue: { issue: 'format' } };
    case 'invalid_union': {
      // A discriminated union names the discriminator's allowed values; a plain one, only that nothing matched.
      const options = (issue as { options?: unknown[] }).options;
      return options ? { path, issue: { issue: 'choice', values: options.map((v) => JSON.stringify(v)).join(', ') } } : { path, issue: { issue: 'shape' } };
    }
    default:
      return { path, issue: { issue: 'shape' } };
  }
}

/** The first thing zod found wrong, with its path from the file's root. */
function fieldProblem(error: z.core.$ZodError, prefix: readonly PropertyKey[]): BackupProblem {
  const { path, issue } = detail(error.issues[0]!);
  return { code: 'field', path: formatPath([...prefix, ...path]), ...issue };
}

/** `input` is reported so a missing field can be told from a wrong one; it never leaves this module. */
const PARSE_OPTIONS = { reportInput: true } as const;

/**
 * Reads a backup file; anything damaged, hostile, of another format or of a newer schema is
 * refused with the first reason found. Size and depth are capped before parsing, keys that could
 * reach Object.prototype are dropped while parsing, then every record is checked field by field,
 * then the links between records.
 */
export function parseBackup(text: string, maxBytes = BACKUP_MAX_BYTES): ParsedBackup {
  const json = parseSafeJson(text, maxBytes);
  if (!json.ok) return { ok: false, problem: { code: json.error } };
  const value = json.value as { format?: unknown; schemaVersion?: unknown } | null;
  if (!value || typeof value !== 'object' || Array.isArray(value) || value.format !== BACKUP_FORMAT) return { ok: false, problem: { code: 'wrongFormat' } };
  // Before the envelope: a newer app may have changed it, and "update the app" is the useful answer.
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > BACKUP_SCHEMA_VERSION) {
    return { ok: false, problem: { code: 'newerVersion', version: value.schemaVersion } };
  }
  const envelope = envelopeSchema.safeParse(value, PARSE_OPTIONS);
  if (!envelope.success) return { ok: false, problem: fieldProblem(envelope.error, []) };
  const { schemaVersion, tables: fileTables } = envelope.data;

  for (const name of Object.keys(fileTables)) {
    if (!Object.hasOwn(TABLE_SINCE, name) || TABLE_SINCE[name as DataTable] > schemaVersion) return { ok: false, problem: { code: 'unknownTable', table: name } };
  }
  const tables = emptyTables();
  for (const table of DATA_TABLES) {
    const rows = Object.hasOwn(fileTables, table) ? fileTables[table] : undefined;
    if (!rows) {
      // An older file lacks the tables that came after it: they are empty. A current one has them all.
      if (TABLE_SINCE[table] <= schemaVersion) return { ok: false, problem: { code: 'missingTable', table } };
      continue;
    }
    const parsed = z.array(RECORD_SCHEMAS[table]).safeParse(rows, PARSE_OPTIONS);
    if (!parsed.success) return { ok: false, problem: fieldProblem(parsed.error, ['tables', table]) };
    (tables as unknown as Record<DataTable, unknown[]>)[table] = parsed.data;
  }

  const backup: BackupFile = { ...envelope.data, format: BACKUP_FORMAT, tables: tables as BackupTables };
  const dangling = checkReferences(backup.tables, backup.scope);
  if (dangling) return { ok: false, problem: dangling };
  return { ok: true, backup };
}
