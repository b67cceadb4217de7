import { DATA_TABLES, PRODUCT_TABLES, type DataTable } from '../tables';
import type { BackupScope, BackupTables } from './format';
import type { BackupProblem } from './problems';

type Row = { id: string; productId?: string } & Record<string, unknown>;

interface Reference {
  table: DataTable;
  field: string;
  target: DataTable;
  /** Null, absent or '' means "none". */
  optional?: boolean;
}

/**
 * The links between records that the app keeps whole: records are tombstoned, never removed, so a
 * parent outlives its children. Links the app may leave dangling on purpose are not listed (a key
 * result removed from its objective, a product default naming a deleted template, a carried-over
 * action item's runs).
 */
const REFERENCES: readonly Reference[] = [
  ...PRODUCT_TABLES.map((table): Reference => ({ table, field: 'productId', target: 'products' })),
  { table: 'initiatives', field: 'stageId', target: 'stages' },
  { table: 'initiatives', field: 'followUpOf', target: 'initiatives', optional: true },
  { table: 'initiatives', field: 'objectiveId', target: 'objectives', optional: true },
  { table: 'transitions', field: 'initiativeId', target: 'initiatives' },
  { table: 'transitions', field: 'fromStageId', target: 'stages', optional: true },
  { table: 'transitions', field: 'toStageId', target: 'stages', optional: true },
  { table: 'hypotheses', field: 'initiativeId', target: 'initiatives' },
  { table: 'experiments', field: 'initiativeId', target: 'initiatives' },
  { table: 'experiments', field: 'hypothesisId', target: 'hypotheses' },
  { table: 'interviews', field: 'initiativeId', target: 'initiatives', optional: true },
  { table: 'evidence', field: 'hypothesisId', target: 'hypotheses' },
  { table: 'evidence', field: 'interviewId', target: 'interviews', optional: true },
  { table: 'evidence', field: 'feedbackId', target: 'feedback', optional: true },
  { table: 'feedback', field: 'accountId', target: 'accounts', optional: true },
  { table: 'feedbackLinks', field: 'feedbackId', target: 'feedback' },
  { table: 'feedbackLinks', field: 'initiativeId', target: 'initiatives' },
  { table: 'templateVersions', field: 'templateId', target: 'templates' },
  { table: 'stories', field: 'initiativeId', target: 'initiatives' },
  { table: 'stories', field: 'sprintId', target: 'sprints', optional: true },
  { table: 'ritualRuns', field: 'sprintId', target: 'sprints', optional: true },
  { table: 'actionItems', field: 'runId', target: 'ritualRuns' },
];

function rows(tables: BackupTables, table: DataTable): readonly Row[] {
  return tables[table] as unknown as Row[];
}

/** Each table's records by id; the first id seen twice is a problem (the second would overwrite the first). */
function index(tables: BackupTables): { byId: Map<DataTable, Map<string, Row>> } | { problem: BackupProblem } {
  const byId = new Map<DataTable, Map<string, Row>>();
  for (const table of DATA_TABLES) {
    const map = new Map<string, Row>();
    for (const [i, row] of rows(tables, table).entries()) {
      if (map.has(row.id)) return { problem: { code: 'duplicateId', path: `tables.${table}[${i}].id`, id: row.id } };
      map.set(row.id, row);
    }
    byId.set(table, map);
  }
  return { byId };
}

/**
 * Checks what a schema cannot: that every record's links lead to a record of the file, of the same
 * product, and that a product file holds only its product. Returns the first problem, or null.
 */
export function checkReferences(tables: BackupTables, scope: BackupScope): BackupProblem | null {
  const indexed = index(tables);
  if ('problem' in indexed) return indexed.problem;
  const { byId } = indexed;

  if (scope.kind === 'product') {
    const stray = tables.products.findIndex((p) => p.id !== scope.productId);
    if (stray >= 0) return { code: 'otherProduct', path: `tables.products[${stray}]` };
    if (!byId.get('products')!.has(scope.productId)) return { code: 'dangling', path: 'scope.productId', table: 'products', id: scope.productId };
  }

  for (const { table, field, target, optional } of REFERENCES) {
    const targets = byId.get(target)!;
    for (const [i, row] of rows(tables, table).entries()) {
      const value = row[field];
      if (optional && (value === null || value === undefined || value === '')) continue;
      const path = `tables.${table}[${i}].${field}`;
      const parent = targets.get(value as string);
      if (!parent) return { code: 'dangling', path, table: target, id: String(value) };
      if (target !== 'products' && target !== 'templates' && parent.productId !== row.productId) return { code: 'otherProduct', path };
    }
  }

  for (const [i, change] of tables.statusChanges.entries()) {
    const target = change.subject === 'hypothesis' ? 'hypotheses' : 'experiments';
    const subject = byId.get(target)!.get(change.subjectId);
    const path = `tables.statusChanges[${i}].subjectId`;
    if (!subject) return { code: 'dangling', path, table: target, id: change.subjectId };
    if (subject.productId !== change.productId) return { code: 'otherProduct', path };
  }
  return null;
}
