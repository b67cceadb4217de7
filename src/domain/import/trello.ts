/**
 * Reading a Trello board export (the board menu's "Print, export and share → Export as JSON").
 * Exports vary with their age: a 2015 board has no top-level `labels` and carries each card's
 * labels inline, a recent one has both, plugin data and custom fields; nearly every field may be
 * null. The schema reads what an import needs, tolerates those variations and ignores the rest;
 * what only informs (comments, attachments, custom fields) is read where it is well formed and
 * never refuses a board. Files that are not a board export are told for what they are.
 */
import * as z from 'zod/mini';
import { formatPath } from '../backup/problems';
import { toLocalDate } from '../delivery/dates';
import { parseSafeJson } from '../safe-json';
import { notBoardProblem, notJsonProblem } from './not-trello';
import type { Parsed } from './problems';
import { IMPORT_MAX_BYTES, MAX_IMPORT_ITEMS, type ImportSource, type SourceComment, type SourceDetail, type SourceItem } from './source';

const text = z.nullish(z.string());
const position = z.nullish(z.union([z.number(), z.string()]));
const label = z.object({ id: z.optional(z.string()), name: text, color: text });
/** A part of the file that only informs: a list whose malformed entries are dropped rather than refusing the board. */
const loose = z.catch(z.nullish(z.array(z.unknown())), null);

const commentSchema = z.object({
  type: z.literal('commentCard'),
  date: text,
  idMemberCreator: text,
  data: z.object({ text: z.string(), card: z.object({ id: z.string() }) }),
  memberCreator: z.nullish(z.object({ fullName: text, username: text })),
});
const customFieldSchema = z.object({ id: z.string(), name: text });
const customFieldItemSchema = z.object({ idCustomField: z.string() });

const boardSchema = z.object({
  name: text,
  lists: z.array(z.object({ id: z.string(), name: text, closed: z.nullish(z.boolean()), pos: position })),
  cards: z.array(
    z.object({
      id: z.string(),
      name: text,
      desc: text,
      closed: z.nullish(z.boolean()),
      idList: z.string(),
      pos: position,
      due: text,
      dueComplete: z.nullish(z.boolean()),
      labels: z.nullish(z.array(label)),
      idLabels: z.nullish(z.array(z.string())),
      idMembers: z.nullish(z.array(z.string())),
      dateLastActivity: text,
      attachments: loose,
      badges: z.catch(z.nullish(z.object({ attachments: z.nullish(z.number()) })), null),
      customFieldItems: loose,
    }),
  ),
  labels: z.nullish(z.array(label)),
  members: z.nullish(z.array(z.object({ id: z.string(), fullName: text, username: text }))),
  checklists: z.nullish(
    z.array(
      z.object({
        idCard: z.string(),
        name: text,
        pos: position,
        checkItems: z.nullish(z.array(z.object({ name: text, state: text, pos: position }))),
      }),
    ),
  ),
  actions: loose,
  customFields: loose,
});
type Board = z.infer<typeof boardSchema>;
type Card = Board['cards'][number];

/** `input` is reported so a missing field can be told from a wrong one. */
const PARSE_OPTIONS = { reportInput: true } as const;

/** Trello positions are numbers (old exports sometimes wrote them as text); the file's order breaks ties. */
function byPosition<T extends { pos?: number | string | null }>(rows: readonly T[]): T[] {
  const key = (row: T) => {
    const n = typeof row.pos === 'string' ? Number(row.pos) : row.pos;
    return typeof n === 'number' && Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
  };
  return rows
    .map((row, index) => ({ row, index, pos: key(row) }))
    .sort((a, b) => (a.pos === b.pos ? a.index - b.index : a.pos < b.pos ? -1 : 1))
    .map(({ row }) => row);
}

const TRELLO_START = Date.UTC(2011, 0, 1);

/** A Trello id starts with its creation time in seconds (a MongoDB ObjectId): the card's creation date. */
function createdAtOf(id: string): number | null {
  if (!/^[0-9a-f]{24}$/i.test(id)) return null;
  const ms = Number.parseInt(id.slice(0, 8), 16) * 1000;
  return ms >= TRELLO_START ? ms : null;
}

function timeOf(value: string | null | undefined): number | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** A label as a tag: its name, or its colour when it has none. */
function tagOf(l: { name?: string | null; color?: string | null }): string {
  return l.name?.trim() || l.color?.trim() || '';
}

function cardDetails(card: Card, checklists: Board['checklists']): SourceDetail[] {
  const details: SourceDetail[] = byPosition((checklists ?? []).filter((c) => c.idCard === card.id)).map((c) => ({
    kind: 'checklist',
    name: c.name ?? '',
    items: byPosition(c.checkItems ?? []).map((entry) => ({ text: entry.name ?? '', done: entry.state === 'complete' })),
  }));
  const due = timeOf(card.due);
  if (due !== null) details.push({ kind: 'due', date: toLocalDate(due), done: card.dueComplete === true });
  return details;
}

/** Trello's export holds the board's last 1,000 actions only: comments older than those are not in the file. */
const TRELLO_ACTIONS_MAX = 1000;

function wellFormed<T>(schema: z.ZodMiniType<T>, values: readonly unknown[] | null | undefined): T[] {
  return (values ?? []).flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Each card's comments, oldest first, by card id; authors by their full name (the action's, else the board's members'), else their username. */
