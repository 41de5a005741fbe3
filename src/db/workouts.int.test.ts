import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import type { Db } from './db.js';
import { listWorkouts, recordWorkout } from './workouts.js';

const TODAY = '2026-11-24';
let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('workouts', () => {
  describe('when the same interaction is stored twice', () => {
    it('keeps one row and says the second was not created', async () => {
      const a = await newAthlete();
      const input = { sourceId: testId('i'), date: TODAY, sessionType: 'run' as const, durationMin: 45, rpe: 7, notes: 'tempo' };
      const first = await recordWorkout(db, a.id, input, TODAY);
      const second = await recordWorkout(db, a.id, input, TODAY);
      expect(first.created).toBe(true);
      expect(second.created).toBe(false);
      expect(second.workout.id).toBe(first.workout.id);
      expect(await listWorkouts(db, a.id, '2026-01-01', TODAY)).toHaveLength(1);
    });
  });
  describe('when input is out of range', () => {
    it.each([
      [{ rpe: 0 }, /RPE/],
      [{ rpe: 11 }, /RPE/],
      [{ durationMin: 0 }, /duration/],
      [{ durationMin: 2000 }, /duration/],
      [{ date: '2027-11-24' }, /future/],
      [{ sessionType: 'yoga' }, /session type/],
    ])('refuses %o with a clear message and stores nothing', async (patch, message) => {
      const a = await newAthlete();
      const input = { sourceId: testId('i'), date: TODAY, sessionType: 'run', durationMin: 45, rpe: 7, ...patch };
      await expect(recordWorkout(db, a.id, input, TODAY)).rejects.toThrow(message);
      expect(await listWorkouts(db, a.id, '2020-01-01', '2030-01-01')).toHaveLength(0);
    });
  });
});
