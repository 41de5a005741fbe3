import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import { UserError } from '../errors.js';
import { getOrCreateAthlete, updateProfile } from './athletes.js';
import { deleteMemberData } from './deletion.js';
import type { Db } from './db.js';
import { recordWorkout } from './workouts.js';

const TODAY = '2026-11-24';
let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('athletes', () => {
  it('creates a profile on first contact and returns the same one after', async () => {
    const id = testId('u');
    const a = await getOrCreateAthlete(db, id, 'Sam');
    const b = await getOrCreateAthlete(db, id, 'Other name');
    expect(b.id).toBe(a.id);
    expect(b.displayName).toBe('Sam');
  });
  it('round-trips every profile field', async () => {
    const a = await newAthlete();
    const updated = await updateProfile(db, a.id, {
      weight_kg: 72.5,
      height_cm: 178,
      age: 34,
      sex: 'female',
      division: 'open_women',
      race_date: '2027-03-14',
      goal_time_minutes: 85,
      weekly_availability_hours: 7.5,
      equipment_available: ['skierg', 'sled'],
      injuries_limitations: ['left achilles'],
      current_phase: 'specific_prep',
      checkin_opt_in: true,
      checkin_time: '18:30',
      timezone: 'Europe/London',
      training_history: { run_km_per_week: 35 },
      preferences: { time: 'PM' },
    });
    expect(updated).toMatchObject({
      weightKg: 72.5,
      heightCm: 178,
      age: 34,
      sex: 'female',
      division: 'open_women',
      raceDate: '2027-03-14',
      goalTimeMinutes: 85,
      weeklyAvailabilityHours: 7.5,
      equipmentAvailable: ['skierg', 'sled'],
      injuriesLimitations: ['left achilles'],
      currentPhase: 'specific_prep',
      checkinOptIn: true,
      checkinTime: '18:30',
      timezone: 'Europe/London',
      trainingHistory: { run_km_per_week: 35 },
      preferences: { time: 'PM' },
    });
  });
  describe('when a profile value is out of range', () => {
    it('refuses it with a message naming the field', async () => {
      const a = await newAthlete();
      await expect(updateProfile(db, a.id, { weekly_availability_hours: 80 })).rejects.toThrow(/weekly_availability_hours/);
      await expect(updateProfile(db, a.id, { checkin_time: '25:00' })).rejects.toBeInstanceOf(UserError);
      await expect(updateProfile(db, a.id, { timezone: 'Mars/Olympus' })).rejects.toThrow(/time zone/);
    });
  });
  it('deletes an athlete with everything that is theirs', async () => {
    const a = await newAthlete();
    await recordWorkout(db, a.id, { sourceId: testId('w'), date: TODAY, sessionType: 'run', durationMin: 30, rpe: 5 }, TODAY);
    expect(await deleteMemberData(db, a.discordUserId)).toBe(true);
    expect(await db.query('select 1 from workout_logs where athlete_id = $1', [a.id])).toHaveLength(0);
  });
});
