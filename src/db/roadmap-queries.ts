import { buildMatrix, type Matrix } from '../domain/strategy/matrix';
import { buildRoadmap, type Roadmap } from '../domain/strategy/roadmap';
import { scoringOf } from '../domain/strategy/scores';
import type { ScoringFramework } from '../domain/strategy/types';
import { compareRankThenId, isReleasedStage, orderStages } from '../domain/lanes';
import type { Initiative, Product, Stage } from '../domain/types';
import { db } from './db';
import { objectiveList } from './strategy-queries';

/**
 * The reads of the product's strategy views, the roadmap and the value × effort matrix, for
 * useLiveQuery: every Dexie read happens in one transaction before anything else is awaited.
 */

interface Board {
  product: Product;
  productName: string;
  framework: ScoringFramework;
  /** Live, in board order. */
  stages: Stage[];
  /** Active and live, in board order (by stage, then position). */
  initiatives: Initiative[];
}

async function boardOf(productId: string): Promise<Board | null> {
  const product = await db.products.get(productId);
  if (!product || product.deletedAt !== null) return null;
  const stages = orderStages((await db.stages.where('productId').equals(productId).toArray()).filter((s) => s.deletedAt === null));
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const active = await db.initiatives.where('[productId+status]').equals([productId, 'active']).toArray();
  const initiatives = active
    .filter((i) => i.deletedAt === null && index.has(i.stageId))
    .sort((a, b) => index.get(a.stageId)! - index.get(b.stageId)! || compareRankThenId(a, b));
  return { product, productName: product.name, framework: scoringOf(product), stages, initiatives };
}

/** The product's Now / Next / Later roadmap, or null once the product is gone. */
export function roadmapOf(productId: string): Promise<Roadmap | null> {
  return db.transaction('r', [db.products, db.stages, db.initiatives, db.objectives], async () => {
    const board = await boardOf(productId);
    if (!board) return null;
    const objectives = await objectiveList(productId);
    return buildRoadmap({ ...board, objectives });
  });
}

export interface MatrixView {
  productName: string;
  framework: ScoringFramework;
  stages: Stage[];
  matrix: Matrix<Initiative>;
}

/**
 * The product's initiatives on the value × effort matrix, or null once the product is gone: those
 * still to decide on, or (`done`) also the shipped ones (Released or closed as shipped), the
 * killed and the parked, for what was learned.
 */
export function matrixOf(productId: string, done = false): Promise<MatrixView | null> {
  return db.transaction('r', [db.products, db.stages, db.initiatives], async () => {
    const board = await boardOf(productId);
    if (!board) return null;
    const released = new Set(board.stages.filter(isReleasedStage).map((s) => s.id));
    const closedKeys = (['shipped', 'killed', 'parked'] as const).map((status) => [productId, status]);
    const closed = done ? (await db.initiatives.where('[productId+status]').anyOf(closedKeys).toArray()).filter((i) => i.deletedAt === null) : [];
    const shown = [...board.initiatives.filter((i) => done || !released.has(i.stageId)), ...closed];
    const own = board.product.matrixThresholds?.[board.framework] ?? null;
    return { productName: board.productName, framework: board.framework, stages: board.stages, matrix: buildMatrix(shown, board.framework, own) };
  });
}
