/**
 * What an import reads from another tool, whatever the tool: the columns its cards sit in (Trello
 * lists, Jira statuses) and the cards, in board order, before they become initiatives.
 */

export type SourceKind = 'trello' | 'jira';

/** A column of the other tool, mapped by the user to one of the product's stages. */
export interface SourceGroup {
  /** Unique within the source (a Trello list id, a Jira status name). */
  key: string;
  /** As the other tool names it; '' for cards with no status. */
  name: string;
  /** An archived Trello list: every card in it counts as archived. */
  archived: boolean;
}

/** Something the other tool keeps that has no field here: written out in the initiative's summary. */
export type SourceDetail =
  | { kind: 'checklist'; name: string; items: { text: string; done: boolean }[] }
  /** A calendar date, YYYY-MM-DD. */
  | { kind: 'due'; date: string; done: boolean }
  | { kind: 'issue'; key: string; type: string }
  | { kind: 'points'; value: string }
  | { kind: 'sprints'; names: string[] };

export interface SourceItem {
  /** The key of its group. */
  group: string;
  title: string;
  description: string;
  tags: string[];
  owner: string;
  details: SourceDetail[];
  archived: boolean;
  /** Epoch milliseconds, when the file tells. */
  createdAt: number | null;
  updatedAt: number | null;
}

export interface ImportSource {
  kind: SourceKind;
  /** The board's name, or the Jira project's key: the name of a new product. */
  name: string;
  /** In the other tool's order. */
  groups: SourceGroup[];
  /** In board order: by group, then by position in the group. */
  items: SourceItem[];
  /** Rows of a CSV left out (no summary), and rows whose date could not be read: line numbers in the file. */
  skippedRows: number[];
  undatedRows: number[];
}

/** At most this many cards in one import: the board stays quick with ten thousand. */
export const MAX_IMPORT_ITEMS = 10_000;

/** Exports of real boards are larger than other imports: every action and attachment comes along. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
