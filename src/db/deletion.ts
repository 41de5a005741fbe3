import type { Db, Queryable } from './db.js';

/**
 * `/profile delete`: removes everything stored about a Discord user, in one transaction — their
 * profile with its logs, tests and conversations (and the ratings and corrections on those), the
 * ratings they gave and the corrections they wrote as a coach on anyone's answers, and their
 * Supabase sign-in binding — and records a tombstone (Discord id and time only) so work queued
 * before this moment stores nothing when it runs afterwards. Resolves true if anything existed.
 */
export async function deleteMemberData(db: Pick<Db, 'tx'>, discordUserId: string): Promise<boolean> {
  return db.tx(async (q) => {
    await q.query(
      `insert into deleted_members (discord_user_id) values ($1)
       on conflict (discord_user_id) do update set deleted_at = now()`,
      [discordUserId],
    );
    let removed = 0;
    for (const sql of [
      'delete from athlete_profiles where discord_user_id = $1 returning 1',
      'delete from ratings where rater_discord_user_id = $1 returning 1',
      'delete from corrections where coach_discord_user_id = $1 returning 1',
      'delete from discord_identities where discord_user_id = $1 returning 1',
    ])
      removed += (await q.query(sql, [discordUserId])).length;
    return removed > 0;
  });
}

/**
 * True when the member deleted their data at or after `sinceMs` (ms since epoch): a job queued
 * before the delete must then store nothing and create nothing.
 */
export async function deletedSince(q: Queryable, discordUserId: string, sinceMs: number): Promise<boolean> {
  // Asked after every answer is written (discardIfDeletedSince): kept prepared.
  const row = await q.one('select 1 from deleted_members where discord_user_id = $1 and deleted_at >= $2', [discordUserId, new Date(sinceMs)], {
    prepare: true,
  });
  return row !== undefined;
}

/**
 * Closes the race where the delete commits while a queued job is answering: removes the
 * conversation that job just stored, and the profile if the job re-created it after the delete
 * (an untouched, empty one: a profile the member started again themselves is kept).
 * Resolves true when it discarded something (the job must then send nothing more).
 */
export async function discardIfDeletedSince(q: Queryable, discordUserId: string, sinceMs: number, conversationId: string): Promise<boolean> {
  if (!(await deletedSince(q, discordUserId, sinceMs))) return false;
  await q.query('delete from conversations where id = $1', [conversationId]);
  await q.query(
    `delete from athlete_profiles p using deleted_members d
     where p.discord_user_id = $1 and d.discord_user_id = p.discord_user_id and p.created_at >= d.deleted_at
       and p.updated_at = p.created_at
       and not exists (select 1 from conversations c where c.athlete_id = p.id)
       and not exists (select 1 from workout_logs w where w.athlete_id = p.id)
       and not exists (select 1 from benchmark_tests b where b.athlete_id = p.id)`,
    [discordUserId],
  );
  return true;
}
