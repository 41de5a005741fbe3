import type { Queryable } from '../db/db.js';
import { getOrCreateAthleteStatement, toAthlete, type Athlete, type RawAthlete } from '../db/athletes.js';
import { latestBenchmarks, toBenchmark, type Benchmark, type RawBenchmark } from '../db/benchmarks.js';
import { listWorkouts, toWorkout, type RawWorkout, type Workout } from '../db/workouts.js';
import { addDays, daysBetween } from '../domain/dates.js';
import { computeLoad, type LoadReport, type WorkoutLog } from './engines/load.js';
import { assessReadiness, type Readiness } from './engines/readiness.js';
import { formatDuration } from './engines/time.js';
import { DIVISION_LABELS, STATION_IDS, type Division, type StationId } from '../domain/standards.js';

/** Everything the coach knows about one athlete for one answer: profile, 28 days of logs, tests, and what the engines derive. */
export interface AthleteSnapshot {
  athlete: Athlete;
  today: string;
  /** Logs of the last 28 days in the engines' shape. */
  logs: WorkoutLog[];
  workouts: Workout[];
  benchmarks: Benchmark[];
  division?: Division;
  weeksToRace?: number;
  fiveKmSec?: number;
  tenKmSec?: number;
  stationSec: Partial<Record<StationId, number>>;
  load?: LoadReport;
  readiness?: Readiness;
}

export const CONTEXT_DAYS = 28;

function weeksBetween(today: string, raceDate: string): number {
  return Math.max(0, Math.floor(daysBetween(today, raceDate) / 7));
}

/** Loads and derives the snapshot (the engines run on the athlete's own logs and tests). */
export async function loadAthleteSnapshot(db: Queryable, athlete: Athlete, today: string): Promise<AthleteSnapshot> {
  const workouts = await listWorkouts(db, athlete.id, addDays(today, -(CONTEXT_DAYS - 1)), today);
  const benchmarks = await latestBenchmarks(db, athlete.id);
  return snapshotFrom(athlete, workouts, benchmarks, today);
}

/**
 * getOrCreateAthlete and loadAthleteSnapshot in one statement, for the worker's answers: the
 * athlete (created on first contact) with the same logs (listWorkouts over CONTEXT_DAYS) and
 * latest tests (latestBenchmarks), read as JSON beside the profile. One round trip instead of
 * three before every answer; every statement before the LLM call is paid again by each answer
 * of a burst on one database.
 */
export async function loadAthleteAndSnapshot(
  db: Queryable,
  discordUserId: string,
  displayName: string | undefined,
  today: string,
): Promise<AthleteSnapshot> {
  const upsert = getOrCreateAthleteStatement(discordUserId, displayName);
  const row = await db.one<RawAthlete & { snapshot_workouts: RawWorkout[]; snapshot_benchmarks: RawBenchmark[] }>(
    `with a as (${upsert.sql})
     select a.*,
       (select coalesce(json_agg(w order by w.date, w.created_at), '[]'::json)
          from workout_logs w where w.athlete_id = a.id and w.date between $3 and $4) as snapshot_workouts,
       (select coalesce(json_agg(b order by b.test_type, b.subject), '[]'::json)
          from (select distinct on (test_type, subject) * from benchmark_tests where athlete_id = a.id
                order by test_type, subject, test_date desc, created_at desc) b) as snapshot_benchmarks
     from a`,
    [...upsert.params, addDays(today, -(CONTEXT_DAYS - 1)), today],
    { prepare: true },
  );
  const { snapshot_workouts: workouts, snapshot_benchmarks: benchmarks, ...athlete } = row!;
  return snapshotFrom(toAthlete(athlete), workouts.map(toWorkout), benchmarks.map(toBenchmark), today);
}

