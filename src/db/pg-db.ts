import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable, QueryOptions, SqlParam } from './db.js';

// Dates stay 'YYYY-MM-DD' strings (as PGlite returns them), not JS Dates at local midnight.
pg.types.setTypeParser(1082, (v: string) => v);
// numeric → number (our numerics are small: kg, hours, minutes).
pg.types.setTypeParser(1700, (v: string) => Number(v));
// bigint counts (count(*), trained_tokens) → number.
pg.types.setTypeParser(20, (v: string) => Number(v));

/**
 * Whether the URL names a transaction-mode pooler (Supabase's Supavisor on port 6543, or
 * `pgbouncer=true` as Prisma spells it): there consecutive statements may reach different server
 * connections, and a named prepared statement made on one is unknown on the next.
 */
export function isTransactionPooler(url: string): boolean {
  try {
    const u = new URL(url);
    return u.port === '6543' || u.searchParams.get('pgbouncer') === 'true';
  } catch {
    return false;
  }
}

/** A named statement per SQL text (node-postgres keeps it parsed per connection, by name). */
const statementName = (sql: string) => `hx_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;

const SETTINGS_SQL = 'select set_config(s.name, s.value, true) from unnest($1::text[], $2::text[]) as s(name, value)';

function wrap(client: pg.Pool | pg.PoolClient, canPrepare: boolean): Queryable {
  const run = async <T>(on: pg.Pool | pg.PoolClient, sql: string, params: SqlParam[], opts: QueryOptions): Promise<T[]> => {
    if (opts.settings) await on.query(SETTINGS_SQL, [Object.keys(opts.settings), Object.values(opts.settings)]);
    const result =
      opts.prepare && canPrepare
        ? await on.query({ name: statementName(sql), text: sql, values: params as unknown[] })
        : await on.query(sql, params as unknown[]);
    return result.rows as T[];
  };
  async function query<T>(sql: string, params: SqlParam[] = [], opts: QueryOptions = {}): Promise<T[]> {
    if (!opts.settings || !(client instanceof pg.Pool)) return run<T>(client, sql, params, opts);
    // Settings local to a transaction of the statement's own.
    const c = await client.connect();
    try {
      await c.query('begin');
      const rows = await run<T>(c, sql, params, opts);
      await c.query('commit');
      return rows;
    } catch (error) {
      await c.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  }
  return {
    query,
    one: async <T>(sql: string, params: SqlParam[] = [], opts: QueryOptions = {}) => (await query<T>(sql, params, opts))[0],
  };
}

/**
 * node-postgres over a pool: the production driver (Supabase or any Postgres with pgvector).
 * Statements run with `prepare` are named prepared statements, except through a transaction-mode
 * pooler (isTransactionPooler), which does not support them.
 */
export async function openPgDb(url: string, poolSize = 5): Promise<Db> {
  const canPrepare = !isTransactionPooler(url);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries surface their own errors.
  });
  const base = wrap(pool, canPrepare);
  return {
    kind: 'postgres',
    ...base,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client, canPrepare));
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
