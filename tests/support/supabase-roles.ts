import type { Db, Queryable } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';

/**
 * An in-memory PGlite set up the way a Supabase project is before our migrations run: the
 * anon / authenticated / service_role roles, Supabase's default grants (every privilege on new
 * public tables to all three), an auth schema with users and identities, and auth.uid()
 * reading the `request.jwt.claims` setting as PostgREST sets it per request.
 */
export async function supabaseLikeDb(): Promise<Db> {
  const db = await openPgliteDb();
  await db.exec(`
    create role anon nologin noinherit;
    create role authenticated nologin noinherit;
    create role service_role nologin noinherit bypassrls;
    create schema auth;
    create table auth.users (id uuid primary key);
    create table auth.identities (
      id uuid primary key default gen_random_uuid(), user_id uuid not null references auth.users (id),
      provider text not null, provider_id text not null, identity_data jsonb not null default '{}'::jsonb);
    create function auth.uid() returns uuid language sql stable as
      $$ select nullif(current_setting('request.jwt.claims', true)::json->>'sub', '')::uuid $$;
    grant usage on schema public to anon, authenticated, service_role;
    grant usage on schema auth to anon, authenticated, service_role;
    alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
    alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
    alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;`);
  await migrate(db);
  return db;
}

/** A Supabase Auth user who signed in with Discord (the identity row Supabase Auth writes). */
export async function signUpWithDiscord(db: Db, userId: string, discordUserId: string): Promise<void> {
  await db.query('insert into auth.users (id) values ($1)', [userId]);
  await db.query("insert into auth.identities (user_id, provider, provider_id) values ($1, 'discord', $2)", [userId, discordUserId]);
}

export type Caller = { role: 'anon' } | { role: 'authenticated'; userId: string };

/** Runs fn in one transaction as a PostgREST request would: claims set, role switched. */
export async function asCaller<T>(db: Db, caller: Caller, fn: (q: Queryable) => Promise<T>): Promise<T> {
  return db.tx(async (q) => {
    const claims = caller.role === 'anon' ? { role: 'anon' } : { role: 'authenticated', sub: caller.userId };
    await q.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify(claims)]);
    await q.query(`set local role ${caller.role}`);
    return fn(q);
  });
}

/** The outcome of an attempt: rows it returned, or the error it raised. */
export async function attempt(
  db: Db,
  caller: Caller,
  sql: string,
  params: unknown[] = [],
): Promise<{ rows: Record<string, unknown>[] } | { error: string }> {
  try {
    return { rows: await asCaller(db, caller, (q) => q.query(sql, params as never[])) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
