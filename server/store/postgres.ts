import pg from 'pg';
import type { Logger } from '../log.ts';
import { errorText } from '../log.ts';
import type { Sql, SqlValue } from './sql.ts';

export interface Postgres extends Sql {
  /** Runs `work` in one transaction on one connection, committed if it resolves. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

export function openPostgres(url: string, log: Logger): Postgres {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection that breaks (PostgreSQL restarted) is replaced; it must not end the process.
  pool.on('error', (error) => log('error', 'postgres-connection-lost', { error: errorText(error) }));

  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    dialect: 'postgres',
    query: async <Row>(text: string, params: readonly SqlValue[] = []) => (await pool.query(text, [...params])).rows as Row[],
    execute: async (text, params = []) => (await pool.query(text, [...params])).rowCount ?? 0,
    batch: (statements) =>
      transaction(async (client) => {
        for (const { text, params } of statements) await client.query(text, [...params]);
      }),
    transaction,
    close: () => pool.end(),
  };
}
