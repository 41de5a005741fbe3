import type { Level } from '../coach/engines/station-workouts.js';
import { formatDuration } from '../coach/engines/time.js';
import type { Division } from '../domain/standards.js';
import type { Athlete } from '../db/athletes.js';
import { latestBenchmarks } from '../db/benchmarks.js';
import type { Queryable } from '../db/db.js';
import { addDays } from '../domain/dates.js';
import { listWorkouts } from '../db/workouts.js';
import { runPaces } from './paces.js';
import { planText } from './plan-text.js';
import { availableStations } from './stations.js';
import { buildWeekPlan, type AthleteWeekPlan } from './week-plan.js';

export const DEFAULT_HOURS = 6;

/** Level for station loads from the fresh 5 km: ≤ 20:00 advanced, ≥ 28:00 beginner (a planning default). */
export function levelFor(fiveKmSec: number): Level {
  return fiveKmSec <= 20 * 60 ? 'advanced' : fiveKmSec >= 28 * 60 ? 'beginner' : 'intermediate';
}

export type PlanResult = { kind: 'plan'; plan: AthleteWeekPlan; text: string } | { kind: 'needs'; text: string };

/**
 * The athlete's week (`/plan`, `npm run coach -- --plan`, `/plan` in `npm run chat`): the race
 * date and a fresh 5 km or 10 km are required (paces come from it); hours, division and equipment
 * fall back to stated defaults.
 */
export async function planForAthlete(db: Queryable, athlete: Athlete, today: string, week: 'this' | 'next'): Promise<PlanResult> {
  const bench = await latestBenchmarks(db, athlete.id);
  const five = bench.find((b) => b.testType === 'run_5k')?.results.time_seconds;
  const ten = bench.find((b) => b.testType === 'run_10k')?.results.time_seconds;
  const paces = runPaces({ fiveKmSec: five, tenKmSec: five === undefined ? ten : undefined });
  const missing: string[] = [];
  if (!athlete.raceDate) missing.push('your race date, e.g. `/profile set race_date:2027-03-14`');
  else if (athlete.raceDate < today) missing.push(`a new race date (${athlete.raceDate} has passed), e.g. \`/profile set race_date:2027-03-14\``);
  if (!paces) missing.push('a fresh 5 km or 10 km time for your paces, e.g. `/benchmark test:5 km run time:24:30`');
  if (missing.length) return { kind: 'needs', text: `To plan your week I need ${missing.join(' and ')}. Then run \`/plan\` again.` };
  const notes: string[] = [];
  let division: Division;
  if (athlete.division) division = athlete.division;
  else {
    division = athlete.sex === 'female' ? 'open_women' : 'open_men';
    notes.push(`Loads assume ${division === 'open_women' ? 'Open Women' : 'Open Men'}; set yours with \`/profile set division:\`.`);
  }
  const hours = athlete.weeklyAvailabilityHours ?? DEFAULT_HOURS;
  if (athlete.weeklyAvailabilityHours === null) notes.push(`Assumed ${DEFAULT_HOURS} h a week; set yours with \`/profile set weekly_hours:8\`.`);
  if (athlete.equipmentAvailable.length === 0)
    notes.push('Assumed a gym with every Hyrox station; list yours with `/profile set equipment:skierg, rower, sled`.');
  notes.push(`Paces from your ${five !== undefined ? '5 km' : '10 km'} of ${formatDuration(five ?? ten!)}.`);
  const logs = (await listWorkouts(db, athlete.id, addDays(today, -34), today)).map((w) => ({
    date: w.date,
    durationMin: Math.min(w.durationMin, 600),
    rpe: w.rpe,
    sessionType: w.sessionType,
    ...(w.rpePre ? { rpePre: w.rpePre } : {}),
  }));
  const plan = buildWeekPlan({
    today,
    week,
    raceDate: athlete.raceDate!,
    hoursPerWeek: Math.max(1, hours),
    logs,
    paces: paces!,
    division,
    level: levelFor(paces!.fiveKmSec),
    stations: availableStations(athlete.equipmentAvailable),
  });
  return { kind: 'plan', plan, text: planText(plan, { week, notes }) };
}
