import type { Queryable } from './db.js';

/** The export's version tag; the shape is documented in docs/privacy.md. */
export const EXPORT_FORMAT = 'coach-k-export/2';

const MINE = 'select id from athlete_profiles where discord_user_id = $1';
const MY_CONVERSATIONS = `select c.id from conversations c join athlete_profiles p on p.id = c.athlete_id where p.discord_user_id = $1`;

/**
 * Everything stored about one Discord user (for /profile export): every column of every row that
 * is theirs, as the schema names it (to_jsonb, so a new column is exported without a code
 * change). On ratings and corrections that others gave on their answers, the other person's
 * Discord id is left out: it is that person's data, not theirs.
 */
export async function exportMemberData(db: Queryable, discordUserId: string) {
  const rows = async (sql: string) => (await db.query<{ r: Record<string, unknown> }>(sql, [discordUserId])).map((x) => x.r);
  const one = async (sql: string) => (await rows(sql))[0] ?? null;
  return {
    format: EXPORT_FORMAT,
    exported_at: new Date().toISOString(),
    discord_user_id: discordUserId,
    profile: await one('select to_jsonb(t) as r from athlete_profiles t where discord_user_id = $1'),
    workouts: await rows(`select to_jsonb(t) as r from workout_logs t where athlete_id in (${MINE}) order by date, created_at`),
    benchmarks: await rows(`select to_jsonb(t) as r from benchmark_tests t where athlete_id in (${MINE}) order by test_date, created_at`),
    conversations: await rows(`select to_jsonb(t) as r from conversations t where athlete_id in (${MINE}) order by created_at`),
    ratings_given: await rows('select to_jsonb(t) as r from ratings t where rater_discord_user_id = $1 order by created_at'),
    corrections_written: await rows('select to_jsonb(t) as r from corrections t where coach_discord_user_id = $1 order by created_at'),
    ratings_received: await rows(`select to_jsonb(t) - 'rater_discord_user_id' as r from ratings t
      where conversation_id in (${MY_CONVERSATIONS}) and rater_discord_user_id <> $1 order by created_at`),
    corrections_received: await rows(`select to_jsonb(t) - 'coach_discord_user_id' as r from corrections t
      where conversation_id in (${MY_CONVERSATIONS}) and coach_discord_user_id <> $1 order by created_at`),
    discord_identity: await one('select to_jsonb(t) as r from discord_identities t where discord_user_id = $1'),
    deletion: await one('select to_jsonb(t) as r from deleted_members t where discord_user_id = $1'),
  };
}
export type MemberExport = Awaited<ReturnType<typeof exportMemberData>>;
