import { compareRankThenId, isReleasedStage, orderStages } from '../lanes';
import type { Initiative, Lane, Stage } from '../types';
import { escapeMarkdown } from '../export/markdown';
import { scoreOf } from './scores';
import { HORIZONS, type Horizon, type Objective, type ScoringFramework } from './types';

/**
 * The Now / Next / Later roadmap, derived from the board: what is in Delivery is being done now,
 * what is in Discovery comes next, what is still in Strategy comes later. The user may move an
 * initiative to another horizon; it then stays there wherever it moves on the board, until it is
 * set back to follow its lane. A card in the Released stage has shipped (its outcome is being
 * measured): it is in no horizon but in the Released column, whatever horizon it was given.
 */

export const LANE_HORIZON: Readonly<Record<Lane, Horizon>> = { delivery: 'now', discovery: 'next', strategy: 'later' };

export function isHorizon(value: unknown): value is Horizon {
  return (HORIZONS as readonly unknown[]).includes(value);
}

/** The horizon the user gave the initiative, or the one its lane gives it. */
export function horizonOf(initiative: Pick<Initiative, 'lane' | 'horizon'>): Horizon {
  return initiative.horizon ?? LANE_HORIZON[initiative.lane];
}

export interface RoadmapItem {
  id: string;
  title: string;
  owner: string;
  lane: Lane;
  stage: Pick<Stage, 'id' | 'name' | 'defaultKey'>;
  /** In the product's framework; null while unscored. */
  score: number | null;
  horizon: Horizon;
  /** The horizon its lane gives it. */
  automatic: Horizon;
  /** Whether the user set its horizon (even to the one its lane gives). */
  pinned: boolean;
  /** In the Released stage: shipped, outside the horizons. */
  released: boolean;
}

export interface RoadmapGroup {
  /** Null for the initiatives that serve no objective (or a deleted one). */
  objective: Pick<Objective, 'id' | 'title'> | null;
  items: RoadmapItem[];
}

/** A column of the roadmap: a horizon, or what was released. */
export type RoadmapColumnKey = 'released' | Horizon;

export interface RoadmapHorizon {
  horizon: RoadmapColumnKey;
  /** The objectives in their order, then "no objective"; a group only when it has items. */
  groups: RoadmapGroup[];
  count: number;
}

export interface Roadmap {
  productName: string;
  framework: ScoringFramework;
  /** Released, now, next, later. */
  horizons: RoadmapHorizon[];
}

export interface RoadmapInput {
  productName: string;
  framework: ScoringFramework;
  stages: readonly Stage[];
  /** The live objectives, in display order. */
  objectives: readonly Pick<Objective, 'id' | 'title'>[];
  initiatives: readonly Initiative[];
}

/**
 * The product's active initiatives by horizon, then by objective, each group in board order (by
 * stage, then position in the stage). Pure: the caller reads the records.
 */
export function buildRoadmap({ productName, framework, stages, objectives, initiatives }: RoadmapInput): Roadmap {
  const ordered = orderStages(stages.filter((s) => s.deletedAt === null));
  const stageIndex = new Map(ordered.map((s, i) => [s.id, i]));
  const onBoard = initiatives
    .filter((i) => i.status === 'active' && i.deletedAt === null && stageIndex.has(i.stageId))
    .sort((a, b) => stageIndex.get(a.stageId)! - stageIndex.get(b.stageId)! || compareRankThenId(a, b));
  const entries = onBoard.map((i) => {
    const stage = ordered[stageIndex.get(i.stageId)!]!;
    const item: RoadmapItem = {
      id: i.id,
      title: i.title,
      owner: i.owner,
      lane: i.lane,
      stage: { id: stage.id, name: stage.name, defaultKey: stage.defaultKey },
      score: scoreOf(i.score, framework),
      horizon: horizonOf(i),
      automatic: LANE_HORIZON[i.lane],
      pinned: (i.horizon ?? null) !== null,
      released: isReleasedStage(stage),
    };
    return { item, objectiveId: i.objectiveId ?? null };
  });
  const known = new Set(objectives.map((o) => o.id));
  const groupsOf = (inHorizon: typeof entries): RoadmapGroup[] => {
    const serving = (objectiveId: string | null) => inHorizon.filter((e) => e.objectiveId === objectiveId).map((e) => e.item);
    const groups: RoadmapGroup[] = objectives.map((o) => ({ objective: { id: o.id, title: o.title }, items: serving(o.id) }));
    const none = inHorizon.filter((e) => e.objectiveId === null || !known.has(e.objectiveId)).map((e) => e.item);
    groups.push({ objective: null, items: none });
    return groups.filter((g) => g.items.length > 0);
  };
  return {
    productName,
    framework,
    horizons: (['released', ...HORIZONS] as const).map((horizon) => {
      const inHorizon = entries.filter((e) => (e.item.released ? 'released' : e.item.horizon) === horizon);
      return { horizon, groups: groupsOf(inHorizon), count: inHorizon.length };
    }),
  };
}

/** The words of the Markdown export, in the UI language. */
export interface RoadmapTexts {
  /** "Roadmap": the document's title, before the product's name. */
  title: string;
  horizons: Record<RoadmapColumnKey, string>;
  noObjective: string;
  /** Said under a horizon with nothing in it. */
  empty: string;
  stageName: (stage: RoadmapItem['stage']) => string;
  /** A score with its framework, such as "RICE 213.3". */
  score: (score: number) => string;
}

/**
 * The roadmap as Markdown, for a meeting or a wiki: `# Roadmap — <product>`, a `##` per column, a
 * `###` per objective, and one line per initiative: `- **<title>** (<stage>, <owner>) — <score>`,
 * the owner and the score left out when there are none.
 */
export function roadmapMarkdown(roadmap: Roadmap, texts: RoadmapTexts): string {
  const lines = [`# ${escapeMarkdown(texts.title)} — ${escapeMarkdown(roadmap.productName)}`];
  for (const { horizon, groups } of roadmap.horizons) {
    // Nothing released yet is no news: that column is left out rather than said empty.
    if (horizon === 'released' && groups.length === 0) continue;
    lines.push('', `## ${texts.horizons[horizon]}`);
    if (groups.length === 0) lines.push('', `_${texts.empty}_`);
    for (const group of groups) {
      lines.push('', `### ${group.objective ? escapeMarkdown(group.objective.title) : texts.noObjective}`, '');
      for (const item of group.items) {
        const where = [texts.stageName(item.stage), item.owner].map(escapeMarkdown).filter((part) => part !== '');
        const score = item.score === null ? '' : ` — ${texts.score(item.score)}`;
        lines.push(`- **${escapeMarkdown(item.title)}** (${where.join(', ')})${score}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
