import { z } from 'zod';
import { STATION_IDS } from '../domain/standards.js';
import { UserError } from '../errors.js';
import type { Queryable } from './db.js';
import { parseInput, toIso } from './validate.js';
import { sourceTaken } from './workouts.js';

export const TEST_TYPES = ['run_5k', 'run_10k', 'time_trial_2k', 'cooper', 'station', 'simulation', 'strength'] as const;
export type TestType = (typeof TEST_TYPES)[number];

export const TEST_LABELS: Record<TestType, string> = {
  run_5k: '5 km run',
  run_10k: '10 km run',
  time_trial_2k: '2 km time trial',
  cooper: 'Cooper 12-min test',
  station: 'station test',
  simulation: 'full simulation',
  strength: 'strength test',
};

export interface BenchmarkResults {
  time_seconds?: number;
  distance_m?: number;
  load_kg?: number;
  reps?: number;
}

export interface Benchmark {
  id: string;
  athleteId: string;
  sourceId: string;
  testDate: string;
  testType: TestType;
  subject: string;
  results: BenchmarkResults;
  notes: string | null;
}

export interface RawBenchmark {
  id: string;
  athlete_id: string;
  source_id: string;
  test_date: string;
  test_type: TestType;
  subject: string;
  results: BenchmarkResults;
  notes: string | null;
  created_at: Date | string;
}

export const toBenchmark = (r: RawBenchmark): Benchmark => ({
  id: r.id,
  athleteId: r.athlete_id,
  sourceId: r.source_id,
  testDate: r.test_date,
  testType: r.test_type,
  subject: r.subject,
  results: r.results,
  notes: r.notes,
});

export const BenchmarkInput = z
  .object({
    sourceId: z.string().min(1).max(100),
    testDate: z.iso.date('must be a date like 2026-11-24'),
    testType: z.enum(TEST_TYPES),
    subject: z.string().trim().max(64).default(''),
    results: z
      .object({
        time_seconds: z
          .number()
          .positive('must be above 0')
          .max(6 * 3600, 'must be under 6 hours')
          .optional(),
        distance_m: z.number().positive('must be above 0').max(100_000).optional(),
        load_kg: z.number().min(0).max(500, 'must be at most 500 kg').optional(),
        reps: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    notes: z.string().max(2000).nullish(),
    /** The server it was recorded in (null in DMs): who a coach's /team may show. */
    guildId: z.string().max(32).nullish(),
  })
  .superRefine((b, ctx) => {
    const r = b.results;
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: ['results'], message });
    };
    switch (b.testType) {
      case 'run_5k':
      case 'run_10k':
      case 'time_trial_2k':
      case 'simulation':
        need(r.time_seconds !== undefined, 'needs a time');
        break;
      case 'cooper':
        need(r.distance_m !== undefined, 'needs the distance covered in 12 minutes');
        break;
      case 'station':
        need((STATION_IDS as readonly string[]).includes(b.subject), `needs a station (${STATION_IDS.join(', ')})`);
        need(r.time_seconds !== undefined, 'needs a time');
        break;
      case 'strength':
        need(b.subject.length > 0, 'needs the lift');
        need(r.load_kg !== undefined, 'needs the load in kg');
        break;
    }
  });
export type BenchmarkInput = z.input<typeof BenchmarkInput>;

/** Stores a test once per sourceId; also returns the previous test of the same kind, if any. */
export async function recordBenchmark(db: Queryable, athleteId: string, input: unknown, today: string) {
  const b = parseInput(BenchmarkInput, input, { testType: 'test', testDate: 'date' });
  if (b.testDate > today) throw new UserError('date_in_future', `The date ${b.testDate} is in the future.`);
  const inserted = await db.one<RawBenchmark>(
    `insert into benchmark_tests (athlete_id, source_id, test_date, test_type, subject, results, notes, discord_guild_id)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) on conflict (source_id) do nothing returning *`,
    [athleteId, b.sourceId, b.testDate, b.testType, b.subject, JSON.stringify(b.results), b.notes ?? null, b.guildId ?? null],
  );
  const row = inserted ?? (await db.one<RawBenchmark>('select * from benchmark_tests where source_id = $1', [b.sourceId]))!;
  if (row.athlete_id !== athleteId) throw sourceTaken('benchmark', b.sourceId);
  const previous = await db.one<RawBenchmark>(
    `select * from benchmark_tests where athlete_id = $1 and test_type = $2 and subject = $3 and id <> $4
       and (test_date, created_at) < ($5, $6::timestamptz)
     order by test_date desc, created_at desc limit 1`,
    [athleteId, row.test_type, row.subject, row.id, row.test_date, toIso(row.created_at)],
  );
  return { benchmark: toBenchmark(row), created: inserted !== undefined, previous: previous && toBenchmark(previous) };
}

/** The newest test of each kind (type + subject) for an athlete. */
export async function latestBenchmarks(db: Queryable, athleteId: string): Promise<Benchmark[]> {
  const rows = await db.query<RawBenchmark>(
    `select distinct on (test_type, subject) * from benchmark_tests where athlete_id = $1
     order by test_type, subject, test_date desc, created_at desc`,
    [athleteId],
  );
  return rows.map(toBenchmark);
}

export async function listBenchmarks(db: Queryable, athleteId: string): Promise<Benchmark[]> {
  const rows = await db.query<RawBenchmark>('select * from benchmark_tests where athlete_id = $1 order by test_date, created_at', [athleteId]);
  return rows.map(toBenchmark);
}
