import type { ArtefactContent } from '../templates/instantiate';
import { PRODUCT_TABLES } from '../tables';
import { emptyTables, isLive, type BackupTables } from './format';

/**
 * The ids of the team's own templates a product uses: its defaults per family, and the templates
 * its artefacts started from (their snapshots name the template). Built-in ids are included too;
 * they match no stored template.
 */
export function templatesUsedBy(tables: BackupTables, productId: string): Set<string> {
  const used = new Set<string>();
  const product = tables.products.find((p) => p.id === productId);
  for (const id of Object.values(product?.defaultTemplates ?? {})) if (id) used.add(id);
  const contents: ArtefactContent[] = [
    ...tables.hypotheses.filter((r) => r.productId === productId).map((r) => r.content),
    ...tables.experiments.filter((r) => r.productId === productId).map((r) => r.content),
    ...tables.interviews.filter((r) => r.productId === productId).map((r) => r.content),
    ...tables.ritualRuns.filter((r) => r.productId === productId).map((r) => r.content),
    ...tables.stories.filter((r) => r.productId === productId).flatMap((r) => [r.ready, r.done]),
  ];
  for (const content of contents) used.add(content.template.templateId);
  return used;
}

/** One product and everything that belongs to it, with the team templates it uses and their versions. */
export function productSlice(tables: BackupTables, productId: string): BackupTables {
  const slice = emptyTables();
  slice.products = tables.products.filter((p) => p.id === productId);
  for (const table of PRODUCT_TABLES) {
    (slice[table] as { productId: string }[]) = (tables[table] as { productId: string }[]).filter((r) => r.productId === productId);
  }
  const used = templatesUsedBy(tables, productId);
  slice.templates = tables.templates.filter((t) => used.has(t.id));
  slice.templateVersions = tables.templateVersions.filter((v) => used.has(v.templateId));
  return slice;
}

export interface ProductSummary {
  id: string;
  name: string;
  deleted: boolean;
  initiatives: number;
  hypotheses: number;
  experiments: number;
  interviews: number;
  stories: number;
  sprints: number;
  ritualRuns: number;
  objectives: number;
}

export const SUMMARY_COUNTS = ['initiatives', 'hypotheses', 'experiments', 'interviews', 'stories', 'sprints', 'ritualRuns', 'objectives'] as const;

/** How many records in use (not tombstones) each product has in a table: one pass over the table. */
function countByProduct(rows: readonly { productId: string; deletedAt: number | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.deletedAt === null) counts.set(row.productId, (counts.get(row.productId) ?? 0) + 1);
  return counts;
}

/** What a set of tables holds, product by product. */
export function summarize(tables: BackupTables): { products: ProductSummary[]; templates: number } {
  const counts = SUMMARY_COUNTS.map((table) => [table, countByProduct(tables[table])] as const);
  const products = tables.products.map(
    (p): ProductSummary => ({
      id: p.id,
      name: p.name,
      deleted: p.deletedAt !== null,
      ...(Object.fromEntries(counts.map(([table, byProduct]) => [table, byProduct.get(p.id) ?? 0])) as Record<(typeof SUMMARY_COUNTS)[number], number>),
    }),
  );
  return { products, templates: tables.templates.filter(isLive).length };
}
