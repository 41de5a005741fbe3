import { z } from 'zod';
import { DIVISIONS, DIVISION_LABELS, STATION_IDS, stationById } from '../../domain/standards.js';
import type { Division, StationId } from '../../domain/standards.js';

export const WORKOUT_FORMATS = ['emom', 'intervals', 'amrap'] as const;
export type WorkoutFormat = (typeof WORKOUT_FORMATS)[number];
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const BuildStationWorkoutInput = z.object({
  format: z.enum(WORKOUT_FORMATS).describe('emom (a bout every minute), intervals (work/rest rounds), amrap (rounds in a time cap)'),
  stations: z.array(z.enum(STATION_IDS)).min(1).max(8).describe('Stations to rotate through, in order'),
  level: z.enum(LEVELS).describe('Athlete level; scales loads and bout sizes'),
  division: z.enum(DIVISIONS).describe('Race division whose loads are the 100 % reference'),
  durationMin: z.number().int().min(4).max(90).describe('Workout length (work + rest), minutes'),
});
export type BuildStationWorkoutInput = z.infer<typeof BuildStationWorkoutInput>;

/** Share of race load by level: beginner 60–70 % (65 % used), intermediate 85 %, advanced race load. */
export const LEVEL_LOAD_FACTOR: Record<Level, number> = { beginner: 0.65, intermediate: 0.85, advanced: 1.0 };

/** Loads are rounded to what gyms stock: sleds 5 kg, kettlebells 4 kg, sandbags 5 kg, wall balls 1 kg. */
const LOAD_STEP_KG: Partial<Record<StationId, { step: number; min: number }>> = {
  sled_push: { step: 5, min: 20 },
  sled_pull: { step: 5, min: 20 },
  farmers_carry: { step: 4, min: 8 },
  sandbag_lunges: { step: 5, min: 5 },
  wall_balls: { step: 1, min: 2 },
};

type ByLevel = readonly [beginner: number, intermediate: number, advanced: number];
/**
 * Bout sizes (metres, or reps for wall balls) by level. Short bouts (EMOM, AMRAP) are sized at
 * ≈ 30–45 s from 1:30-finish station paces (pacing engine); interval bouts at ≈ 1.5–2.5 min.
 */
const SHORT_BOUT: Record<StationId, ByLevel> = {
  skierg: [120, 150, 180],
  sled_push: [12.5, 12.5, 12.5],
  sled_pull: [12.5, 12.5, 12.5],
  burpee_broad_jumps: [8, 10, 12],
  row: [120, 150, 180],
  farmers_carry: [40, 60, 80],
  sandbag_lunges: [10, 12, 15],
  wall_balls: [8, 12, 15],
};
const INTERVAL_BOUT: Record<StationId, ByLevel> = {
  skierg: [300, 400, 500],
  sled_push: [25, 25, 50],
  sled_pull: [25, 25, 50],
  burpee_broad_jumps: [20, 30, 40],
  row: [300, 400, 500],
  farmers_carry: [100, 150, 200],
  sandbag_lunges: [20, 30, 50],
  wall_balls: [20, 30, 40],
};

/** Work and rest targets, seconds; EMOM rest is the rest of the minute. */
const TIMING: Record<WorkoutFormat, Record<Level, { workSec: number; restSec: number }>> = {
  emom: { beginner: { workSec: 35, restSec: 25 }, intermediate: { workSec: 40, restSec: 20 }, advanced: { workSec: 45, restSec: 15 } },
  intervals: { beginner: { workSec: 90, restSec: 90 }, intermediate: { workSec: 120, restSec: 60 }, advanced: { workSec: 150, restSec: 45 } },
  // AMRAP "rest" is the walk between stations.
  amrap: { beginner: { workSec: 35, restSec: 15 }, intermediate: { workSec: 40, restSec: 15 }, advanced: { workSec: 45, restSec: 15 } },
};
const RPE_TARGET: Record<WorkoutFormat, Record<Level, number>> = {
  emom: { beginner: 6, intermediate: 7, advanced: 8 },
  intervals: { beginner: 7, intermediate: 8, advanced: 8 },
  amrap: { beginner: 7, intermediate: 8, advanced: 8 },
};

export interface Bout {
  /** Minute (EMOM), round (intervals) or position in the round (AMRAP), 1-based. */
  index: number;
  stationId: StationId;
  name: string;
  distanceM?: number;
  reps?: number;
  /** Training load, kg (farmers carry: per hand); absent for SkiErg, Row, Burpee Broad Jumps. */
  loadKg?: number;
  targetHeightM?: number;
  workSecTarget: number;
  restSec: number;
  rpeTarget: number;
}

export interface StationLoad {
  stationId: StationId;
  raceLoadKg: number;
  loadKg: number;
  /** loadKg ÷ raceLoadKg, after rounding to stocked weights. */
  pctOfRace: number;
}

