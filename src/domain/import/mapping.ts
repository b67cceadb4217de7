import { ranksBetween } from '../ranking';
import type { Initiative, Product, Stage, Transition } from '../types';
import { TEXT_MAX, TITLE_MAX } from '../validation';
import type { ImportSource, SourceDetail, SourceItem } from './source';
import { clip, oneLine, uniqueTags } from './text';

/** The limits of validation.ts's initiative schema on tags (a unit test holds every import to that schema). */
const TAG_MAX = 60;
const TAGS_MAX = 30;

/** What becomes of archived cards: parked initiatives (in the Archive, with a reason), or nothing. */
export type ArchivedChoice = 'park' | 'skip';
export const ARCHIVED_CHOICES: readonly ArchivedChoice[] = ['park', 'skip'];

export interface ImportChoices {
  /** The stage (id) each group's cards go to, by group key. A Map: keys come from the file. */
  stageOf: ReadonlyMap<string, string>;
  archived: ArchivedChoice;
}

/** The words an import writes into the initiatives, in the UI language of the person importing. */
export interface ImportWords {
  /** The title of a card that has none. */
  untitled: string;
  /** The heading of a checklist that has no name. */
  checklist: string;
  due: (date: string, done: boolean) => string;
  issue: (key: string, type: string) => string;
  points: (value: string) => string;
  sprints: (names: string) => string;
  /** Why an archived card is parked. */
  archivedReason: string;
  /** What each imported card's history says of its creation. */
  importedReason: string;
}

export interface ImportTarget {
  product: Product;
  /** The product's live stages, in board order. */
  stages: readonly Stage[];
  /** A product the import creates: its product and stage records are written with the cards. */
  isNew: boolean;
  /** The rank of the last active card of each stage: imported cards come after it. */
  tails: ReadonlyMap<string, string>;
}

export interface StageCount {
  stage: Stage;
  active: number;
  parked: number;
}

export interface ImportCounts {
  /** The stages that receive cards, in board order. */
  byStage: StageCount[];
  active: number;
  parked: number;
  skipped: number;
  /** Cards with a text cut to fit this app's limits (title, summary, owner or tags). */
  shortened: number;
}

export interface BuiltImport {
  product: Product;
  /** The stages to write: the new product's, or none. */
  stages: Stage[];
  initiatives: Initiative[];
  transitions: Transition[];
  counts: ImportCounts;
}

function detailLine(detail: Exclude<SourceDetail, { kind: 'checklist' }>, words: ImportWords): string {
  switch (detail.kind) {
    case 'due':
      return words.due(detail.date, detail.done);
    case 'issue':
      return words.issue(detail.key, detail.type);
    case 'points':
      return words.points(detail.value);
    case 'sprints':
      return words.sprints(detail.names.join(', '));
  }
}

/**
 * The summary: the card's description, then each checklist as a list with its ticks ("- [x] …"),
 * then what has no field here (due date, Jira key and type, points, sprints), one per line.
 */
export function summaryOf(item: Pick<SourceItem, 'description' | 'details'>, words: ImportWords): string {
  const blocks = [item.description.replace(/\r\n?/g, '\n').trim()];
  const facts: string[] = [];
  for (const detail of item.details) {
    if (detail.kind === 'checklist') {
      const lines = detail.items.map((entry) => `- [${entry.done ? 'x' : ' '}] ${oneLine(entry.text)}`);
      blocks.push([oneLine(detail.name) || words.checklist, ...lines].join('\n'));
    } else {
      facts.push(detailLine(detail, words));
    }
  }
  blocks.push(facts.join('\n'));
  return blocks.filter(Boolean).join('\n\n');
}

interface Fields {
  title: string;
  summary: string;
  owner: string;
  tags: string[];
  shortened: boolean;
}

/** The card's texts within this app's limits, and whether any had to be cut. */
function fieldsOf(item: SourceItem, words: ImportWords): Fields {
  const title = oneLine(item.title);
  const summary = summaryOf(item, words);
  const owner = oneLine(item.owner);
  const allTags = uniqueTags(item.tags);
  const tags = uniqueTags(allTags.map((tag) => clip(tag, TAG_MAX))).slice(0, TAGS_MAX);
  const shortened =
    title.length > TITLE_MAX || summary.length > TEXT_MAX || owner.length > TITLE_MAX || tags.length < allTags.length || allTags.some((tag) => tag.length > TAG_MAX);
  return { title: clip(title, TITLE_MAX) || words.untitled, summary: clip(summary, TEXT_MAX), owner: clip(owner, TITLE_MAX), tags, shortened };
}

/** Whether a card counts as archived: archived itself, or in an archived list. */
export function archivedTest(source: ImportSource): (item: SourceItem) => boolean {
  const archivedGroups = new Set(source.groups.filter((g) => g.archived).map((g) => g.key));
  return (item) => item.archived || archivedGroups.has(item.group);
}

/** The cards to import with their stage, in board order; archived ones parked or left out as chosen. */
function placeItems(source: ImportSource, choices: ImportChoices, stages: ReadonlyMap<string, Stage>) {
  const isArchived = archivedTest(source);
  const placed: { item: SourceItem; stage: Stage; parked: boolean }[] = [];
  let skipped = 0;
  for (const item of source.items) {
    const archived = isArchived(item);
    if (archived && choices.archived === 'skip') {
      skipped++;
      continue;
    }
    const stage = stages.get(choices.stageOf.get(item.group) ?? '');
    if (!stage) throw new RangeError(`No stage chosen for the column “${item.group}”.`);
    placed.push({ item, stage, parked: archived });
  }
  return { placed, skipped };
}

/**
 * The records an import writes: one initiative per card in the stage chosen for its column, after
 * the cards already there and in the source's order (ranks made in one go per stage), each with its
 * creation in its history, and archived cards parked with their reason. Dates the file gives are
 * kept (never later than now); `makeId` names the new records.
 */
export function buildImport(source: ImportSource, choices: ImportChoices, target: ImportTarget, words: ImportWords, now: number, makeId: () => string): BuiltImport {
  const stagesById = new Map(target.stages.map((s) => [s.id, s]));
  const { placed, skipped } = placeItems(source, choices, stagesById);

  const perStage = new Map<string, number>();
  for (const { stage } of placed) perStage.set(stage.id, (perStage.get(stage.id) ?? 0) + 1);
  const ranks = new Map([...perStage].map(([stageId, n]) => [stageId, ranksBetween(target.tails.get(stageId) ?? null, null, n)]));
  const used = new Map<string, number>();

  const initiatives: Initiative[] = [];
  const transitions: Transition[] = [];
  const counts = new Map<string, StageCount>();
  let shortenedCount = 0;
  for (const { item, stage, parked } of placed) {
    const index = used.get(stage.id) ?? 0;
    used.set(stage.id, index + 1);
    const { shortened, ...fields } = fieldsOf(item, words);
    if (shortened) shortenedCount++;
    const createdAt = Math.min(item.createdAt ?? now, now);
    const closedAt = parked ? Math.max(Math.min(item.updatedAt ?? createdAt, now), createdAt + 1) : null;
    const initiative: Initiative = {
      id: makeId(),
      productId: target.product.id,
      stageId: stage.id,
      lane: stage.lane,
      rank: ranks.get(stage.id)![index]!,
      ...fields,
      problem: '',
      segment: '',
      status: parked ? 'parked' : 'active',
      closeReason: parked ? words.archivedReason : '',
      closedAt,
      createdAt,
      updatedAt: closedAt ?? Math.max(Math.min(item.updatedAt ?? createdAt, now), createdAt),
      deletedAt: null,
    };
    initiatives.push(initiative);
    const base = { productId: target.product.id, initiativeId: initiative.id };
    transitions.push({
      ...base,
      id: makeId(),
      at: createdAt,
      kind: 'create',
      fromStageId: null,
      fromLane: null,
      toStageId: stage.id,
      toLane: stage.lane,
      status: 'active',
      reason: words.importedReason,
    });
    if (closedAt !== null) {
      transitions.push({
        ...base,
        id: makeId(),
        at: closedAt,
        kind: 'close',
        fromStageId: stage.id,
        fromLane: stage.lane,
        toStageId: null,
        toLane: null,
        status: 'parked',
        reason: words.archivedReason,
      });
    }
    const count = counts.get(stage.id) ?? { stage, active: 0, parked: 0 };
    if (parked) count.parked++;
    else count.active++;
    counts.set(stage.id, count);
  }

  const byStage = target.stages.flatMap((s) => counts.get(s.id) ?? []);
  const parkedCount = byStage.reduce((sum, c) => sum + c.parked, 0);
  return {
    product: target.product,
    stages: target.isNew ? [...target.stages] : [],
    initiatives,
    transitions,
    counts: { byStage, active: initiatives.length - parkedCount, parked: parkedCount, skipped, shortened: shortenedCount },
  };
}
