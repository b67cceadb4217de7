/** Why a backup file is refused: a code for the UI's message, and where in the file. */

/** What a field's value is wrong about; `expected` is a JSON type (string, number, boolean, array, object, null). */
export type FieldIssue =
  | { issue: 'missing' }
  | { issue: 'type'; expected: string }
  | { issue: 'tooLong'; limit: number }
  | { issue: 'tooShort'; limit: number }
  | { issue: 'tooBig'; limit: number }
  | { issue: 'tooSmall'; limit: number }
  | { issue: 'notInteger' }
  | { issue: 'choice'; values: string }
  | { issue: 'unknownKey'; key: string }
  | { issue: 'format' }
  | { issue: 'shape' };

export type BackupProblem =
  | { code: 'tooLarge' | 'notJson' | 'tooDeep' | 'wrongFormat' | 'unreadable' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownTable' | 'missingTable'; table: string }
  | ({ code: 'field'; path: string } & FieldIssue)
  | { code: 'duplicateId'; path: string; id: string }
  /** A reference to a record the file does not hold (`table` is the table it should be in). */
  | { code: 'dangling'; path: string; table: string; id: string }
  /** A record of another product than the one a product file holds, or a child of another product than its parent. */
  | { code: 'otherProduct'; path: string }
  /** A record of the file exists in this browser under another product: importing it would move it. */
  | { code: 'conflict'; table: string; id: string };

/** A path in the file as a person reads it: tables.initiatives[3].title. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