function commentsByCard(board: Board, members: ReadonlyMap<string, string>): Map<string, SourceComment[]> {
  const byCard = new Map<string, SourceComment[]>();
  for (const action of wellFormed(commentSchema, board.actions)) {
    const author = action.memberCreator?.fullName?.trim() || members.get(action.idMemberCreator ?? '') || action.memberCreator?.username?.trim() || '';
    const list = byCard.get(action.data.card.id) ?? [];
    list.push({ author, at: timeOf(action.date), text: action.data.text });
    byCard.set(action.data.card.id, list);
  }
  for (const list of byCard.values()) list.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  return byCard;
}

/** The custom fields some card has a value in, by name. */
function customFieldsUsed(board: Board): string[] {
  const names = new Map(wellFormed(customFieldSchema, board.customFields).map((f) => [f.id, f.name?.trim() ?? '']));
  const used = new Set(board.cards.flatMap((card) => wellFormed(customFieldItemSchema, card.customFieldItems).map((item) => names.get(item.idCustomField) ?? '')));
  return [...used].filter(Boolean);
}

const hasAttachments = (card: Card) => (card.attachments?.length ?? 0) > 0 || (card.badges?.attachments ?? 0) > 0;

function toSource(board: Board): ImportSource {
  // A list repeated in a damaged file is read once, so its cards are not imported twice.
  const lists = byPosition([...new Map(board.lists.map((l) => [l.id, l] as const)).values()]);
  const boardLabels = new Map((board.labels ?? []).flatMap((l) => (l.id ? [[l.id, l] as const] : [])));
  const members = new Map((board.members ?? []).map((m) => [m.id, m.fullName?.trim() || m.username?.trim() || '']));
  const comments = commentsByCard(board, members);
  const cardsByList = new Map<string, Card[]>(lists.map((l) => [l.id, []]));
  for (const card of board.cards) cardsByList.get(card.idList)!.push(card);

  const items: SourceItem[] = lists.flatMap((list) =>
    byPosition(cardsByList.get(list.id)!).map((card): SourceItem => {
      // Old exports carry the labels on the card only; recent ones on both, and the ids always.
      const labels = card.labels?.length ? card.labels : (card.idLabels ?? []).flatMap((id) => boardLabels.get(id) ?? []);
      return {
        group: list.id,
        title: card.name ?? '',
        description: card.desc ?? '',
        tags: labels.map(tagOf),
        owner: (card.idMembers ?? [])
          .map((id) => members.get(id) ?? '')
          .filter(Boolean)
          .join(', '),
        details: cardDetails(card, board.checklists),
        comments: comments.get(card.id) ?? [],
        archived: card.closed === true,
        createdAt: createdAtOf(card.id) ?? timeOf(card.dateLastActivity),
        updatedAt: timeOf(card.dateLastActivity),
        resolvedAt: null,
      };
    }),
  );
  return {
    kind: 'trello',
    name: board.name?.trim() ?? '',
    groups: lists.map((l) => ({ key: l.id, name: l.name ?? '', archived: l.closed === true })),
    items,
    skippedRows: [],
    undatedRows: [],
    cutRow: null,
    separator: null,
    leftOut: {
      attachments: board.cards.filter(hasAttachments).length,
      customFields: customFieldsUsed(board),
      olderComments: (board.actions?.length ?? 0) >= TRELLO_ACTIONS_MAX,
    },
  };
}

/**
 * Reads a Trello export: size and depth capped and prototype keys dropped while parsing, then the
 * shape checked (the first problem named with its path), then every card's list. A file that is
 * not a board (a single card, a page saved from the browser's JSON viewer, a CSV), or that holds no
 * card or too many, is refused with what it is.
 */
export function parseTrello(textContent: string, maxBytes = IMPORT_MAX_BYTES): Parsed<ImportSource> {
  const json = parseSafeJson(textContent, maxBytes);
  if (!json.ok) return { ok: false, problem: json.error === 'notJson' ? notJsonProblem(textContent) : { code: json.error } };
  const value = json.value as { lists?: unknown; cards?: unknown } | null;
  if (!value || typeof value !== 'object' || Array.isArray(value) || (value.lists === undefined && value.cards === undefined)) {
    return { ok: false, problem: notBoardProblem(value) };
  }
  if (Array.isArray(value.cards) && value.cards.length > MAX_IMPORT_ITEMS) {
    return { ok: false, problem: { code: 'tooMany', count: value.cards.length, max: MAX_IMPORT_ITEMS } };
  }
  const parsed = boardSchema.safeParse(value, PARSE_OPTIONS);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatPath(issue.path);
    if (issue.code !== 'invalid_type') return { ok: false, problem: { code: 'shape', path } };
    return { ok: false, problem: issue.input === undefined ? { code: 'missing', path } : { code: 'type', path, expected: issue.expected } };
  }
  const board = parsed.data;
  const listIds = new Set(board.lists.map((l) => l.id));
  const stray = board.cards.findIndex((card) => !listIds.has(card.idList));
  if (stray >= 0) return { ok: false, problem: { code: 'unknownList', path: `cards[${stray}].idList`, id: board.cards[stray]!.idList } };
  if (board.cards.length === 0) return { ok: false, problem: { code: 'empty' } };
  return { ok: true, value: toSource(board) };
}
