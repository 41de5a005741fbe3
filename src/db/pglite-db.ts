import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as protocolResults, PGlite, protocol, types, type Transaction } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { DataDirError, describeDataDirFault, toDataDirError } from './data-dir-faults.js';
import { lockDataDir } from './data-dir-lock.js';
import type { Db, Queryable, QueryOptions, SqlParam } from './db.js';

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

type Serializer = (value: unknown) => string;
/** What PGlite's own query() uses to encode parameters and decode columns (its options merged in). */
type Codecs = { serializers: Record<number, Serializer>; parsers: Record<number, types.Parser> };
interface Prepared {
  name: string;
  serializers: (Serializer | undefined)[];
}
/** Per PGlite: SQL text → its named prepared statement on the one backend. */
const preparedStatements = new WeakMap<PGlite, Map<string, Prepared>>();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Applies QueryOptions.settings (local to the transaction). */
const SETTINGS_SQL = 'select set_config(s.name, s.value, true) from unnest($1::text[], $2::text[]) as s(name, value)';

/** Bind/Describe/Execute of a prepared statement with its values encoded. */
async function bound(pglite: PGlite, sql: string, params: SqlParam[]): Promise<Uint8Array[]> {
  const { name, serializers } = await prepared(pglite, sql);
  const values = params.map((v, i) => (v === null || v === undefined ? null : (serializers[i]?.(v) ?? String(v))));
  return [protocol.serialize.bind({ statement: name, values }), protocol.serialize.describe({ type: 'P' }), protocol.serialize.execute({})];
}

async function prepared(pglite: PGlite, sql: string): Promise<Prepared> {
  const codecs = pglite as unknown as Codecs;
  let statements = preparedStatements.get(pglite);
  if (!statements) preparedStatements.set(pglite, (statements = new Map()));
  let stmt = statements.get(sql);
  if (!stmt) {
    const name = `hx_prepared_${statements.size + 1}`;
    const described = await pglite.execProtocol(
      concat([protocol.serialize.parse({ name, text: sql }), protocol.serialize.describe({ type: 'S', name }), protocol.serialize.sync()]),
      { syncToFs: false },
    );
    const oids = protocolResults.parseDescribeStatementResults(described.messages);
    stmt = { name, serializers: oids.map((oid) => codecs.serializers[oid]) };
    statements.set(sql, stmt);
  }
  return stmt;
}

/**
 * Runs `sql` as a named prepared statement (parsed once per PGlite, on first use; parameter
 * types from the server's description of it, encoded as PGlite's query() encodes them): its
 * Bind/Describe/Execute, after those of the settings if any, and Sync in one call into the
 * backend. Outside a transaction everything before the Sync is one implicit transaction, so
 * settings made local to it end with the statement, without BEGIN and COMMIT. PGlite's query()
 * parses, describes, binds, describes and executes in five calls and parses and plans every time;
 * on the hybrid search that was ~2.5 of ~6 ms. The caller holds the backend (runExclusive, inside
 * a transaction or the transaction lock).
 */
async function runPrepared<T>(pglite: PGlite, sql: string, params: SqlParam[], settings?: Record<string, string>): Promise<T[]> {
  const codecs = pglite as unknown as Codecs;
  const parts = settings ? await bound(pglite, SETTINGS_SQL, [Object.keys(settings), Object.values(settings)]) : [];
  parts.push(...(await bound(pglite, sql, params)), protocol.serialize.sync());
  const { messages } = await pglite.execProtocol(concat(parts), { syncToFs: !pglite.isInTransaction() });
  return (protocolResults.parseResults(messages, codecs.parsers).at(-1)?.rows ?? []) as T[];
}

function wrap(q: PGlite | Transaction, pglite: PGlite, dataDir?: string): Queryable {
  async function query<T>(sql: string, params: SqlParam[] = [], opts: QueryOptions = {}): Promise<T[]> {
    if (opts.prepare || opts.settings) {
      // Inside a transaction its lock is held already; outside, take it as query() does.
      const run = () => pglite.runExclusive(() => runPrepared<T>(pglite, sql, params, opts.settings));
      return guard(q === pglite ? pglite._runExclusiveTransaction(run) : run(), dataDir);
    }
    const result = await guard(q.query<T>(sql, params as unknown[]), dataDir);
    return result.rows;
  }
  return {
    query,
    one: async <T>(sql: string, params: SqlParam[] = [], opts: QueryOptions = {}) => (await query<T>(sql, params, opts))[0],
  };
}

/** Wraps an open PGlite (with the vector extension loaded) as a Db. */
export function pgliteAsDb(pglite: PGlite, opts: { dataDir?: string; onClose?: () => void } = {}): Db {
  return {
    kind: 'pglite',
    ...wrap(pglite, pglite, opts.dataDir),
    tx: (fn) =>
      guard(
        pglite.transaction((t) => fn(wrap(t, pglite, opts.dataDir))),
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
