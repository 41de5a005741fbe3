import { claimCheckin, listCheckinAthletes, type Athlete } from '../db/athletes.js';
import type { Queryable } from '../db/db.js';
import type { Logger } from '../log.js';
import type { DiscordOut } from './discord-out.js';

export const CHECKIN_EVERY_MS = 5 * 60_000;
export const CHECKIN_MESSAGE =
  "How did today's session go? Reply with what you did and how hard it felt, e.g. `rpe 7, 45 min tempo run` or `strength 60 min rpe 8`, and I'll log it.";

/** The athlete's local date and HH:MM now. */
export function localNow(now: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Opted-in athletes whose check-in time has passed today (their time zone) and who were not asked yet today. */
export function dueForCheckin(athletes: Athlete[], now: Date): { athlete: Athlete; localDate: string }[] {
  return athletes.flatMap((a) => {
    if (!a.checkinOptIn || !a.checkinTime) return [];
    const local = localNow(now, a.timezone);
    return local.time >= a.checkinTime ? [{ athlete: a, localDate: local.date }] : [];
  });
}

/**
 * The repeatable check-in job: claims each due athlete for today (so two workers never both
 * send) and DMs them. A closed DM (50007) is logged, not retried.
 */
export async function runCheckinSweep(ctx: { db: Queryable; discord: DiscordOut; log: Logger; now(): Date }): Promise<{ sent: number }> {
  let sent = 0;
  for (const { athlete, localDate } of dueForCheckin(await listCheckinAthletes(ctx.db), ctx.now())) {
    if (!(await claimCheckin(ctx.db, athlete.id, localDate))) continue;
    try {
      await ctx.discord.dm(athlete.discordUserId, { content: CHECKIN_MESSAGE });
      sent += 1;
    } catch (error) {
      ctx.log.warn({ athleteId: athlete.id, err: (error as Error).message }, 'check-in DM not delivered');
    }
  }
  return { sent };
}
