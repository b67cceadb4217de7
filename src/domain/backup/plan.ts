import { DATA_TABLES, PRODUCT_TABLES, type DataRecord, type DataTable } from '../tables';
import { emptyTables, type BackupFile, type BackupTables } from './format';
import type { BackupProblem } from './problems';

export type ImportMode = 'replace' | 'merge';

type Row = DataRecord & { productId?: string; updatedAt?: number };

/** What an import writes, table by table, and what that means in records. */
export interface ImportPlan {
  put: BackupTables;
  remove: Record<DataTable, string[]>;
  /** Records of the file that this browser does not have. */
  added: number;
  /** Records overwritten by the file's copy. */
  updated: number;
  /** Records of the file not written: the copy here is as new or newer (merge only). */
  kept: number;
  /** Records here that the file does not have, removed (replace only). */
  removed: number;
}

function emptyPlan(): ImportPlan {
  return { put: emptyTables(), remove: Object.fromEntries(DATA_TABLES.map((t) => [t, []])) as unknown as Record<DataTable, string[]>, added: 0, updated: 0, kept: 0, removed: 0 };
}

const rowsOf = (tables: BackupTables, table: DataTable) => tables[table] as readonly Row[];
const putInto = (plan: ImportPlan, table: DataTable, row: Row) => (plan.put[table] as Row[]).push(row);

/**
 * Merge: a record whose id is new is added; one that exists is updated when the file's copy was
 * changed later (its updatedAt is newer), kept otherwise. Records that never change once written
 * (history entries, evidence links, template versions) have no updatedAt: an existing one is kept.
 */
function mergeTable(plan: ImportPlan, table: DataTable, incoming: readonly Row[], here: Map<string, Row>) {
  for (const row of incoming) {
    const existing = here.get(row.id);
    if (!existing) {
      putInto(plan, table, row);
      plan.added++;
    } else if (row.updatedAt !== undefined && existing.updatedAt !== undefined && row.updatedAt > existing.updatedAt) {
      putInto(plan, table, row);
      plan.updated++;
    } else plan.kept++;
  }
}

/** Replace: the file's records are written, and those here that the file does not have are removed. */
function replaceTable(plan: ImportPlan, table: DataTable, incoming: readonly Row[], here: readonly Row[]) {
  const ids = new Set(incoming.map((row) => row.id));
  const present = new Set(here.map((row) => row.id));
  for (const row of incoming) {
    putInto(plan, table, row);
    if (present.has(row.id)) plan.updated++;
    else plan.added++;
  }
  for (const row of here) {
    if (ids.has(row.id)) continue;
    plan.remove[table].push(row.id);
    plan.removed++;
  }
}

/**
 * A record of the file that exists here under another product: writing it would move it out of
 * the product that owns it here and break that product's links. Only a hand-made file gets there.
 */
function conflict(file: BackupFile, here: Map<DataTable, Map<string, Row>>): BackupProblem | null {
  const tables: DataTable[] = ['products', ...PRODUCT_TABLES];
  for (const table of tables) {
    const existing = here.get(table)!;
    for (const row of rowsOf(file.tables, table)) {
      const other = existing.get(row.id);
      const owner = table === 'products' ? other?.id : other?.productId;
      const mine = table === 'products' ? row.id : row.productId;
      if (other && owner !== mine) return { code: 'conflict', table, id: row.id };
    }
  }
  return null;
}

/**
 * What importing `file` into a database holding `current` does in `mode`. A whole-database file
 * replaces or merges everything. A product file replaces or merges that product only; the team
 * templates it carries are merged in both modes, since other products may use them.
 */
export function planImport(file: BackupFile, current: BackupTables, mode: ImportMode): { ok: true; plan: ImportPlan } | { ok: false; problem: BackupProblem } {
  const here = new Map(DATA_TABLES.map((table) => [table, new Map(rowsOf(current, table).map((row) => [row.id, row]))]));
  const wholeReplace = mode === 'replace' && file.scope.kind === 'all';
  if (!wholeReplace) {
    const problem = conflict(file, here);
    if (problem) return { ok: false, problem };
  }
  const plan = emptyPlan();
  const scope = file.scope;
  for (const table of DATA_TABLES) {
    const incoming = rowsOf(file.tables, table);
    if (mode === 'merge' || (scope.kind === 'product' && (table === 'templates' || table === 'templateVersions'))) {
      mergeTable(plan, table, incoming, here.get(table)!);
    } else if (scope.kind === 'all') {
      replaceTable(plan, table, incoming, rowsOf(current, table));
    } else {
      const owned = rowsOf(current, table).filter((row) => (table === 'products' ? row.id : row.productId) === scope.productId);
      replaceTable(plan, table, incoming, owned);
    }
  }
  return { ok: true, plan };
}
