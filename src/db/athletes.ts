import { z } from 'zod';
import { PHASES, type Phase } from '../domain/phases.js';
import { DIVISIONS } from '../domain/standards.js';
import type { Queryable } from './db.js';
import { parseInput, toIso } from './validate.js';

export interface Athlete {
  id: string;
  discordUserId: string;
  displayName: string | null;
  weightKg: number | null;
  heightCm: number | null;
  age: number | null;
  sex: 'female' | 'male' | 'other' | null;
  division: (typeof DIVISIONS)[number] | null;
  trainingHistory: Record<string, unknown>;
  currentPhase: Phase | null;
  raceDate: string | null;
  goalTimeMinutes: number | null;
  weeklyAvailabilityHours: number | null;
  equipmentAvailable: string[];
  injuriesLimitations: string[];
  preferences: Record<string, unknown>;
  checkinOptIn: boolean;
  checkinTime: string | null;
  timezone: string;
  createdAt: string;
  updatedAt: string;
}

export interface RawAthlete {
  id: string;
  discord_user_id: string;
  display_name: string | null;
  weight_kg: number | null;
  height_cm: number | null;
  age: number | null;
  sex: Athlete['sex'];
  division: Athlete['division'];
  training_history: Record<string, unknown>;
  current_phase: Phase | null;
  race_date: string | null;
  goal_time_minutes: number | null;
  weekly_availability_hours: number | null;
  equipment_available: string[];
  injuries_limitations: string[];
  preferences: Record<string, unknown>;
  checkin_opt_in: boolean;
  checkin_time: string | null;
  timezone: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/**
 * The columns toAthlete reads. A statement that names them rather than `*` can be kept prepared:
 * a column a migration adds does not change its result (a prepared `*` fails when one does).
 */
export const ATHLETE_COLUMNS = (
  [
    'id',
    'discord_user_id',
    'display_name',
    'weight_kg',
    'height_cm',
    'age',
    'sex',
    'division',
    'training_history',
    'current_phase',
    'race_date',
    'goal_time_minutes',
    'weekly_availability_hours',
    'equipment_available',
    'injuries_limitations',
    'preferences',
    'checkin_opt_in',
    'checkin_time',
    'timezone',
    'created_at',
    'updated_at',
  ] as const satisfies readonly (keyof RawAthlete)[]
).join(', ');

export function toAthlete(r: RawAthlete): Athlete {
  return {
    id: r.id,
    discordUserId: r.discord_user_id,
    displayName: r.display_name,
    weightKg: r.weight_kg,
    heightCm: r.height_cm,
    age: r.age,
    sex: r.sex,
    division: r.division,
    trainingHistory: r.training_history ?? {},
    currentPhase: r.current_phase,
    raceDate: r.race_date,
    goalTimeMinutes: r.goal_time_minutes,
    weeklyAvailabilityHours: r.weekly_availability_hours,
    equipmentAvailable: r.equipment_available ?? [],
    injuriesLimitations: r.injuries_limitations ?? [],
    preferences: r.preferences ?? {},
    checkinOptIn: r.checkin_opt_in,
    checkinTime: r.checkin_time,
    timezone: r.timezone,
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
  };
}

/**
 * A profile update in the schema's own field names (what `/profile set`, the `--athlete` file
 * and the export use). Every field is optional; null clears it.
 */
export const ProfilePatch = z
  .object({
    display_name: z.string().trim().min(1).max(100).nullable(),
    weight_kg: z.number().gt(0, 'must be above 0 kg').lt(400).nullable(),
    height_cm: z.number().gt(0).lt(300).nullable(),
    age: z.number().int().min(10, 'must be at least 10').max(110).nullable(),
    sex: z.enum(['female', 'male', 'other']).nullable(),
    division: z.enum(DIVISIONS).nullable(),
    training_history: z.record(z.string(), z.unknown()),
    current_phase: z.enum(PHASES).nullable(),
    race_date: z.iso.date('must be a date like 2027-03-14').nullable(),
    goal_time_minutes: z.number().gt(0).lt(600, 'must be under 600 minutes').nullable(),
    weekly_availability_hours: z.number().min(0).max(40, 'must be 40 hours or fewer').nullable(),
    equipment_available: z.array(z.string().trim().min(1).max(60)).max(50),
    injuries_limitations: z.array(z.string().trim().min(1).max(200)).max(20),
    preferences: z.record(z.string(), z.unknown()),
    checkin_opt_in: z.boolean(),
    checkin_time: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time like 18:30')
      .nullable(),
    timezone: z.string().min(1).max(64).refine(isTimeZone, 'must be an IANA time zone like Europe/London'),
  })
  .partial()
  .strict();
export type ProfilePatch = z.infer<typeof ProfilePatch>;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const JSON_COLUMNS = new Set(['training_history', 'preferences']);

/** Finds the athlete of a Discord user, creating the profile on their first command. */
export async function getOrCreateAthlete(db: Queryable, discordUserId: string, displayName?: string): Promise<Athlete> {
  const { sql, params } = getOrCreateAthleteStatement(discordUserId, displayName);
  return toAthlete((await db.one<RawAthlete>(sql, params, { prepare: true }))!);
}

/**
 * getOrCreateAthlete's statement ($1, $2; returning ATHLETE_COLUMNS), for a statement that reads
 * more with the athlete (loadAthleteAndSnapshot): rows go through toAthlete.
 */
export function getOrCreateAthleteStatement(discordUserId: string, displayName?: string): { sql: string; params: [string, string | null] } {
  parseInput(z.string().min(1).max(64), discordUserId);
  // "do update" (not "do nothing") so the existing row comes back in the same statement.
  return {
    sql: `insert into athlete_profiles (discord_user_id, display_name) values ($1, $2)
     on conflict (discord_user_id) do update
       set display_name = coalesce(athlete_profiles.display_name, excluded.display_name)
     returning ${ATHLETE_COLUMNS}`,
    params: [discordUserId, displayName?.slice(0, 100) ?? null],
  };
}

export async function getAthlete(db: Queryable, athleteId: string): Promise<Athlete | undefined> {
  const row = await db.one<RawAthlete>('select * from athlete_profiles where id = $1', [athleteId]);
  return row && toAthlete(row);
}

/** Applies a validated profile patch; returns the updated athlete. */
export async function updateProfile(db: Queryable, athleteId: string, patch: unknown): Promise<Athlete> {
  const valid = parseInput(ProfilePatch, patch);
  const entries = Object.entries(valid).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    const current = await getAthlete(db, athleteId);
    if (!current) throw new Error(`athlete ${athleteId} not found`);
    return current;
  }
  const sets = entries.map(([k], i) => `${k} = $${i + 2}${JSON_COLUMNS.has(k) ? '::jsonb' : ''}`);
  const values = entries.map(([k, v]) => (JSON_COLUMNS.has(k) ? JSON.stringify(v) : v)) as (string | number | boolean | null | string[])[];
  const row = await db.one<RawAthlete>(`update athlete_profiles set ${sets.join(', ')}, updated_at = now() where id = $1 returning *`, [
    athleteId,
    ...values,
  ]);
  if (!row) throw new Error(`athlete ${athleteId} not found`);
  return toAthlete(row);
}

/** Athletes who opted in to DM check-ins. */
export async function listCheckinAthletes(db: Queryable): Promise<Athlete[]> {
  const rows = await db.query<RawAthlete>('select * from athlete_profiles where checkin_opt_in and checkin_time is not null');
  return rows.map(toAthlete);
}

/**
 * Claims today's check-in for an athlete: true for exactly one caller per local date (one
 * UPDATE), so two workers sweeping at once never both send the DM.
 */
export async function claimCheckin(db: Queryable, athleteId: string, localDate: string): Promise<boolean> {
  const claimed = await db.query(
    'update athlete_profiles set last_checkin_on = $2 where id = $1 and (last_checkin_on is null or last_checkin_on < $2) returning id',
    [athleteId, localDate],
  );
  return claimed.length > 0;
}

/** The athlete as the schema's field names (for exports and the `--athlete` file). */
export function athleteToRecord(a: Athlete): Record<string, unknown> {
  return {
    discord_user_id: a.discordUserId,
    display_name: a.displayName,
    weight_kg: a.weightKg,
    height_cm: a.heightCm,
    age: a.age,
    sex: a.sex,
    division: a.division,
    training_history: a.trainingHistory,
    current_phase: a.currentPhase,
    race_date: a.raceDate,
    goal_time_minutes: a.goalTimeMinutes,
    weekly_availability_hours: a.weeklyAvailabilityHours,
    equipment_available: a.equipmentAvailable,
    injuries_limitations: a.injuriesLimitations,
    preferences: a.preferences,
    checkin_opt_in: a.checkinOptIn,
    checkin_time: a.checkinTime,
    timezone: a.timezone,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}