/** The pure half of loadAthleteSnapshot. */
export function snapshotFrom(athlete: Athlete, workouts: Workout[], benchmarks: Benchmark[], today: string): AthleteSnapshot {
  const logs: WorkoutLog[] = workouts.map((w) => ({
    date: w.date,
    durationMin: Math.min(w.durationMin, 600),
    rpe: w.rpe,
    sessionType: w.sessionType,
    ...(w.rpePre != null ? { rpePre: w.rpePre } : {}),
  }));
  const stationSec: Partial<Record<StationId, number>> = {};
  let fiveKmSec: number | undefined;
  let tenKmSec: number | undefined;
  for (const b of benchmarks) {
    const t = b.results.time_seconds;
    if (t === undefined) continue;
    if (b.testType === 'run_5k') fiveKmSec = t;
    if (b.testType === 'run_10k') tenKmSec = t;
    if (b.testType === 'station' && (STATION_IDS as readonly string[]).includes(b.subject)) stationSec[b.subject as StationId] = t;
  }
  const division = athlete.division ?? (athlete.sex === 'female' ? 'open_women' : athlete.sex === 'male' ? 'open_men' : undefined);
  return {
    athlete,
    today,
    logs,
    workouts,
    benchmarks,
    division,
    stationSec,
    fiveKmSec,
    tenKmSec,
    weeksToRace: athlete.raceDate && athlete.raceDate >= today ? weeksBetween(today, athlete.raceDate) : undefined,
    load: logs.length > 0 ? computeLoad({ logs, today }) : undefined,
    readiness: logs.length > 0 ? assessReadiness({ logs, today }) : undefined,
  };
}

/** The compact athlete block of the prompt (and of the offline answer's "your data" line). */
export function athleteBlock(s: AthleteSnapshot): string {
  const a = s.athlete;
  const lines: string[] = [];
  const profile = [
    s.division && DIVISION_LABELS[s.division],
    a.age && `${a.age} y`,
    a.weightKg && `${a.weightKg} kg`,
    a.raceDate && `race ${a.raceDate}${s.weeksToRace !== undefined ? ` (${s.weeksToRace} weeks)` : ''}`,
    a.goalTimeMinutes && `goal ${formatDuration(a.goalTimeMinutes * 60)}`,
    a.weeklyAvailabilityHours && `${a.weeklyAvailabilityHours} h/week`,
  ].filter(Boolean);
  lines.push(`Profile: ${profile.length ? profile.join(', ') : 'not filled in yet (/profile set)'}`);
  if (a.injuriesLimitations.length) lines.push(`Injuries/limitations: ${a.injuriesLimitations.join('; ')}`);
  if (a.equipmentAvailable.length) lines.push(`Equipment: ${a.equipmentAvailable.join(', ')}`);
  const bench = s.benchmarks.map(
    (b) =>
      `${b.testType}${b.subject ? `/${b.subject}` : ''} ${b.results.time_seconds ? formatDuration(b.results.time_seconds) : b.results.distance_m ? `${b.results.distance_m} m` : `${b.results.load_kg} kg`} (${b.testDate})`,
  );
  if (bench.length) lines.push(`Latest tests: ${bench.join('; ')}`);
  if (s.workouts.length === 0) {
    lines.push(`Logs: none in the last ${CONTEXT_DAYS} days`);
  } else {
    const recent = s.workouts.slice(-6).map((w) => `${w.date} ${w.sessionType} ${w.durationMin} min RPE ${w.rpe}`);
    lines.push(`Logs: ${s.workouts.length} sessions in the last ${CONTEXT_DAYS} days; latest: ${recent.join('; ')}`);
  }
  if (s.load) {
    const l = s.load;
    lines.push(
      `Load: 7-day ${l.weeklyLoadAu} AU, chronic ${l.chronicWeeklyLoadAu.toFixed(0)} AU/week, ACWR ${l.acwr === null ? 'n/a' : l.acwr.toFixed(2)}, monotony ${l.monotony === null ? 'n/a' : l.monotony.toFixed(2)}`,
    );
  }
  if (s.readiness) lines.push(`Readiness: ${s.readiness.status} (${s.readiness.reasons.join(' ') || 'no warning signs'})`);
  return lines.join('\n');
}
