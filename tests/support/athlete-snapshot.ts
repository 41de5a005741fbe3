import { snapshotFrom, type AthleteSnapshot } from '../../src/coach/athlete-context.js';
import type { Athlete } from '../../src/db/athletes.js';

/** A member who has filled in nothing and logged nothing: what the pure coaching core sees for a new athlete. */
export function blankSnapshot(today = '2026-11-24'): AthleteSnapshot {
  return snapshotFrom(
    {
      id: 'a',
      division: null,
      sex: null,
      trainingHistory: {},
      goalTimeMinutes: null,
      weeklyAvailabilityHours: null,
      raceDate: null,
      injuriesLimitations: [],
      equipmentAvailable: [],
    } as unknown as Athlete,
    [],
    [],
    today,
  );
}
