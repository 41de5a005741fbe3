import { getAthlete, type Athlete } from '../db/athletes.js';
import { listBenchmarks } from '../db/benchmarks.js';
import type { Queryable } from '../db/db.js';
import { addDays } from '../domain/dates.js';
import { listWorkouts } from '../db/workouts.js';
import { sortByAttention, teamRow, type TeamMemberData, type TeamRow } from './team-row.js';

/** Most members a /team view loads. */
export const ROSTER_MAX = 100;

const PRESENCE = `exists (select 1 from workout_logs w where w.athlete_id = a.id and w.discord_guild_id = $1)
  or exists (select 1 from benchmark_tests b where b.athlete_id = a.id and b.discord_guild_id = $1)
  or exists (select 1 from conversations c where c.athlete_id = a.id and c.discord_guild_id = $1)`;

/** Athletes who used Coach K in this server (a log, a test or a question there); nobody else. */
export async function guildAthletes(db: Queryable, guildId: string): Promise<Athlete[]> {
  const ids = await db.query<{ id: string }>(`select a.id from athlete_profiles a where ${PRESENCE} order by a.display_name limit ${ROSTER_MAX}`, [
    guildId,
  ]);
  const found = await Promise.all(ids.map((r) => getAthlete(db, r.id)));
  return found.filter((a): a is Athlete => a !== undefined);
}

/** Whether this Discord user used Coach K in this server. */
export async function guildAthleteByDiscordId(db: Queryable, guildId: string, discordUserId: string): Promise<Athlete | undefined> {
  const row = await db.one<{ id: string }>(`select a.id from athlete_profiles a where a.discord_user_id = $2 and (${PRESENCE})`, [
    guildId,
    discordUserId,
  ]);
  return row ? getAthlete(db, row.id) : undefined;
}

async function memberData(db: Queryable, a: Athlete, today: string): Promise<TeamMemberData> {
  const logs = await listWorkouts(db, a.id, addDays(today, -34), today);
  const last = await db.one<{ date: string; session_type: string; duration_minutes: number; rpe_post: number }>(
    'select date, session_type, duration_minutes, rpe_post from workout_logs where athlete_id = $1 and date <= $2 order by date desc, created_at desc limit 1',
    [a.id, today],
  );
  // A check-in is answered by DM; DM logs carry the message id as their source.
  const checkin = await db.one<{ date: string | null }>(
    "select max(date)::text as date from workout_logs where athlete_id = $1 and source_id like 'message:%'",
    [a.id],
  );
  return {
    name: a.displayName ?? `member ${a.discordUserId.slice(-4)}`,
    discordUserId: a.discordUserId,
    raceDate: a.raceDate,
    logs: logs.map((w) => ({
      date: w.date,
      durationMin: Math.min(w.durationMin, 600),
      rpe: w.rpe,
      sessionType: w.sessionType,
      ...(w.rpePre ? { rpePre: w.rpePre } : {}),
    })),
    lastSession: last ? { date: last.date, sessionType: last.session_type, durationMin: last.duration_minutes, rpe: last.rpe_post } : null,
    lastCheckin: checkin?.date ?? null,
    benchmarks: await listBenchmarks(db, a.id),
  };
}

/** The coach's view of a server: one row per member who used Coach K there, attention first. */
export async function teamRows(db: Queryable, guildId: string, today: string): Promise<TeamRow[]> {
  const athletes = await guildAthletes(db, guildId);
  const data = await Promise.all(athletes.map((a) => memberData(db, a, today)));
  return sortByAttention(data.map((d) => teamRow(d, today)));
}
