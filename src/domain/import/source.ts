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
  | { kind: 'sprints'; names: string[] }
  | { kind: 'priority'; value: string }
  | { kind: 'resolution'; value: string }
  /** The parent issue or epic: its key (or id, when the file gives no key) and its summary when known. */
  | { kind: 'parent'; key: string; summary: string };

/** A comment on a card or issue, as the other tool recorded it. */
export interface SourceComment {
  /** The author's name, or the account id the file gives instead; '' when unknown. */
  author: string;
  /** Epoch milliseconds; null when the file's date cannot be read. */
  at: number | null;
  text: string;
}

export interface SourceItem {
  /** The key of its group. */
  group: string;
  title: string;
  description: string;
  tags: string[];
  owner: string;
  details: SourceDetail[];
  comments: SourceComment[];
  archived: boolean;
  /** Epoch milliseconds, when the file tells. */
  createdAt: number | null;
  updatedAt: number | null;
  /** When the other tool resolved it (Jira's Resolved date): the closing date of an initiative imported closed. */
  resolvedAt: number | null;
}

/** The separators a CSV may use: Excel writes `;` where the decimal mark is a comma (French, German…). */
export type CsvSeparator = ',' | ';' | '\t';

/** What the file holds that an import does not bring over, told in the preview. */
export interface LeftOut {
  /** Cards or issues with attachments. */
  attachments: number;
  /** Custom fields holding a value in the file, by name, other than those read (story points, epic link). */
  customFields: string[];
  /** The file holds only the last actions of the board (Trello exports 1,000): older comments are not in it. */
  olderComments: boolean;
}

/** The last row of a CSV stops before the header's last column: the file was cut short. That row is left out. */
export interface CutRow {
  row: number;
  fields: number;
  expected: number;
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
  /** A CSV cut short, or null. */
  cutRow: CutRow | null;
  /** A CSV's separator; null for a Trello board. */
  separator: CsvSeparator | null;
  leftOut: LeftOut;
  /** How the file's bytes were decoded, when read from a file. */
  encoding?: TextEncodingName;
}

/** The encodings an import reads: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), and Windows-1252 (Excel on Windows in Western Europe). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** At most this many cards in one import: the board stays quick with ten thousand. */
export const MAX_IMPORT_ITEMS = 10_000;

/** Exports of real boards are larger than other imports: every action and attachment comes along. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;
