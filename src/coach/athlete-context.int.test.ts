import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgSocket } from '../../tests/support/pg-socket.js';
import { freshDb, testId } from '../../tests/support/pglite.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { recordBenchmark } from '../db/benchmarks.js';
import type { Db } from '../db/db.js';
import { openPgDb } from '../db/pg-db.js';
import { recordWorkout } from '../db/workouts.js';
import { loadAthleteAndSnapshot, loadAthleteSnapshot } from './athlete-context.js';

const TODAY = '2026-11-24';

const drivers: [string, () => Promise<{ db: Db; close(): Promise<void> }>][] = [
  [
    'PGlite (embedded default)',
    async () => {
      const db = await freshDb();
      return { db, close: () => db.close() };
    },
  ],
  [
    'pg over the wire',
    async () => {
      const server = await startPgSocket();
      const db = await openPgDb(server.url, 2);
      return {
        db,
        close: async () => {
          await db.close();
          await server.close();
        },
      };
    },
  ],
];

describe.each(drivers)('loadAthleteAndSnapshot, %s', (_name, open) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await open());
  });
  afterAll(async () => {
    await close();
  });

  it('creates the athlete on first contact, with no logs or tests', async () => {
    const userId = testId('u');
    const snapshot = await loadAthleteAndSnapshot(db, userId, 'Sam', TODAY);
    const athlete = await getOrCreateAthlete(db, userId, 'Other name');
    expect(snapshot.athlete).toEqual(athlete);
    expect(snapshot.athlete.displayName).toBe('Sam');
    expect(snapshot).toEqual(await loadAthleteSnapshot(db, athlete, TODAY));
  });

  it('reads the same profile, 28 days of logs and latest tests as getOrCreateAthlete and loadAthleteSnapshot', async () => {
    const userId = testId('u');
    const athlete = await getOrCreateAthlete(db, userId, 'Alex');
    const log = (date: string, extra: Record<string, unknown> = {}) =>
      recordWorkout(db, athlete.id, { sourceId: testId('w'), date, sessionType: 'run', durationMin: 45, rpe: 6, ...extra }, TODAY);
    await log('2026-10-27'); // one day before the 28-day window
    await log('2026-10-28', { sessionType: 'stations', rpePre: 4, distanceKm: 5.25, notes: 'sled felt heavy' });
    await log('2026-11-20', { durationMin: 90, rpe: 8, completed: { rounds: 4, station: 'wall_balls' } });
    await log('2026-11-20', { sessionType: 'strength', rpe: 7 });
    await log(TODAY, { sessionType: 'recovery', rpe: 2 });
    const test = (testDate: string, testType: string, subject: string, seconds: number) =>
      recordBenchmark(db, athlete.id, { sourceId: testId('b'), testDate, testType, subject, results: { time_seconds: seconds } }, TODAY);
    await test('2026-09-01', 'run_5k', '', 1400);
    await test('2026-11-01', 'run_5k', '', 1340);
    await test('2026-11-10', 'station', 'sled_push', 185);
    await test('2026-11-12', 'station', 'row', 240);

    const snapshot = await loadAthleteAndSnapshot(db, userId, 'Someone else', TODAY);
    const expected = await loadAthleteSnapshot(db, await getOrCreateAthlete(db, userId), TODAY);
    expect(snapshot).toEqual(expected);
    expect(snapshot.workouts.map((w) => w.date)).toEqual(['2026-10-28', '2026-11-20', '2026-11-20', TODAY]);
    expect(snapshot.workouts[0]).toMatchObject({ rpePre: 4, distanceKm: 5.25, notes: 'sled felt heavy' });
    expect(snapshot.fiveKmSec).toBe(1340);
    expect(snapshot.stationSec).toEqual({ sled_push: 185, row: 240 });
    expect(snapshot.athlete.displayName).toBe('Alex');
  });
});
