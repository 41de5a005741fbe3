import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import { latestBenchmarks, recordBenchmark } from './benchmarks.js';
import type { Db } from './db.js';

const TODAY = '2026-11-24';
let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('benchmarks', () => {
  it('stores a test once and returns the previous test of the same kind', async () => {
    const a = await newAthlete();
    await recordBenchmark(db, a.id, { sourceId: testId('b'), testDate: '2026-10-01', testType: 'run_5k', results: { time_seconds: 1380 } }, TODAY);
    const key = testId('b');
    const second = await recordBenchmark(
      db,
      a.id,
      { sourceId: key, testDate: '2026-11-20', testType: 'run_5k', results: { time_seconds: 1320 } },
      TODAY,
    );
    const again = await recordBenchmark(
      db,
      a.id,
      { sourceId: key, testDate: '2026-11-20', testType: 'run_5k', results: { time_seconds: 1320 } },
      TODAY,
    );
    expect(second.created).toBe(true);
    expect(again.created).toBe(false);
    expect(second.previous?.results.time_seconds).toBe(1380);
    const latest = await latestBenchmarks(db, a.id);
    expect(latest).toHaveLength(1);
    expect(latest[0]!.results.time_seconds).toBe(1320);
  });
  it('requires a station for a station test', async () => {
    const a = await newAthlete();
    await expect(
      recordBenchmark(
        db,
        a.id,
        { sourceId: testId('b'), testDate: TODAY, testType: 'station', subject: 'yoga', results: { time_seconds: 200 } },
        TODAY,
      ),
    ).rejects.toThrow(/station/);
  });
});
