import { z } from 'zod';
import { DIVISIONS, RACE, STATIONS, describeStation } from '../../domain/standards.js';
import type { Division, StationId } from '../../domain/standards.js';
import { RUN_FADE_WEIGHTS, ROXZONE_SHARE, RUN_SHARE, STATION_WEIGHTS, sexOf } from './race-model.js';

export const PlanPacingInput = z.object({
  goalSec: z.number().min(2700).max(14400).describe('Goal finish time, seconds (45:00–4:00:00; e.g. 5400 = 1:30:00)'),
  division: z.enum(DIVISIONS).describe('Race division; pro divisions use the shares of their sex'),
});
export type PlanPacingInput = z.infer<typeof PlanPacingInput>;

export interface RunSplit {
  /** 1–8. */
  run: number;
  /** Fade weight applied to the average split. */
  weight: number;
  splitSec: number;
}

export interface StationTarget {
  id: StationId;
  /** 1-based race position. */
  order: number;
  name: string;
  /** Station weight (share of total station time). */
  weight: number;
  targetSec: number;
  /** Race load for the division (sleds include the sled; farmers carry per hand); absent for Ski, Row, BBJ. */
  loadKg?: number;
  /** One-line standard, e.g. "Sled Push 50 m at 152 kg". */
  standard: string;
}

export interface PacingPlan {
  division: Division;
  goalSec: number;
  runs: RunSplit[];
  /** Average run split, seconds per km. */
  averageRunSecPerKm: number;
  stations: StationTarget[];
  roxzone: { totalSec: number; perTransitionSec: number };
  totals: { runsSec: number; stationsSec: number; roxzoneSec: number; totalSec: number };
}

/**
 * Split a goal finish time into run, station and Roxzone targets (coaching-model.md, "Pacing plan").
 *
 * Runs = goal × run share (men 0.525, women 0.541); Roxzone = goal × 0.077 / 0.074; stations =
 * the rest. Run n = fade weight n (0.97 … 1.03) × average split; station target = stations ×
 * station weight; Roxzone per transition = Roxzone ÷ 8.
 *
 * @param input.goalSec goal finish, seconds (2700–14400). Outputs are unrounded seconds.
 */
export function planPacing(input: PlanPacingInput): PacingPlan {
  const { goalSec, division } = input;
  const sex = sexOf(division);
  const runsSec = goalSec * RUN_SHARE[sex];
  const roxzoneSec = goalSec * ROXZONE_SHARE[sex];
  const stationsSec = goalSec - runsSec - roxzoneSec;
  const averageRunSecPerKm = runsSec / RACE.runs;

  const runs = RUN_FADE_WEIGHTS.map((weight, i) => ({ run: i + 1, weight, splitSec: weight * averageRunSecPerKm }));
  const stations = STATIONS.map((s): StationTarget => {
    const target: StationTarget = {
      id: s.id,
      order: s.order,
      name: s.name,
      weight: STATION_WEIGHTS[s.id],
      targetSec: stationsSec * STATION_WEIGHTS[s.id],
      standard: describeStation(s.id, division),
    };
    if (s.loadKg) target.loadKg = s.loadKg[division];
    return target;
  }).sort((a, b) => a.order - b.order);

  return {
    division,
    goalSec,
    runs,
    averageRunSecPerKm,
    stations,
    roxzone: { totalSec: roxzoneSec, perTransitionSec: roxzoneSec / RACE.transitions },
    totals: { runsSec, stationsSec, roxzoneSec, totalSec: runsSec + stationsSec + roxzoneSec },
  };
}
