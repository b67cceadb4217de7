/** Why a Trello or Jira file is refused: a code for the UI's message, and where in the file. */
import type { SourceKind } from './source';

export type ImportProblem =
  | { code: 'tooLarge' | 'notJson' | 'tooDeep' | 'unreadable' | 'notTrello' | 'notCsv' | 'empty' }
  /** A value of the file is missing or of the wrong JSON type; `expected` as zod names it (string, number, array…). */
  | { code: 'missing'; path: string }
  | { code: 'type'; path: string; expected: string }
  | { code: 'shape'; path: string }
  /** A card in a list the file does not hold. */
  | { code: 'unknownList'; path: string; id: string }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'missingColumn'; column: string }
  /** A quoted CSV field never closed, from this line of the file on (the file is damaged or cut short). */
  | { code: 'unclosedQuote'; row: number }
  /** A CSV whose only row with a summary stops short of the header's columns, on this line. */
  | { code: 'cutShort'; row: number }
  /** The file is the other tool's export: a JSON file chosen as Jira issues, a CSV as a Trello board. */
  | { code: 'otherKind'; kind: SourceKind }
  /** A page saved or copied from the browser's JSON viewer: it starts with this line instead of the data. */
  | { code: 'viewerPage'; line: string }
  /** The export of one Trello card (its menu's Share → Export JSON), not of a board. */
  | { code: 'singleCard'; name: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };
