import { z } from 'zod';
import { UserError } from '../errors.js';
import type { Queryable } from './db.js';
import { addDays } from '../domain/dates.js';
import { SESSION_TYPES, type SessionType } from '../domain/sessions.js';
import { parseInput, toIso } from './validate.js';

export interface Workout {
  id: string;
  athleteId: string;
  sourceId: string;
  date: string;
  sessionType: SessionType;
  durationMin: number;
  rpe: number;
  rpePre: number | null;
  distanceKm: number | null;
  notes: string | null;
  prescribed: unknown;
  completed: unknown;
  createdAt: string;
}

export interface RawWorkout {
  id: string;
  athlete_id: string;
  source_id: string;
  date: string;
  session_type: SessionType;
  duration_minutes: number;
  rpe_post: number;
  rpe_pre: number | null;
  distance_km: number | null;
  notes: string | null;
  prescribed_workout: unknown;
  completed_workout: unknown;
  created_at: Date | string;
}

export function toWorkout(r: RawWorkout): Workout {
  return {
    id: r.id,
    athleteId: r.athlete_id,
    sourceId: r.source_id,
    date: r.date,
    sessionType: r.session_type,
    durationMin: r.duration_minutes,
    rpe: r.rpe_post,
    rpePre: r.rpe_pre,
    distanceKm: r.distance_km,
    notes: r.notes,
    prescribed: r.prescribed_workout,
    completed: r.completed_workout,
    createdAt: toIso(r.created_at),
  };
}

/** A session to store. `sourceId` is the Discord interaction/message id: the idempotency key. */
export const WorkoutInput = z.object({
  sourceId: z.string().min(1).max(100),
  date: z.iso.date('must be a date like 2026-11-24'),
  sessionType: z.enum(SESSION_TYPES),
  durationMin: z.number().int('must be whole minutes').min(1, 'must be at least 1 minute').max(1440, 'must be at most 1,440 minutes (24 h)'),
  rpe: z.number().int('must be a whole number').min(1, 'is 1–10 (1 = very easy, 10 = all-out)').max(10, 'is 1–10 (1 = very easy, 10 = all-out)'),
  rpePre: z.number().int().min(1, 'is 1–10').max(10, 'is 1–10').nullish(),
  distanceKm: z.number().min(0).max(500).nullish(),
  notes: z.string().max(2000, 'must be at most 2,000 characters').nullish(),
  prescribed: z.unknown().optional(),
  completed: z.unknown().optional(),
  /** The server it was logged in (null in DMs): who a coach's /team may show. */
  guildId: z.string().max(32).nullish(),
});
export type WorkoutInput = z.input<typeof WorkoutInput>;

export const WORKOUT_LABELS = { rpe: 'RPE', rpePre: 'RPE before', durationMin: 'duration', sessionType: 'session type', date: 'date' };

/** How far back a log may be dated: a season, not an archive import. */
export const MAX_LOG_AGE_DAYS = 366;

/**
 * Stores a workout once: a second call with the same sourceId returns the stored row with
 * created = false. Dates in the future (after `today`) are refused.
 */
export async function recordWorkout(
  db: Queryable,
  athleteId: string,
  input: unknown,
  today: string,
): Promise<{ workout: Workout; created: boolean }> {
  const w = parseInput(WorkoutInput, input, WORKOUT_LABELS);
  if (w.date > today)
    throw new UserError('date_in_future', `The date ${w.date} is in the future; log a session once you have done it.`, {
      hint: `/log date:${today}`,
    });
  if (w.date < addDays(today, -MAX_LOG_AGE_DAYS)) throw new UserError('date_too_old', `The date ${w.date} is more than a year ago.`);
  const inserted = await db.one<RawWorkout>(
    `insert into workout_logs (athlete_id, source_id, date, session_type, duration_minutes, rpe_post, rpe_pre,
       distance_km, notes, prescribed_workout, completed_workout, discord_guild_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12)
     on conflict (source_id) do nothing returning *`,
    [
      athleteId,
      w.sourceId,
      w.date,
      w.sessionType,
      w.durationMin,
      w.rpe,
      w.rpePre ?? null,
      w.distanceKm ?? null,
      w.notes ?? null,
      w.prescribed === undefined ? null : JSON.stringify(w.prescribed),
      w.completed === undefined ? null : JSON.stringify(w.completed),
      w.guildId ?? null,
    ],
  );
  if (inserted) return { workout: toWorkout(inserted), created: true };
  const existing = await db.one<RawWorkout>('select * from workout_logs where source_id = $1', [w.sourceId]);
  // The key belongs to another athlete's session: storing nothing and saying "done" would lose this one.
  if (existing!.athlete_id !== athleteId) throw sourceTaken('workout', w.sourceId);
  return { workout: toWorkout(existing!), created: false };
}

/** A source_id another athlete already used: an error, never a silent skip. */
export function sourceTaken(kind: 'workout' | 'benchmark', sourceId: string): UserError {
  return new UserError(
    'invalid_input',
    `source_id "${sourceId}" is already used by another athlete's ${kind}; give this ${kind} its own source_id (or leave it out to have one made).`,
  );
}

/** Workouts of an athlete between two dates (inclusive), oldest first. */
export async function listWorkouts(db: Queryable, athleteId: string, fromDate: string, toDate: string): Promise<Workout[]> {
  const rows = await db.query<RawWorkout>('select * from workout_logs where athlete_id = $1 and date between $2 and $3 order by date, created_at', [
    athleteId,
    fromDate,
    toDate,
  ]);
  return rows.map(toWorkout);
}
