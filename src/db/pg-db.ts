import pg from 'pg';
import type { Db, Queryable, SqlParam } from './db.js';

// Dates stay 'YYYY-MM-DD' strings (as PGlite returns them), not JS Dates at local midnight.
pg.types.setTypeParser(1082, (v: string) => v);
// numeric → number (our numerics are small: kg, hours, minutes).
pg.types.setTypeParser(1700, (v: string) => Number(v));
// bigint counts (count(*), trained_tokens) → number.
pg.types.setTypeParser(20, (v: string) => Number(v));

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: SqlParam[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async one<T>(sql: string, params: SqlParam[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows[0] as T | undefined;
    },
  };
}

/** node-postgres over a pool: the production driver (Supabase or any Postgres with pgvector). */
export async function openPgDb(url: string, poolSize = 5): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries surface their own errors.
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    ...base,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
