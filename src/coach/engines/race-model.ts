import type { Division, StationId } from '../../domain/standards.js';

/**
 * The race model's constants, stated once for the prediction and pacing engines.
 * Source: docs/coaching-model.md (figures from hyroxdatalab "how to beat 1:30", rundida, Riegel);
 * see ../shared/facts/hyrox_facts.md §3–4.
 */

export type Sex = 'men' | 'women';

/** Pro divisions use the shares of their sex (coaching-model.md, prediction step 6). */
export function sexOf(division: Division): Sex {
  return division === 'open_men' || division === 'pro_men' ? 'men' : 'women';
}

/** Riegel exponent: t2 = t1 × (d2/d1)^1.06. */
export const RIEGEL_EXPONENT = 1.06;

/** Hyrox run pace ÷ fresh 10 km pace: central value and the range ends (compromised running). */
export const HYROX_RUN_FACTOR = { central: 1.065, low: 1.05, high: 1.1 } as const;

/** Share of the finish time spent running, at a 1:30 finish (hyroxdatalab). */
export const RUN_SHARE: Record<Sex, number> = { men: 0.525, women: 0.541 };

/** Run-share bounds of the honest range: 0.56 station-strong athlete, 0.45 runner with untrained stations. */
export const RUN_SHARE_RANGE = { stationStrong: 0.56, runnerUntrainedStations: 0.45 } as const;

/** Share of the finish time spent in the Roxzone (transitions), at a 1:30 finish. */
export const ROXZONE_SHARE: Record<Sex, number> = { men: 0.077, women: 0.074 };

/** Each station's share of total station time (sum 1.00). */
export const STATION_WEIGHTS: Record<StationId, number> = {
  skierg: 0.13,
  sled_push: 0.1,
  sled_pull: 0.125,
  burpee_broad_jumps: 0.14,
  row: 0.14,
  farmers_carry: 0.06,
  sandbag_lunges: 0.125,
  wall_balls: 0.18,
};

/** Planned mild fade: run n split = weight × average split, runs 1–8 (sum 8). */
export const RUN_FADE_WEIGHTS = [0.97, 0.98, 0.99, 1.0, 1.0, 1.01, 1.02, 1.03] as const;
