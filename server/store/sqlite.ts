import Database from 'better-sqlite3';
import type { Sql, SqlValue, Statement } from './sql.ts';

/** The SQLite file of a single-node server. WAL lets the document store read while members are written. */
export function openSqlite(file: string): Sql {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const prepared = new Map<string, Database.Statement>();

  const prepare = (text: string) => {
    let found = prepared.get(text);
    if (!found) {
      found = db.prepare(text.replace(/\$(\d+)/g, '@p$1'));
      prepared.set(text, found);
    }
    return found;
  };
  const bind = (params: readonly SqlValue[]) =>
    Object.fromEntries(params.map((value, index) => [`p${index + 1}`, value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value]));
  const run = ({ text, params }: Statement) => prepare(text).run(bind(params)).changes;
  const runAll = db.transaction((statements: readonly Statement[]) => statements.forEach(run));

  return {
    dialect: 'sqlite',
    query: async <Row>(text: string, params: readonly SqlValue[] = []) => prepare(text).all(bind(params)) as Row[],
    execute: async (text, params = []) => run({ text, params }),
    batch: async (statements) => runAll(statements),
    close: async () => {
      db.close();
    },
  };
}
