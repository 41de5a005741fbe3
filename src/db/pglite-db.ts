import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { Db, Queryable, SqlParam } from './db.js';

const parsers = {
  [types.DATE]: (v: string) => v,
  [types.NUMERIC]: (v: string) => Number(v),
  [types.INT8]: (v: string) => Number(v),
};

function wrap(q: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: SqlParam[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async one<T>(sql: string, params: SqlParam[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows[0];
    },
  };
}

/** Wraps an open PGlite (with the vector extension loaded) as a Db. */
export function pgliteAsDb(pglite: PGlite): Db {
  return {
    kind: 'pglite',
    ...wrap(pglite),
    tx: (fn) => pglite.transaction((t) => fn(wrap(t))),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** How every PGlite here is opened: with pgvector, DATE as text and numbers as numbers. */
export const PGLITE_OPTIONS = { extensions: { vector }, parsers };

/** Creates a PGlite with pgvector; dataDir undefined means in memory. */
export async function createPglite(dataDir?: string): Promise<PGlite> {
  const pglite = await PGlite.create(dataDir, PGLITE_OPTIONS);
  return pglite;
}

/** The embedded default: PGlite (WASM Postgres) with pgvector, on disk under DATA_DIR. */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  return pgliteAsDb(await createPglite(dataDir));
}
