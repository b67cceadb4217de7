import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { BACKUP_MAX_BYTES, BACKUP_SCHEMA_VERSION, backupToText } from '../../../src/domain/backup/format';
import { parseBackup } from '../../../src/domain/backup/parse';
import { formatPath } from '../../../src/domain/backup/problems';
import type { RECORD_SCHEMAS } from '../../../src/domain/backup/schema';
import type { DataRecords, DataTable } from '../../../src/domain/tables';
import { smallBackup, smallTables } from './backup-fixture';

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests build damaged files by hand */
type Json = Record<string, any>;
type Fields<T> = keyof T;
type Schema<T extends DataTable> = z.infer<(typeof RECORD_SCHEMAS)[T]>;

/** A small valid file as JSON, changed by `edit` (a plain object to mangle). */
function mangled(edit: (file: Json) => void): string {
  const file = JSON.parse(backupToText(smallBackup())) as Json;
  edit(file);
  return JSON.stringify(file);
}

/** The tables schema version 5 added. */
const FEEDBACK_TABLES = ['accounts', 'feedback', 'feedbackLinks'];

/** A file as version 4 wrote it: no feedback, and evidence from interviews only. */
function withoutFeedback(f: Json) {
  for (const table of FEEDBACK_TABLES) delete f.tables[table];
  f.tables.evidence = f.tables.evidence.filter((e: { feedbackId?: string }) => e.feedbackId === undefined);
}

