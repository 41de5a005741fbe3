/** A value bound to a $n placeholder. Vectors are passed as '[x,y,…]' text and cast ::vector. */
export type SqlParam = string | number | boolean | null | Date | string[] | Record<string, unknown> | unknown[];

/** How a statement is run. */
export interface QueryOptions {
  /**
   * Keep the statement parsed on the connection (a named prepared statement) and reuse it for the
   * same SQL text: for the hot path's fixed statements (retrieval), whose parse and plan cost more
   * than running them. Postgres plans the first five runs for their values, then keeps a generic
   * plan when it is no worse. A driver that cannot (or is told not to) runs it unnamed.
   */
  prepare?: boolean;
  /**
   * Settings (name → value) the statement runs with, as set_config(name, value, true): outside a
   * transaction they hold for this statement's own transaction only; inside one, to its end.
   */
  settings?: Record<string, string>;
}

/** What a transaction callback (and the Db itself) can do. */
export interface Queryable {
  /** Runs one statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: SqlParam[], opts?: QueryOptions): Promise<T[]>;
  /** Runs one statement and returns its first row, or undefined. */
  one<T = Record<string, unknown>>(sql: string, params?: SqlParam[], opts?: QueryOptions): Promise<T | undefined>;
}

/** The database port: the same SQL over node-postgres (production) or PGlite (embedded). */
export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: committed if it resolves, rolled back if it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Encodes a vector for a `$n::vector` parameter (7 decimals). Zeros, most of a learned local
 * embedding, skip the decimal formatting (the same text, '0'); one query's vector was ~1.4 ms.
 */
export function toVectorLiteral(values: ArrayLike<number>): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (i > 0) out += ',';
    out += v === 0 || !Number.isFinite(v) ? '0' : String(Number(v.toFixed(7)));
  }
  return `${out}]`;
}
