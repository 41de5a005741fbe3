-- Hyrox AI Coach: initial schema.
-- One SQL dialect: runs unchanged on Supabase, on plain Postgres with pgvector, and on PGlite
-- (with @electric-sql/pglite-pgvector). Supabase-only parts live in the next migration, guarded.

create extension if not exists vector;

-- ---------------------------------------------------------------------------------------------
-- Athletes. A Discord user is exactly one athlete (discord_user_id unique). user_id links the
-- athlete to a Supabase auth user for RLS; its foreign key to auth.users is added only where
-- the auth schema exists (see 20261124000100_supabase_auth_rls.sql).
create table if not exists athlete_profiles (
  id uuid primary key default gen_random_uuid(),
  discord_user_id text unique not null check (char_length(discord_user_id) between 1 and 64),
  user_id uuid,
  display_name text check (char_length(display_name) <= 100),
  weight_kg numeric check (weight_kg > 0 and weight_kg < 400),
  height_cm numeric check (height_cm > 0 and height_cm < 300),
  age int check (age between 10 and 110),
  sex text check (sex in ('female', 'male', 'other')),
  -- Race divisions with their own standards (doubles and relay race at these loads by sex).
  division text check (division in ('open_women', 'open_men', 'pro_women', 'pro_men')),
  training_history jsonb not null default '{}'::jsonb,   -- run volume, strength level, experience
  current_phase text check (current_phase in ('general_prep', 'specific_prep', 'competition_prep', 'taper')),
  race_date date,
  goal_time_minutes numeric check (goal_time_minutes > 0 and goal_time_minutes < 600),
  weekly_availability_hours numeric check (weekly_availability_hours >= 0 and weekly_availability_hours <= 40),
  equipment_available text[] not null default '{}',
  injuries_limitations text[] not null default '{}',
  preferences jsonb not null default '{}'::jsonb,         -- AM/PM, workout style
  -- DM check-ins are opt-in; the time is the athlete's usual session end, local to timezone.
  checkin_opt_in boolean not null default false,
  checkin_time text check (checkin_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  timezone text not null default 'UTC' check (char_length(timezone) <= 64),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- ---------------------------------------------------------------------------------------------
-- Workout logs. source_id is the Discord interaction or message id (or a CLI key): a retried
-- command or a re-run job hits the unique constraint and stores nothing twice.
create table if not exists workout_logs (
  id uuid primary key default gen_random_uuid(),
  athlete_id uuid not null references athlete_profiles(id) on delete cascade,
  source_id text not null unique,
  date date not null,
  session_type text not null check (session_type in
    ('run', 'hiit', 'strength', 'simulation', 'stations', 'erg', 'recovery', 'mobility', 'other')),
  prescribed_workout jsonb,
  completed_workout jsonb,
  rpe_pre int check (rpe_pre between 1 and 10),     -- pre-session readiness (1-10)
  rpe_post int not null check (rpe_post between 1 and 10),
  duration_minutes int not null check (duration_minutes between 1 and 1440),
  distance_km numeric check (distance_km >= 0 and distance_km <= 500),
  notes text check (char_length(notes) <= 2000),
  created_at timestamptz not null default now()
);
create index if not exists workout_logs_athlete_date on workout_logs (athlete_id, date);

-- ---------------------------------------------------------------------------------------------
-- Benchmark tests. subject names what was tested within a type (a station id, a lift), so
-- "the last test of that kind" is (test_type, subject).
create table if not exists benchmark_tests (
  id uuid primary key default gen_random_uuid(),
  athlete_id uuid not null references athlete_profiles(id) on delete cascade,
  source_id text not null unique,
  test_date date not null,
  test_type text not null check (test_type in
    ('run_5k', 'run_10k', 'time_trial_2k', 'cooper', 'station', 'simulation', 'strength')),
  subject text not null default '' check (char_length(subject) <= 64),
  results jsonb not null,                           -- {time_seconds}, {distance_m}, {load_kg, reps}
  notes text check (char_length(notes) <= 2000),
  created_at timestamptz not null default now(),
  check (jsonb_typeof(results) = 'object'),
  check (not (results ? 'time_seconds') or (results->>'time_seconds')::numeric > 0),
  check (not (results ? 'distance_m') or (results->>'distance_m')::numeric > 0),
  check (not (results ? 'load_kg') or (results->>'load_kg')::numeric >= 0)
);
create index if not exists benchmark_tests_athlete_date on benchmark_tests (athlete_id, test_type, subject, test_date);

-- ---------------------------------------------------------------------------------------------
-- Knowledge base (RAG). content_hash + embedding_model let ingest skip unchanged chunks and
-- re-embed when the model changes; fts is the full-text half of hybrid search.
create table if not exists knowledge_chunks (
  id text primary key,
  source_doc text not null,
  section text not null,
  content text not null,
  topic_tags text[] not null default '{}',
  chunk_index int not null check (chunk_index >= 0),
  word_count int not null check (word_count >= 0),
  token_count int not null check (token_count >= 0),
  content_hash text not null,
  embedding vector(1536),                           -- text-embedding-3-small dimensions
  embedding_model text,
  ingest_run_id text,
  fts tsvector generated always as
    (setweight(to_tsvector('english', section), 'A') || setweight(to_tsvector('english', content), 'B')) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- HNSW, not the build plan's ivfflat: ivfflat learns its lists = 100 centroids from the rows
-- present when the index is built, so built on an empty or ~250-row table its centroids are
-- meaningless and recall collapses until a REINDEX. HNSW needs no training, stays accurate as
-- rows are added, and gives better recall/latency at this scale (m = 16, ef_construction = 64
-- are pgvector's defaults, stated here so they are visible).
create index if not exists knowledge_chunks_embedding_hnsw
  on knowledge_chunks using hnsw (embedding vector_cosine_ops) with (m = 16, ef_construction = 64);
create index if not exists knowledge_chunks_fts on knowledge_chunks using gin (fts);
create index if not exists knowledge_chunks_source_doc on knowledge_chunks (source_doc);

-- ---------------------------------------------------------------------------------------------
-- Conversations: one row per Coach K answer, with what rating and the v2 export need.
-- source_id (interaction or message id) makes logging idempotent when a job runs twice.
create table if not exists conversations (
  id uuid primary key default gen_random_uuid(),
  athlete_id uuid not null references athlete_profiles(id) on delete cascade,
  source_id text unique,
  parent_id uuid references conversations(id) on delete set null,   -- previous turn in a thread
  discord_guild_id text,
  discord_channel_id text,
  discord_message_id text unique,                    -- the answer message (reactions point here)
  discord_thread_id text,
  question text not null check (char_length(question) between 1 and 4000),
  answer text not null check (char_length(answer) >= 1),
  messages jsonb not null default '[]'::jsonb,       -- [{role, content}] as sent to the model
  rag_chunks_used text[] not null default '{}',
  tools_used text[] not null default '{}',
  model_used text not null,
  degraded boolean not null default false,           -- true when the offline composer answered
  latency_ms int check (latency_ms >= 0),
  prompt_tokens int check (prompt_tokens >= 0),
  completion_tokens int check (completion_tokens >= 0),
  quality_rating int check (quality_rating between 1 and 5),          -- derived from ratings
  flagged_for_training boolean not null default false,               -- derived from ratings
  created_at timestamptz not null default now()
);
create index if not exists conversations_athlete_created on conversations (athlete_id, created_at);
create index if not exists conversations_thread on conversations (discord_thread_id);

-- One rating per rater per answer; changing the reaction updates it, removing deletes it.
create table if not exists ratings (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  rater_discord_user_id text not null,
  rating smallint not null check (rating in (-1, 1)),   -- 👎 = -1, 👍 = +1
  rater_is_coach boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (conversation_id, rater_discord_user_id)
);

-- A coach's written correction of a down-rated answer (the preferred side of a DPO pair).
create table if not exists corrections (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references conversations(id) on delete cascade,
  source_id text not null unique,
  coach_discord_user_id text not null,
  content text not null check (char_length(content) between 1 and 4000),
  created_at timestamptz not null default now()
);

-- quality_rating (1-5) and flagged_for_training follow from the ratings, kept by a trigger so
-- every writer (bot, SQL console, Supabase dashboard) gets the same derivation:
--   score = weighted share of 👍 (a coach's vote weighs 3, a member's 1) mapped onto 1..5;
--   flagged = at least one coach 👍 and no coach 👎.
create or replace function refresh_conversation_rating() returns trigger
language plpgsql as $$
declare
  target uuid := coalesce(new.conversation_id, old.conversation_id);
  up_w numeric; all_w numeric; coach_up int; coach_down int;
begin
  select coalesce(sum(case when rating = 1 then (case when rater_is_coach then 3 else 1 end) else 0 end), 0),
         coalesce(sum(case when rater_is_coach then 3 else 1 end), 0),
         count(*) filter (where rater_is_coach and rating = 1),
         count(*) filter (where rater_is_coach and rating = -1)
    into up_w, all_w, coach_up, coach_down
    from ratings where conversation_id = target;
  update conversations
     set quality_rating = case when all_w = 0 then null else 1 + round(4 * up_w / all_w)::int end,
         flagged_for_training = (coach_up > 0 and coach_down = 0)
   where id = target;
  return null;
end $$;

drop trigger if exists ratings_refresh_conversation on ratings;
create trigger ratings_refresh_conversation
  after insert or update or delete on ratings
  for each row execute function refresh_conversation_rating();

-- ---------------------------------------------------------------------------------------------
-- Fine-tuning jobs and the model registry: the newest succeeded, registered job's result_model
-- is the model the coach uses.
create table if not exists fine_tune_jobs (
  id uuid primary key default gen_random_uuid(),
  provider text not null check (provider in ('nebius', 'openai', 'together')),
  job_id text not null,
  base_model text not null,
  suffix text,
  dataset_hash text not null,
  training_file_id text,
  validation_file_id text,
  hyperparameters jsonb not null default '{}'::jsonb,
  status text not null check (status in ('validating_files', 'queued', 'running', 'succeeded', 'failed', 'cancelled')),
  result_model text,
  error text,
  trained_tokens bigint check (trained_tokens >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  registered_at timestamptz,
  unique (provider, job_id),
  check (registered_at is null or (status = 'succeeded' and result_model is not null))
);