function problemOf(text: string) {
  const parsed = parseBackup(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problem;
}

describe('the record schemas', () => {
  it('name every field of every record type, no more', () => {
    // Compile-time: a field added to a domain type without its schema fails the typecheck here.
    expectTypeOf<{ [T in DataTable]: Fields<Schema<T>> }>().toEqualTypeOf<{ [T in DataTable]: Fields<DataRecords[T]> }>();
  });
});

describe('parseBackup', () => {
  it('reads a valid file back as it was written', () => {
    const file = smallBackup();
    expect(parseBackup(backupToText(file))).toEqual({ ok: true, backup: file });
  });

  it('names the field and what it expected', () => {
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].title = 42)))).toEqual({ code: 'field', path: 'tables.initiatives[0].title', issue: 'type', expected: 'string' });
    expect(problemOf(mangled((f) => delete f.tables.stages[1].rank))).toEqual({ code: 'field', path: 'tables.stages[1].rank', issue: 'missing' });
    expect(problemOf(mangled((f) => (f.tables.hypotheses[0].importance = 9)))).toEqual({ code: 'field', path: 'tables.hypotheses[0].importance', issue: 'choice', values: '1, 2, 3, 4, 5' });
    expect(problemOf(mangled((f) => (f.tables.products[0].createdAt = 1.5)))).toEqual({ code: 'field', path: 'tables.products[0].createdAt', issue: 'notInteger' });
    expect(problemOf(mangled((f) => (f.tables.sprints[0].startDate = 'soon')))).toEqual({ code: 'field', path: 'tables.sprints[0].startDate', issue: 'format' });
    expect(problemOf(mangled((f) => (f.tables.stories[0].points = -1)))).toEqual({ code: 'field', path: 'tables.stories[0].points', issue: 'tooSmall', limit: 0 });
    expect(problemOf(mangled((f) => (f.tables.objectives[0].period = { kind: 'year' })))).toEqual({
      code: 'field',
      path: 'tables.objectives[0].period.kind',
      issue: 'choice',
      values: '"quarter", "custom"',
    });
    expect(problemOf(mangled((f) => (f.scope = { kind: 'all', extra: 1 })))).toEqual({ code: 'field', path: 'scope', issue: 'unknownKey', key: 'extra' });
  });

  it('refuses unknown fields rather than dropping them', () => {
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].isAdmin = true)))).toEqual({ code: 'field', path: 'tables.initiatives[0]', issue: 'unknownKey', key: 'isAdmin' });
  });

  it('keeps the comments an import brought to an initiative, and refuses a hostile number of them or an unknown key in one', () => {
    const comments = [{ author: 'Ana', at: 1_700_000_000_000, text: 'Looks good.' }];
    const parsed = parseBackup(mangled((f) => (f.tables.initiatives[0].comments = comments)));
    expect(parsed.ok && parsed.backup.tables.initiatives[0]!.comments).toEqual(comments);
    const many = Array.from({ length: 1_001 }, () => comments[0]);
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].comments = many)))).toEqual({ code: 'field', path: 'tables.initiatives[0].comments', issue: 'tooLong', limit: 1_000 });
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].comments = [{ ...comments[0], html: '<b>' }])))).toEqual({ code: 'field', path: 'tables.initiatives[0].comments[0]', issue: 'unknownKey', key: 'html' });
  });

  it('refuses a 10 MB field, and a file over the size cap before reading it', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].summary = huge)))).toEqual({ code: 'field', path: 'tables.initiatives[0].summary', issue: 'tooLong', limit: 100_000 });
    expect(problemOf(' '.repeat(BACKUP_MAX_BYTES + 1))).toEqual({ code: 'tooLarge' });
  });

  it('refuses deep nesting, damaged JSON and other formats', () => {
    expect(problemOf(mangled((f) => (f.tables.products = JSON.parse('['.repeat(100) + ']'.repeat(100)))))).toEqual({ code: 'tooDeep' });
    expect(problemOf('{"format": "product-lifecycle-board/backup", "tables": {')).toEqual({ code: 'notJson' });
    expect(problemOf('[]')).toEqual({ code: 'wrongFormat' });
    expect(problemOf('{"format": "product-lifecycle-board/template", "formatVersion": 1}')).toEqual({ code: 'wrongFormat' });
  });

  it('refuses a newer schema version, and reads an older one holding only the tables it knew', () => {
    expect(problemOf(mangled((f) => (f.schemaVersion = BACKUP_SCHEMA_VERSION + 1)))).toEqual({ code: 'newerVersion', version: BACKUP_SCHEMA_VERSION + 1 });
    expect(problemOf(mangled((f) => delete f.tables.stories))).toEqual({ code: 'missingTable', table: 'stories' });
    expect(problemOf(mangled((f) => (f.tables.cards = [])))).toEqual({ code: 'unknownTable', table: 'cards' });
    expect(problemOf(mangled((f) => (f.tables.toString = [])))).toEqual({ code: 'unknownTable', table: 'toString' });

    const v1 = mangled((f) => {
      f.schemaVersion = 1;
      for (const table of ['stories', 'sprints', 'ritualRuns', 'actionItems', 'objectives', 'savedViews', ...FEEDBACK_TABLES]) delete f.tables[table];
      f.tables.evidence = f.tables.evidence.filter((e: { feedbackId?: string }) => e.feedbackId === undefined);
      for (const key of ['objectiveId', 'keyResultId', 'score']) delete f.tables.initiatives[0][key];
    });
    const parsed = parseBackup(v1);
    expect(parsed.ok && parsed.backup.tables.sprints).toEqual([]);
    expect(problemOf(mangled((f) => ((f.schemaVersion = 1), (f.tables.stories = []))))).toEqual({ code: 'unknownTable', table: 'stories' });

    // Saved views came with version 4: a version 3 file (the previous format) still imports, without them.
    const v3 = parseBackup(mangled((f) => ((f.schemaVersion = 3), delete f.tables.savedViews, withoutFeedback(f))));
    expect(v3.ok && v3.backup.tables.savedViews).toEqual([]);
    expect(v3.ok && v3.backup.tables.initiatives.length).toBe(1);
    expect(problemOf(mangled((f) => ((f.schemaVersion = 3), withoutFeedback(f))))).toEqual({ code: 'unknownTable', table: 'savedViews' });

    // Feedback came with version 5.
    const v4 = parseBackup(mangled((f) => ((f.schemaVersion = 4), withoutFeedback(f))));
    expect(v4.ok && v4.backup.tables.feedback).toEqual([]);
    expect(problemOf(mangled((f) => (f.schemaVersion = 4)))).toEqual({ code: 'unknownTable', table: 'accounts' });
  });

  it('refuses evidence that quotes no source or two, and a link to a feedback note the file lacks', () => {
    expect(problemOf(mangled((f) => (f.tables.evidence[1].feedbackId = undefined)))).toMatchObject({ code: 'field', path: 'tables.evidence[1]' });
    expect(problemOf(mangled((f) => (f.tables.evidence[1].interviewId = 'interview-1')))).toMatchObject({ code: 'field', path: 'tables.evidence[1]' });
    expect(problemOf(mangled((f) => (f.tables.feedbackLinks[0].feedbackId = 'gone')))).toEqual({ code: 'dangling', path: 'tables.feedbackLinks[0].feedbackId', table: 'feedback', id: 'gone' });
    expect(problemOf(mangled((f) => (f.tables.feedback[0].accountId = 'gone')))).toEqual({ code: 'dangling', path: 'tables.feedback[0].accountId', table: 'accounts', id: 'gone' });
    expect(problemOf(mangled((f) => (f.tables.feedbackLinks[0].importance = 'urgent')))).toMatchObject({ code: 'field', path: 'tables.feedbackLinks[0].importance' });
  });

  it('refuses links to records the file does not hold, and ids used twice', () => {
    expect(problemOf(mangled((f) => (f.tables.initiatives[0].stageId = 'gone')))).toEqual({ code: 'dangling', path: 'tables.initiatives[0].stageId', table: 'stages', id: 'gone' });
    expect(problemOf(mangled((f) => (f.tables.stories[0].sprintId = 'gone')))).toEqual({ code: 'dangling', path: 'tables.stories[0].sprintId', table: 'sprints', id: 'gone' });
    expect(problemOf(mangled((f) => (f.tables.stages[0].productId = 'gone')))).toEqual({ code: 'dangling', path: 'tables.stages[0].productId', table: 'products', id: 'gone' });
    expect(problemOf(mangled((f) => (f.tables.statusChanges[0].subject = 'experiment')))).toEqual({
      code: 'dangling',
      path: 'tables.statusChanges[0].subjectId',
      table: 'experiments',
      id: 'hypothesis-1',
    });
    expect(problemOf(mangled((f) => f.tables.stages.push({ ...f.tables.stages[0] })))).toEqual({ code: 'duplicateId', path: 'tables.stages[2].id', id: 'stage-1' });
  });

  it('refuses a link from one product into another', () => {
    const text = mangled((f) => {
      f.tables.products.push({ ...f.tables.products[0], id: 'product-2' });
      f.tables.stages[1].productId = 'product-2';
    });
    expect(problemOf(text)).toEqual({ code: 'otherProduct', path: 'tables.initiatives[0].stageId' });
  });

  it('refuses a product file holding another product', () => {
    const scoped = (f: Json) => (f.scope = { kind: 'product', productId: 'product-1', productName: 'Checkout' });
    expect(parseBackup(mangled(scoped)).ok).toBe(true);
    expect(problemOf(mangled((f) => (scoped(f), f.tables.products.push({ ...f.tables.products[0], id: 'product-2' }))))).toEqual({ code: 'otherProduct', path: 'tables.products[1]' });
    expect(problemOf(mangled((f) => (scoped(f), (f.scope.productId = 'product-9'))))).toEqual({ code: 'otherProduct', path: 'tables.products[0]' });
  });

  it('drops keys that could reach Object.prototype, and never touches it', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const text = backupToText(smallBackup())
      .replace('"name":"Checkout"', '"name":"Checkout","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}')
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.backup.tables.products[0]).toEqual(smallTables().products[0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    // A format given only through the prototype is no format.
    expect(problemOf('{"__proto__": {"format": "product-lifecycle-board/backup"}}')).toEqual({ code: 'wrongFormat' });
  });
});

describe('formatPath', () => {
  it('reads as a person writes it', () => {
    expect(formatPath(['tables', 'initiatives', 3, 'title'])).toBe('tables.initiatives[3].title');
    expect(formatPath([])).toBe('');
  });
});
