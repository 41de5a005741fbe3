import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/db.js';
import { getOrCreateAthlete, ProfilePatch, updateProfile, type Athlete } from '../db/athletes.js';
import { recordBenchmark } from '../db/benchmarks.js';
import { recordWorkout } from '../db/workouts.js';
import { fromZodError, UserError } from '../errors.js';
import { cleanDeep } from '../domain/clean-text.js';

/** The `--athlete FILE` shape: the schema's own field names. */
export const AthleteFile = z.object({
  profile: ProfilePatch.extend({ discord_user_id: z.string().min(1).max(64) }),
  workouts: z
    .array(
      z.object({
        source_id: z.string().optional(),
        date: z.string(),
        session_type: z.string(),
        duration_minutes: z.number(),
        rpe_post: z.number(),
        rpe_pre: z.number().nullish(),
        distance_km: z.number().nullish(),
        notes: z.string().nullish(),
      }),
    )
    .default([]),
  benchmarks: z
    .array(
      z.object({
        source_id: z.string().optional(),
        test_date: z.string(),
        test_type: z.string(),
        subject: z.string().optional(),
        results: z.record(z.string(), z.number()),
        notes: z.string().nullish(),
      }),
    )
    .default([]),
});

/** The terminal's own athlete when no --athlete file is given. */
export const LOCAL_ATHLETE_ID = 'local:terminal';

const key = (prefix: string, v: unknown) => `${prefix}:${createHash('sha1').update(JSON.stringify(v)).digest('hex').slice(0, 20)}`;

/** Runs one row's store; a user-fixable error names the row, so the file can be fixed. */
async function naming<T>(row: string, store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.code, `${row}: ${error.message}`, { hint: error.hint, cause: error });
    throw error;
  }
}

/**
 * Stores or updates an athlete from a file, keyed by profile.discord_user_id; logs and tests are
 * stored once. A row that cannot be stored (bad value, a source_id another athlete used) fails
 * the whole import with a UserError naming the row; nothing is stored.
 */
export async function importAthlete(db: Db, raw: unknown, today: string): Promise<Athlete> {
  const parsed = AthleteFile.safeParse(cleanDeep(raw));
  if (!parsed.success) throw fromZodError(parsed.error);
  const {
    profile: { discord_user_id, ...patch },
    workouts,
    benchmarks,
  } = parsed.data;
  return db.tx(async (q) => {
    const athlete = await getOrCreateAthlete(q, discord_user_id, patch.display_name ?? undefined);
    const updated = await updateProfile(q, athlete.id, patch);
    for (const [i, w] of workouts.entries()) {
      const sourceId = w.source_id ?? key(`file:${discord_user_id}`, w);
      await naming(`workouts[${i}] (${w.date}, source_id "${sourceId}")`, () =>
        recordWorkout(
          q,
          athlete.id,
          {
            sourceId,
            date: w.date,
            sessionType: w.session_type,
            durationMin: w.duration_minutes,
            rpe: w.rpe_post,
            rpePre: w.rpe_pre,
            distanceKm: w.distance_km,
            notes: w.notes,
          },
          today,
        ),
      );
    }
    for (const [i, b] of benchmarks.entries()) {
      const sourceId = b.source_id ?? key(`file:${discord_user_id}`, b);
      await naming(`benchmarks[${i}] (${b.test_date}, source_id "${sourceId}")`, () =>
        recordBenchmark(
          q,
          athlete.id,
          {
            sourceId,
            testDate: b.test_date,
            testType: b.test_type,
            subject: b.subject ?? '',
            results: b.results,
            notes: b.notes,
          },
          today,
        ),
      );
    }
    return updated;
  });
}
