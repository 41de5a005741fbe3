import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { DataDirError, describeDataDirFault, toDataDirError } from './data-dir-faults.js';
import { lockDataDir } from './data-dir-lock.js';
import type { Db, Queryable, SqlParam } from './db.js';

const parsers = {
  [types.DATE]: (v: string) => v,
  [types.NUMERIC]: (v: string) => Number(v),
  [types.INT8]: (v: string) => Number(v),
};

/** On disk, a full disk or damaged folder becomes a DataDirError with the operator's message. */
function guard<T>(p: Promise<T>, dataDir?: string): Promise<T> {
  if (!dataDir) return p;
  return p.catch((error: unknown) => {
    throw toDataDirError(error, { dataDir }) ?? error;
  });
}

function wrap(q: PGlite | Transaction, dataDir?: string): Queryable {
  return {
    async query<T>(sql: string, params: SqlParam[] = []) {
      const result = await guard(q.query<T>(sql, params as unknown[]), dataDir);
      return result.rows;
    },
    async one<T>(sql: string, params: SqlParam[] = []) {
      const result = await guard(q.query<T>(sql, params as unknown[]), dataDir);
      return result.rows[0];
    },
  };
}

/** Wraps an open PGlite (with the vector extension loaded) as a Db. */
export function pgliteAsDb(pglite: PGlite, opts: { dataDir?: string; onClose?: () => void } = {}): Db {
  return {
    kind: 'pglite',
    ...wrap(pglite, opts.dataDir),
    tx: (fn) =>
      guard(
        pglite.transaction((t) => fn(wrap(t, opts.dataDir))),
        opts.dataDir,
      ),
    async exec(sql) {
      await guard(pglite.exec(sql), opts.dataDir);
    },
    async close() {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        opts.onClose?.();
      }
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

/** PGlite (WASM Postgres) with pgvector; dataDir undefined means in memory (tests, tools). */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  return dataDir === undefined ? pgliteAsDb(await createPglite()) : openPgliteDataDir(dataDir);
}

/**
 * The embedded default on disk: locks the folder for this process, opens it, and turns the
 * faults PGlite reports badly (full disk, damaged files, missing WAL) into a DataDirError.
 */
export async function openPgliteDataDir(dataDir: string): Promise<Db> {
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  let lock: { release(): void } | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir);
    const pglite = await createPglite(dataDir);
    return pgliteAsDb(pglite, { dataDir, onClose: lock.release });
  } catch (error) {
    lock?.release();
    const fault = toDataDirError(error, { dataDir, fresh });
    if (fault?.fault === 'aborted' && !fresh && !hasWal(dataDir)) {
      throw new DataDirError('wal_missing', dataDir, describeDataDirFault('wal_missing', { dataDir }), { cause: error });
    }
    throw fault ?? error;
  }
}

/** Whether pg_wal holds at least one WAL segment (24 hex digits). */
function hasWal(dataDir: string): boolean {
  try {
    return readdirSync(path.join(dataDir, 'pg_wal')).some((f) => /^[0-9A-F]{24}$/.test(f));
  } catch {
    return false;
  }
}
