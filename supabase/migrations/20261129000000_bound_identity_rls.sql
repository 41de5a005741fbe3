-- RLS bound to a server-side Discord identity, internal tables closed, deletion tombstones.
--
-- Before this migration a signed-in member reached the profile whose user_id was theirs, and
-- could write user_id and discord_user_id themselves: insert a profile with someone else's
-- Discord id, or move their own to an unused one, and the bot (which finds athletes by Discord
-- id) then stored the victim's logs on the attacker's row. Now access follows
-- discord_identities, a binding from auth user to Discord user that only the server side
-- writes (on Supabase: a trigger on auth.identities when a member signs in with Discord), and
-- athlete_profiles.user_id no longer grants anything.
--
-- Supabase's default grants give anon and authenticated every privilege on new public tables,
-- TRUNCATE included, and TRUNCATE is not subject to RLS: those are revoked here, and tables
-- that only the server side uses (app_migrations, ratings, corrections, fine_tune_jobs,
-- discord_identities writes, deleted_members) deny both roles outright.
--
-- Guarded like 20261124000100: roles and auth.* exist only on Supabase; plain Postgres and
-- PGlite create the tables and enable RLS, and skip the rest.

-- migrate.ts creates app_migrations before any migration; the same definition here covers a
-- database migrated by other tooling (supabase db push), so RLS can be enabled on it below.
create table if not exists app_migrations (
  version text primary key, name text not null, checksum text not null,
  applied_at timestamptz not null default now());

-- Which Discord user an auth user is. One Discord user per auth user and vice versa.
create table if not exists discord_identities (
  user_id uuid primary key,
  discord_user_id text not null unique check (char_length(discord_user_id) between 1 and 64),
  created_at timestamptz not null default now()
);

-- Members who ran /profile delete, and when. A job queued before the delete checks this and
-- stores nothing; an explicit new use (/profile set, /log, /coach, a DM log) after the delete
-- removes the row and starts a fresh profile (see docs/privacy.md).
create table if not exists deleted_members (
  discord_user_id text primary key check (char_length(discord_user_id) between 1 and 64),
  deleted_at timestamptz not null default now()
);

alter table app_migrations enable row level security;
alter table discord_identities enable row level security;
alter table deleted_members enable row level security;

do $$
begin
  if exists (select 1 from pg_namespace where nspname = 'auth')
     and exists (select 1 from pg_roles where rolname = 'authenticated') then

    -- The Discord user bound to the signed-in auth user (null when none). security definer so
    -- policies can read the binding while members cannot read other bindings.
    execute $f$create or replace function member_discord_user_id() returns text
      language sql stable security definer set search_path = public, pg_temp
      as 'select discord_user_id from public.discord_identities where user_id = auth.uid()'$f$;
    execute 'revoke all on function member_discord_user_id() from public';
    execute 'grant execute on function member_discord_user_id() to authenticated';

    execute 'drop policy if exists athlete_own_profile on athlete_profiles';
    execute 'create policy athlete_own_profile on athlete_profiles for all to authenticated
             using (discord_user_id = member_discord_user_id())
             with check (discord_user_id = member_discord_user_id())';

    execute 'drop policy if exists athlete_own_workouts on workout_logs';
    execute 'create policy athlete_own_workouts on workout_logs for all to authenticated
             using (athlete_id in (select id from athlete_profiles where discord_user_id = member_discord_user_id()))
             with check (athlete_id in (select id from athlete_profiles where discord_user_id = member_discord_user_id()))';

    execute 'drop policy if exists athlete_own_benchmarks on benchmark_tests';
    execute 'create policy athlete_own_benchmarks on benchmark_tests for all to authenticated
             using (athlete_id in (select id from athlete_profiles where discord_user_id = member_discord_user_id()))
             with check (athlete_id in (select id from athlete_profiles where discord_user_id = member_discord_user_id()))';

    execute 'drop policy if exists athlete_own_conversations on conversations';
    execute 'create policy athlete_own_conversations on conversations for select to authenticated
             using (athlete_id in (select id from athlete_profiles where discord_user_id = member_discord_user_id()))';

    execute 'drop policy if exists own_discord_identity on discord_identities';
    execute 'create policy own_discord_identity on discord_identities for select to authenticated
             using (user_id = auth.uid())';

    -- Internal tables: no policy and no privilege for signed-in members.
    execute 'revoke all on app_migrations, discord_identities, deleted_members, ratings, corrections, fine_tune_jobs from authenticated';
    execute 'grant select on discord_identities to authenticated';
    -- TRUNCATE bypasses RLS; REFERENCES and TRIGGER are never a member's business.
    execute 'revoke truncate, references, trigger on all tables in schema public from authenticated';
    execute 'alter default privileges in schema public revoke truncate, references, trigger on tables from authenticated';

    -- The server binds a member when they sign in with Discord (Supabase Auth writes or updates
    -- their identity row at each sign-in, so a member who deleted their data is bound again).
    if to_regclass('auth.identities') is not null then
      execute $f$create or replace function bind_discord_identity() returns trigger
        language plpgsql security definer set search_path = public, pg_temp as $b$
        declare discord_id text := coalesce(to_jsonb(new)->>'provider_id', to_jsonb(new)->'identity_data'->>'sub');
        begin
          if new.provider = 'discord' and discord_id is not null then
            insert into public.discord_identities (user_id, discord_user_id) values (new.user_id, discord_id)
            on conflict do nothing;
          end if;
          return new;
        end $b$ $f$;
      execute 'revoke all on function bind_discord_identity() from public';
      execute 'drop trigger if exists bind_discord_identity on auth.identities';
      execute 'create trigger bind_discord_identity after insert or update on auth.identities
               for each row execute function bind_discord_identity()';
    end if;
  end if;

  -- anon (the public API key) has no policy anywhere: take its privileges away too, so a
  -- forgotten policy or TRUNCATE cannot expose or wipe anything.
  if exists (select 1 from pg_roles where rolname = 'anon') then
    execute 'revoke all on all tables in schema public from anon';
    execute 'alter default privileges in schema public revoke all on tables from anon';
  end if;
end $$;
