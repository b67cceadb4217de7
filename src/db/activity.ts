import type { DataTable } from '../domain/tables';

export interface Change {
  table: DataTable;
  key: string;
  /** The record before the command; undefined when the command created it. */
  before: unknown;
  /** The record after the command. */
  after: unknown;
}

/** 'reverted': undone out of turn (an import, from its notice), by a later command that reversed it. */
export type ActivityState = 'done' | 'undone' | 'discarded' | 'reverted';

/** One command as the activity log keeps it: enough to undo and redo it. Local only, never shared. */
export interface Activity {
  id?: number;
  at: number;
  command: string;
  /** The product the command belongs to; '' for app-wide commands. */
  productId: string;
  /** The record the user would name for this command (card title, product name), for the undo label. */
  label: string;
  changes: Change[];
  state: ActivityState;
}
