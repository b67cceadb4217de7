/** Why a Trello or Jira file is refused: a code for the UI's message, and where in the file. */

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
  /** A quoted CSV field never closed, from this line of the file on. */
  | { code: 'unclosedQuote'; row: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };
