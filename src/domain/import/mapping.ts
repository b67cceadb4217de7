import { ranksBetween } from '../ranking';
import type { ClosedStatus, Initiative, InitiativeComment, InitiativeStatus, Product, Stage, Transition } from '../types';
import { COMMENTS_MAX, TEXT_MAX, TITLE_MAX } from '../validation';
import { noCounts, type StatusCounts } from './counts';
import type { ImportSource, SourceItem } from './source';
import { fittedSummary } from './summary';
import { clip, oneLine, uniqueTags } from './text';

/** The limits of validation.ts's initiative schema on tags (a unit test holds every import to that schema). */
const TAG_MAX = 60;
const TAGS_MAX = 30;

/** What becomes of archived cards: parked initiatives (in the Archive, with a reason), or nothing. */
export type ArchivedChoice = 'park' | 'skip';
export const ARCHIVED_CHOICES: readonly ArchivedChoice[] = ['park', 'skip'];

export interface ImportChoices {
  /**
   * The stage (id) each group's cards go to, by group key. A Map: keys come from the file. Every
   * group has one, closed groups included: a closed initiative keeps the stage it was closed from.
   */
  stageOf: ReadonlyMap<string, string>;
  /** The groups whose cards are imported closed (Jira's Cancelled, a Trello list "Abandoned"…), by group key. */
  closeOf?: ReadonlyMap<string, ClosedStatus>;
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
  priority: (value: string) => string;
  resolution: (value: string) => string;
  /** The parent issue or epic; `summary` may be ''. */
  parent: (key: string, summary: string) => string;
  /** Why an archived card is parked. */
  archivedReason: string;
  /** Why a card of a column imported closed is closed: the column, as the other tool names it. */
  closedReason: (column: string) => string;
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

export interface StageCount extends StatusCounts {
  stage: Stage;
}

export interface ImportCounts extends StatusCounts {
  /** The stages that receive cards, in board order. */
  byStage: StageCount[];
  skipped: number;
  /** Cards with a text cut to fit this app's limits (title, summary, owner, tags or comments). */
  shortened: number;
  /** Comments kept, over every card. */
  comments: number;
}

export interface BuiltImport {
  product: Product;
  /** The stages to write: the new product's, or none. */
  stages: Stage[];
  initiatives: Initiative[];
  transitions: Transition[];
  counts: ImportCounts;
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
  const { summary, shortened: summaryCut } = fittedSummary(item, words);
  const owner = oneLine(item.owner);
  const allTags = uniqueTags(item.tags);
  const tags = uniqueTags(allTags.map((tag) => clip(tag, TAG_MAX))).slice(0, TAGS_MAX);
  const shortened = title.length > TITLE_MAX || summaryCut || owner.length > TITLE_MAX || tags.length < allTags.length || allTags.some((tag) => tag.length > TAG_MAX);
  return { title: clip(title, TITLE_MAX) || words.untitled, summary, owner: clip(owner, TITLE_MAX), tags, shortened };
}

/** The card's comments within this app's limits, oldest first (the latest kept when there are too many), dated no later than now. */
function commentsOf(item: SourceItem, createdAt: number, now: number): { comments: InitiativeComment[]; shortened: boolean } {
  const all = item.comments
    .map((c) => ({ author: oneLine(c.author), at: Math.min(c.at ?? createdAt, now), text: c.text.replace(/\r\n?/g, '\n').trim() }))
    .filter((c) => c.text !== '')
    .sort((a, b) => a.at - b.at);
  const kept = all.slice(-COMMENTS_MAX);
  const shortened = kept.length < all.length || kept.some((c) => c.author.length > TITLE_MAX || c.text.length > TEXT_MAX);
  return { comments: kept.map((c) => ({ author: clip(c.author, TITLE_MAX), at: c.at, text: clip(c.text, TEXT_MAX) })), shortened };
}

/** Whether a card counts as archived: archived itself, or in an archived list. */
export function archivedTest(source: ImportSource): (item: SourceItem) => boolean {
  const archivedGroups = new Set(source.groups.filter((g) => g.archived).map((g) => g.key));
  return (item) => item.archived || archivedGroups.has(item.group);
}

interface Placed {
  item: SourceItem;
  stage: Stage;
  status: InitiativeStatus;
  reason: string;
}

/**
 * The cards to import with their stage and status, in board order: a column chosen to close closes
 * its cards with its name as the reason; other archived cards are parked or left out as chosen.
 */
function placeItems(source: ImportSource, choices: ImportChoices, stages: ReadonlyMap<string, Stage>, words: ImportWords) {
  const isArchived = archivedTest(source);
  const groupNames = new Map(source.groups.map((g) => [g.key, g.name]));
  const placed: Placed[] = [];
  let skipped = 0;
  for (const item of source.items) {
    const archived = isArchived(item);
    if (archived && choices.archived === 'skip') {
      skipped++;
      continue;
    }
    const stage = stages.get(choices.stageOf.get(item.group) ?? '');
    if (!stage) throw new RangeError(`No stage chosen for the column “${item.group}”.`);
    const close = choices.closeOf?.get(item.group);
    if (close) placed.push({ item, stage, status: close, reason: words.closedReason(groupNames.get(item.group) ?? item.group) });
    else placed.push({ item, stage, status: archived ? 'parked' : 'active', reason: archived ? words.archivedReason : '' });
  }
  return { placed, skipped };
}

/**
 * The records an import writes: one initiative per card in the stage chosen for its column, after
 * the cards already there and in the source's order (ranks made in one go per stage), each with its
 * creation in its history, and closed ones (their column closes, or archived cards parked) with
 * their close and its reason, as closing does. Dates the file gives are kept (never later than
 * now); `makeId` names the new records.
 */
export function buildImport(source: ImportSource, choices: ImportChoices, target: ImportTarget, words: ImportWords, now: number, makeId: () => string): BuiltImport {
  const stagesById = new Map(target.stages.map((s) => [s.id, s]));
  const { placed, skipped } = placeItems(source, choices, stagesById, words);

  const perStage = new Map<string, number>();
  for (const { stage } of placed) perStage.set(stage.id, (perStage.get(stage.id) ?? 0) + 1);
  const ranks = new Map([...perStage].map(([stageId, n]) => [stageId, ranksBetween(target.tails.get(stageId) ?? null, null, n)]));
  const used = new Map<string, number>();

  const initiatives: Initiative[] = [];
  const transitions: Transition[] = [];
  const counts = new Map<string, StageCount>();
  let shortenedCount = 0;
  let commentCount = 0;
  for (const { item, stage, status, reason } of placed) {
    const index = used.get(stage.id) ?? 0;
    used.set(stage.id, index + 1);
    const { shortened, ...fields } = fieldsOf(item, words);
    const createdAt = Math.min(item.createdAt ?? now, now);
    const { comments, shortened: commentsCut } = commentsOf(item, createdAt, now);
    if (shortened || commentsCut) shortenedCount++;
    commentCount += comments.length;
    const closed = status !== 'active';
    const closedAt = closed ? Math.max(Math.min(item.resolvedAt ?? item.updatedAt ?? createdAt, now), createdAt + 1) : null;
    const initiative: Initiative = {
      id: makeId(),
      productId: target.product.id,
      stageId: stage.id,
      lane: stage.lane,
      rank: ranks.get(stage.id)![index]!,
      ...fields,
      problem: '',
      segment: '',
      status,
      closeReason: reason,
      closedAt,
      ...(comments.length > 0 ? { comments } : {}),
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
      transitions.push({ ...base, id: makeId(), at: closedAt, kind: 'close', fromStageId: stage.id, fromLane: stage.lane, toStageId: null, toLane: null, status, reason });
    }
    const count = counts.get(stage.id) ?? { stage, ...noCounts() };
    count[status]++;
    counts.set(stage.id, count);
  }

  const byStage = target.stages.flatMap((s) => counts.get(s.id) ?? []);
  const totals = noCounts();
  for (const count of byStage) for (const key of Object.keys(totals) as InitiativeStatus[]) totals[key] += count[key];
  return {
    product: target.product,
    stages: target.isNew ? [...target.stages] : [],
    initiatives,
    transitions,
    counts: { byStage, ...totals, skipped, shortened: shortenedCount, comments: commentCount },
  };
}
