/** A value bound to a statement's `$1`, `$2`… */
export type SqlValue = string | number | Uint8Array | null;

export interface Statement {
  readonly text: string;
  readonly params: readonly SqlValue[];
}

/**
 * The little SQL the team store needs, on SQLite (one node) or PostgreSQL (a cluster): statements
 * use `$1`, `$2`… placeholders and standard SQL both understand. A batch runs in one transaction;
 * nothing reads in the middle of one, so SQLite can run it without yielding.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  query<Row>(text: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  execute(text: string, params?: readonly SqlValue[]): Promise<number>;
  batch(statements: readonly Statement[]): Promise<void>;
  close(): Promise<void>;
}

export function statement(text: string, ...params: SqlValue[]): Statement {
  return { text, params };
}
