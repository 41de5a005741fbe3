-- /team shows a coach only the members of their own server, and only those who used Coach K
-- there. Conversations already record their guild; workouts and benchmark tests now do too
-- (null for DMs and the terminal). Partial indexes: most rows in a small group carry a guild, but
-- DM logs never do and need no index entry.
alter table workout_logs add column if not exists discord_guild_id text;
alter table benchmark_tests add column if not exists discord_guild_id text;
create index if not exists workout_logs_guild on workout_logs (discord_guild_id, athlete_id) where discord_guild_id is not null;
create index if not exists benchmark_tests_guild on benchmark_tests (discord_guild_id, athlete_id) where discord_guild_id is not null;
create index if not exists conversations_guild on conversations (discord_guild_id, athlete_id) where discord_guild_id is not null;