export interface StationWorkout {
  title: string;
  format: WorkoutFormat;
  level: Level;
  division: Division;
  durationMin: number;
  /** EMOM: minutes; intervals: rounds; AMRAP: target rounds at the planned pace. */
  rounds: number;
  /** EMOM/intervals: every bout in order; AMRAP: one round. */
  bouts: Bout[];
  loads: StationLoad[];
  /** Work done in the whole session (AMRAP: at the target rounds), per station. */
  totalWork: Array<{ stationId: StationId; distanceM?: number; reps?: number }>;
  totalWorkSec: number;
  totalRestSec: number;
  rpeTarget: number;
}

/** Training load for a level, kg: race load (standards.ts) × level factor, rounded to stocked weights. */
export function scaledLoadKg(stationId: StationId, division: Division, level: Level): number | undefined {
  const race = stationById(stationId).loadKg?.[division];
  const rule = LOAD_STEP_KG[stationId];
  // Race load is used as is (already a real weight); only scaled loads are rounded.
  if (race === undefined || !rule || LEVEL_LOAD_FACTOR[level] === 1) return race;
  return Math.max(rule.min, Math.round((race * LEVEL_LOAD_FACTOR[level]) / rule.step) * rule.step);
}

/**
 * Build a deterministic station workout.
 *
 * - EMOM: one bout each minute, stations in rotation; work ≈ 35/40/45 s, rest the rest of the minute.
 * - intervals: one larger bout per round (≈ 90/120/150 s work, 90/60/45 s rest), stations in
 *   rotation; rounds = ⌊(duration + rest) ÷ (work + rest)⌋, at least 1 (no rest after the last).
 * - AMRAP: one round = each station's short bout once; target rounds = ⌊duration ÷ round time⌋.
 * Loads = race load for the division (standards.ts) × 65 % / 85 % / 100 % by level, rounded to
 * stocked weights. Figures: seconds, metres, reps, kg; `durationMin` 4–90.
 */
export function buildStationWorkout(input: BuildStationWorkoutInput): StationWorkout {
  const { format, stations, level, division, durationMin } = input;
  const li = LEVELS.indexOf(level);
  const timing = TIMING[format][level];
  const rpeTarget = RPE_TARGET[format][level];
  const sizes = format === 'intervals' ? INTERVAL_BOUT : SHORT_BOUT;
  const durationSec = durationMin * 60;

  const bout = (index: number, id: StationId): Bout => {
    const s = stationById(id);
    const size = sizes[id][li] ?? 0;
    const b: Bout = { index, stationId: id, name: s.name, workSecTarget: timing.workSec, restSec: timing.restSec, rpeTarget };
    if (s.reps !== undefined) b.reps = size;
    else b.distanceM = size;
    const loadKg = scaledLoadKg(id, division, level);
    if (loadKg !== undefined) b.loadKg = loadKg;
    if (s.targetHeightM) b.targetHeightM = s.targetHeightM[division];
    return b;
  };
  const at = (i: number): StationId => stations[i % stations.length] as StationId;

  let rounds: number;
  let bouts: Bout[];
  let totalWorkSec: number;
  if (format === 'amrap') {
    bouts = stations.map((id, i) => bout(i + 1, id));
    rounds = Math.max(1, Math.floor(durationSec / (stations.length * (timing.workSec + timing.restSec))));
    totalWorkSec = rounds * stations.length * timing.workSec;
  } else {
    const periodSec = timing.workSec + timing.restSec;
    rounds = format === 'emom' ? durationMin : Math.max(1, Math.floor((durationSec + timing.restSec) / periodSec));
    bouts = Array.from({ length: rounds }, (_, i) => bout(i + 1, at(i)));
    const last = bouts[bouts.length - 1];
    if (format === 'intervals' && last) last.restSec = 0;
    totalWorkSec = rounds * timing.workSec;
  }
  const totalRestSec = format === 'amrap' ? durationSec - totalWorkSec : bouts.reduce((s, b) => s + b.restSec, 0);

  const perRound = format === 'amrap' ? rounds : 1;
  const work = new Map<StationId, { stationId: StationId; distanceM?: number; reps?: number }>();
  for (const b of bouts) {
    const w = work.get(b.stationId) ?? { stationId: b.stationId };
    if (b.reps !== undefined) w.reps = (w.reps ?? 0) + b.reps * perRound;
    if (b.distanceM !== undefined) w.distanceM = (w.distanceM ?? 0) + b.distanceM * perRound;
    work.set(b.stationId, w);
  }

  const loads: StationLoad[] = [...new Set(stations)].flatMap((id) => {
    const raceLoadKg = stationById(id).loadKg?.[division];
    const loadKg = scaledLoadKg(id, division, level);
    return raceLoadKg === undefined || loadKg === undefined ? [] : [{ stationId: id, raceLoadKg, loadKg, pctOfRace: loadKg / raceLoadKg }];
  });
  const names = [...new Set(stations)].map((id) => stationById(id).name).join(' / ');
  const label = format === 'emom' ? `EMOM ${durationMin} min` : format === 'amrap' ? `AMRAP ${durationMin} min` : `${rounds} intervals`;
  return {
    title: `${label}: ${names} (${level}, ${DIVISION_LABELS[division]} loads)`,
    format,
    level,
    division,
    durationMin,
    rounds,
    bouts,
    loads,
    totalWork: [...work.values()],
    totalWorkSec,
    totalRestSec,
    rpeTarget,
  };
}
