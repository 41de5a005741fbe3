import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../supabase/migrations');

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}
export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/** Reads `<timestamp>_<name>.sql` files in order (the Supabase CLI's naming). */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
      return { version: version!, name: rest.join('_'), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations, each in its own transaction, tracked in app_migrations; safe to
 * run twice and from several processes at once (an advisory lock serialises them).
 */
export async function migrate(db: Db, migrations = readMigrations()): Promise<MigrationReport> {
  await db.exec(`create table if not exists app_migrations (
    version text primary key, name text not null, checksum text not null,
    applied_at timestamptz not null default now())`);
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    const done = await db.tx(async (q) => {
      await q.query('select pg_advisory_xact_lock(7242001)');
      const row = await q.one<{ checksum: string }>('select checksum from app_migrations where version = $1', [m.version]);
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new Error(`migration ${m.version}_${m.name} was edited after it was applied; add a new migration instead`);
        }
        return true;
      }
      for (const statement of splitSqlStatements(m.sql)) await q.query(statement);
      await q.query('insert into app_migrations (version, name, checksum) values ($1, $2, $3)', [m.version, m.name, m.checksum]);
      return false;
    });
    (done ? report.alreadyApplied : report.applied).push(`${m.version}_${m.name}`);
  }
  return report;
}

/**
 * Splits a migration script into statements at top-level semicolons, keeping dollar-quoted
 * bodies, quoted strings and comments intact (so a statement runs with the extended protocol
 * inside the migration's transaction on both drivers).
 */
export function splitSqlStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let i = 0;
  while (i < sql.length) {
    const rest = sql.slice(i);
    const dollar = /^\$[A-Za-z_]*\$/.exec(rest);
    if (rest.startsWith('--')) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
      current += '\n';
    } else if (dollar) {
      const tag = dollar[0];
      const end = sql.indexOf(tag, i + tag.length);
      const stop = end === -1 ? sql.length : end + tag.length;
      current += sql.slice(i, stop);
      i = stop;
    } else if (sql[i] === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      current += sql.slice(i, j + 1);
      i = j + 1;
    } else if (sql[i] === ';') {
      if (current.trim()) out.push(current.trim());
      current = '';
      i += 1;
    } else {
      current += sql[i];
      i += 1;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Applied migrations, for status output. */
export async function listApplied(db: Db): Promise<{ version: string; name: string; applied_at: string }[]> {
  return db.query('select version, name, applied_at::text from app_migrations order by version');
}
