import type { DataTable } from '../domain/tables';
import { db } from './db';

/** Above every status and rank (both plain strings), to read all of a key's records through a compound index. */
const HIGH = '\uffff';

interface Dependent {
  id: string;
  deletedAt?: number | null;
  updatedAt?: number;
}

const live = (record: Dependent) => record.deletedAt === null || record.deletedAt === undefined;

/**
 * Whether removing a record would strand live work done after `since` that is not being removed
 * with it: cards added to a product or a stage, stories, hypotheses or interviews added to an
 * initiative. Undoing an import keeps such a record (the cards someone added to an imported board
 * stay on a board); records that were already there when the command ran follow their container.
 */
export async function hasLiveDependents(table: DataTable, id: string, removing: ReadonlySet<string>, since: number): Promise<boolean> {
  const others = (rows: Dependent[], of: DataTable) => rows.some((r) => live(r) && (r.updatedAt ?? 0) > since && !removing.has(`${of}:${r.id}`));
  switch (table) {
    case 'products':
      return others(await db.initiatives.where('[productId+status]').between([id, ''], [id, HIGH], true, true).toArray(), 'initiatives');
    case 'stages':
      return others(await db.initiatives.where('[stageId+status+rank]').between([id, '', ''], [id, HIGH, HIGH], true, true).toArray(), 'initiatives');
    case 'initiatives':
      return (
        others(await db.stories.where('initiativeId').equals(id).toArray(), 'stories') ||
        others(await db.hypotheses.where('initiativeId').equals(id).toArray(), 'hypotheses') ||
        others(await db.interviews.where('initiativeId').equals(id).toArray(), 'interviews')
      );
    default:
      return false;
  }
}
