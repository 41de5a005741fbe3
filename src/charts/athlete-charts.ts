import type { Athlete } from '../db/athletes.js';
import { listBenchmarks, type Benchmark } from '../db/benchmarks.js';
import type { Queryable } from '../db/db.js';
import { addDays } from '../domain/dates.js';
import { listWorkouts } from '../db/workouts.js';
import { renderBenchmarkChart } from './benchmark-chart.js';
import { benchmarkHistory } from './benchmark-series.js';
import type { Chart } from './chart.js';
import { renderLoadChart } from './load-chart.js';
import { mondayOf, weeklyLoads } from './load-series.js';

/** Weeks of load shown (the issue asks for 8–12). */
export const CHART_WEEKS = 10;

/** The athlete's weekly-load chart; with `markRace`, their race date is marked. */
export async function loadChartFor(db: Queryable, athlete: Athlete, today: string, o: { markRace?: boolean; title?: string } = {}): Promise<Chart> {
  // 28 days before the first week shown, so its ACWR has a full chronic window.
  const from = addDays(mondayOf(today), -7 * (CHART_WEEKS - 1) - 28);
  const logs = (await listWorkouts(db, athlete.id, from, today)).map((w) => ({
    date: w.date,
    durationMin: Math.min(w.durationMin, 600),
    rpe: w.rpe,
    sessionType: w.sessionType,
  }));
  return renderLoadChart({ weeks: weeklyLoads(logs, today, CHART_WEEKS), today, raceDate: o.markRace ? athlete.raceDate : null, title: o.title });
}

/** The history chart of `benchmark`'s test, with the goal and the implied finish where known. */
export async function benchmarkChartFor(db: Queryable, athlete: Athlete, benchmark: Benchmark): Promise<Chart> {
  return renderBenchmarkChart(benchmarkHistory(await listBenchmarks(db, athlete.id), benchmark, athlete));
}
