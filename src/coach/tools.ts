import { z } from 'zod';
import type { ToolSpec } from './chat-model.js';
import { ComputeLoadInput, computeLoad } from './engines/load.js';
import { PlanPacingInput, planPacing } from './engines/pacing.js';
import { PlanWeekInput, planWeek } from './engines/phase.js';
import { PredictRaceTimeInput, predictRaceTime } from './engines/race-prediction.js';
import { AssessReadinessInput, assessReadiness } from './engines/readiness.js';
import { ShortenSessionInput, shortenSession } from './engines/shorten-session.js';
import { BuildStationWorkoutInput, buildStationWorkout } from './engines/station-workouts.js';
import { DIVISIONS, RACE, STATIONS, STATION_IDS } from '../domain/standards.js';

function tool<S extends z.ZodType>(name: string, description: string, schema: S, run: (input: z.infer<S>) => unknown): ToolSpec {
  return {
    name,
    description,
    parameters: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    run: (args) => run(schema.parse(args)),
  };
}

const RaceStandardsInput = z.object({
  division: z.enum(DIVISIONS).optional().describe('open_women, open_men, pro_women or pro_men; omit for all divisions'),
  station: z.enum(STATION_IDS).optional().describe('One station; omit for all eight in race order'),
});

/** Race standards from the data: distances, reps, loads and wall-ball targets. */
export function raceStandards(input: z.infer<typeof RaceStandardsInput>) {
  const stations = STATIONS.filter((s) => !input.station || s.id === input.station).map((s) => ({
    order: s.order,
    id: s.id,
    name: s.name,
    distanceM: s.distanceM,
    reps: s.reps,
    loadKg: s.loadKg ? (input.division ? s.loadKg[input.division] : s.loadKg) : undefined,
    perHand: s.id === 'farmers_carry' ? true : undefined,
    targetHeightM: s.targetHeightM ? (input.division ? s.targetHeightM[input.division] : s.targetHeightM) : undefined,
  }));
  return {
    race: { runs: RACE.runs, runDistanceM: RACE.runDistanceM, stations: RACE.stations },
    note: 'Sled loads include the sled; farmers carry is two bells, load per hand.',
    stations,
  };
}

const UNITS = { kg: 1, lb: 0.45359237, km: 1000, mile: 1609.344, m: 1 } as const;
const ConvertInput = z.object({
  value: z.number().describe('The number to convert'),
  from: z
    .enum(['kg', 'lb', 'km', 'mile', 'm', 'pace_per_km', 'pace_per_mile', 'split_per_500m'])
    .describe('Unit of value; paces and splits in seconds'),
  to: z.enum(['kg', 'lb', 'km', 'mile', 'm', 'pace_per_km', 'pace_per_mile', 'split_per_500m']),
});

/** Unit conversion: masses, distances, and paces (seconds per km, per mile, per 500 m). */
export function convertUnits(input: z.infer<typeof ConvertInput>): { value: number; unit: string } {
  const pace = { pace_per_km: 1000, pace_per_mile: 1609.344, split_per_500m: 500 } as const;
  const { value, from, to } = input;
  if (from in pace && to in pace)
    return { value: Math.round((value / pace[from as keyof typeof pace]) * pace[to as keyof typeof pace] * 10) / 10, unit: `seconds ${to}` };
  const mass = (u: string) => u === 'kg' || u === 'lb';
  if (from in UNITS && to in UNITS && mass(from) === mass(to)) {
    return { value: Math.round(((value * UNITS[from as keyof typeof UNITS]) / UNITS[to as keyof typeof UNITS]) * 1000) / 1000, unit: to };
  }
  throw new Error(`cannot convert ${from} to ${to}`);
}

/** The engines offered to the LLM as tools (JSON schemas from the engines' zod inputs). */
export const ENGINE_TOOLS: ToolSpec[] = [
  tool(
    'predict_race_time',
    'Predict a Hyrox finish time and its run/station/Roxzone split from a fresh 5 km or 10 km time (seconds) and optional station benchmarks.',
    PredictRaceTimeInput,
    predictRaceTime,
  ),
  tool(
    'plan_pacing',
    'Per-km run splits, station targets and Roxzone budget for a goal finish time (seconds) and division.',
    PlanPacingInput,
    planPacing,
  ),
  tool('plan_week', 'Training phase and a day-by-day week for weeks-to-race and available hours per week.', PlanWeekInput, planWeek),
  tool(
    'compute_load',
    'Session-RPE load, weekly load, monotony, strain, ACWR and fitness/fatigue/form from workout logs.',
    ComputeLoadInput,
    computeLoad,
  ),
  tool('assess_readiness', 'Ready / caution / deload advice from RPE trends in workout logs.', AssessReadinessInput, assessReadiness),
  tool('shorten_session', 'Shorten a planned session to the minutes available, keeping its key stimulus.', ShortenSessionInput, shortenSession),
  tool(
    'build_station_workout',
    'Build an EMOM, interval or AMRAP workout for named Hyrox stations at a level and division.',
    BuildStationWorkoutInput,
    buildStationWorkout,
  ),
];

export const DATA_TOOLS: ToolSpec[] = [
  tool(
    'race_standards',
    'Official Hyrox race standards: the eight stations in order with distance or reps, load per division and wall-ball target height.',
    RaceStandardsInput,
    raceStandards,
  ),
  tool('convert_units', 'Convert kg↔lb, km↔mile↔m, and paces between per km, per mile and per 500 m (seconds).', ConvertInput, convertUnits),
];

/** Every tool (the chat-model contract test offers them all). */
export const COACH_TOOLS: ToolSpec[] = [...ENGINE_TOOLS, ...DATA_TOOLS];

const LOG_TOOLS = new Set(['compute_load', 'assess_readiness']);

/**
 * The tools worth offering for one question: load tools only when the athlete has logs; the
 * data tools always; the knowledge search when given (it needs the database).
 */
export function toolsFor(opts: { hasLogs: boolean; search?: ToolSpec }): ToolSpec[] {
  return [...ENGINE_TOOLS.filter((t) => opts.hasLogs || !LOG_TOOLS.has(t.name)), ...DATA_TOOLS, ...(opts.search ? [opts.search] : [])];
}
