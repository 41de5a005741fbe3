-- Row-level security.
--
-- RLS is enabled on every table everywhere. The bot and workers connect as the table owner
-- (Supabase: the postgres/service role, which has BYPASSRLS; PGlite and plain Postgres: the
-- owner), so RLS never filters the server side: the bot is trusted and acts for every athlete
-- by design. The policies below matter only to Supabase clients that sign in as an athlete
-- (role "authenticated"): such a user reaches only the rows of the athlete whose user_id is
-- their auth.uid(). With no policy for a role, RLS denies it everything (e.g. "anon").
--
-- auth.users and auth.uid() exist only on Supabase, so the foreign key and the policies are
-- created only where the auth schema and the authenticated role exist; plain Postgres and
-- PGlite skip them and migrate the same way.

alter table athlete_profiles enable row level security;
alter table workout_logs enable row level security;
alter table benchmark_tests enable row level security;
alter table knowledge_chunks enable row level security;
alter table conversations enable row level security;
alter table ratings enable row level security;
alter table corrections enable row level security;
alter table fine_tune_jobs enable row level security;

do $$
begin
  if exists (select 1 from pg_namespace where nspname = 'auth')
     and exists (select 1 from pg_roles where rolname = 'authenticated') then

    if not exists (select 1 from pg_constraint where conname = 'athlete_profiles_user_id_fkey') then
      execute 'alter table athlete_profiles add constraint athlete_profiles_user_id_fkey
               foreign key (user_id) references auth.users (id) on delete set null';
    end if;

    execute 'drop policy if exists athlete_own_profile on athlete_profiles';
    execute 'create policy athlete_own_profile on athlete_profiles for all to authenticated
             using (user_id = auth.uid()) with check (user_id = auth.uid())';

    execute 'drop policy if exists athlete_own_workouts on workout_logs';
    execute 'create policy athlete_own_workouts on workout_logs for all to authenticated
             using (athlete_id in (select id from athlete_profiles where user_id = auth.uid()))
             with check (athlete_id in (select id from athlete_profiles where user_id = auth.uid()))';

    execute 'drop policy if exists athlete_own_benchmarks on benchmark_tests';
    execute 'create policy athlete_own_benchmarks on benchmark_tests for all to authenticated
             using (athlete_id in (select id from athlete_profiles where user_id = auth.uid()))
             with check (athlete_id in (select id from athlete_profiles where user_id = auth.uid()))';

    execute 'drop policy if exists athlete_own_conversations on conversations';
    execute 'create policy athlete_own_conversations on conversations for select to authenticated
             using (athlete_id in (select id from athlete_profiles where user_id = auth.uid()))';

    -- The knowledge base is not personal: any signed-in user may read it.
    execute 'drop policy if exists knowledge_readable on knowledge_chunks';
    execute 'create policy knowledge_readable on knowledge_chunks for select to authenticated using (true)';
    -- ratings, corrections and fine_tune_jobs: no policy, so only the server side reaches them.
  end if;
end $$;
