import { z } from 'zod';
import { DIVISIONS, RACE, STATIONS, STATION_IDS } from '../../domain/standards.js';
import type { Division, StationId } from '../../domain/standards.js';
import { HYROX_RUN_FACTOR, RIEGEL_EXPONENT, ROXZONE_SHARE, RUN_SHARE, RUN_SHARE_RANGE, STATION_WEIGHTS, sexOf } from './race-model.js';

const stationSecShape = Object.fromEntries(
  STATION_IDS.map((id) => [id, z.number().positive().max(3600).optional().describe(`Benchmark time for ${id} at race standard, seconds`)]),
) as Record<StationId, z.ZodOptional<z.ZodNumber>>;

export const PredictRaceTimeInput = z
  .object({
    fiveKmSec: z.number().min(720).max(4800).optional().describe('Fresh 5 km run time, seconds (e.g. 1320 = 22:00)'),
    tenKmSec: z.number().min(1500).max(9600).optional().describe('Fresh 10 km run time, seconds (e.g. 2760 = 46:00)'),
    division: z.enum(DIVISIONS).describe('Race division; pro divisions use the shares of their sex'),
    stationSec: z.object(stationSecShape).partial().optional().describe('Optional station benchmarks at race standard, seconds per station'),
  })
  .refine((v) => v.fiveKmSec !== undefined || v.tenKmSec !== undefined, {
    message: 'Give a fresh 5 km or 10 km time',
    path: ['fiveKmSec'],
  });
export type PredictRaceTimeInput = z.infer<typeof PredictRaceTimeInput>;

export interface StationEstimate {
  id: StationId;
  name: string;
  estimateSec: number;
  /** 'benchmark' = the athlete's own time; 'estimate' = derived from the station weights. */
  source: 'benchmark' | 'estimate';
}

export interface RacePrediction {
  division: Division;
  /** Predicted finish, seconds (unrounded). */
  totalSec: number;
  range: { lowSec: number; highSec: number };
  split: { runsSec: number; stationsSec: number; roxzoneSec: number };
  /** Hyrox (compromised) run pace, seconds per km. */
  runPaceSecPerKm: number;
  /** Fresh 10 km time used (given, or Riegel from 5 km), seconds. */
  tenKmEquivalentSec: number;
  /** Per-station estimates in race order. */
  stations: StationEstimate[];
  /** Which inputs and assumptions were used, in words. */
  basis: string[];
}

/**
 * Predict a Hyrox finish time from a fresh 5 km or 10 km time (coaching-model.md, "Race-time
 * prediction").
 *
 * 1. 10 km equivalent by Riegel: t10 = t5 × 2^1.06 (a given 10 km time is used as is).
 * 2. Hyrox run pace = 10 km pace × 1.065 (range 1.05–1.10); runs = 8 × that pace.
 * 3. Without benchmarks: total = runs ÷ run share (men 0.525, women 0.541); range low = runs at
 *    ×1.05 ÷ 0.56, high = runs at ×1.10 ÷ 0.45. Roxzone = total × 7.7 % (men) / 7.4 % (women);
 *    stations = total − runs − Roxzone.
 * 4. With benchmarks: missing stations are scaled from the known ones by the station weights
 *    (missing = weight × known sum ÷ known weights); total = (runs + stations) ÷ (1 − Roxzone
 *    share); the range varies the run factor only (1.05–1.10), stations held.
 *
 * Inputs in seconds (5 km 720–4800, 10 km 1500–9600, station 0–3600); when both 5 km and 10 km
 * are given, the 10 km is used (it is closer to the race's 8 km of running). Outputs are seconds,
 * unrounded; round only when formatting.
 * @throws RangeError when neither a 5 km nor a 10 km time is given (the input schema refuses it).
 */
export function predictRaceTime(input: PredictRaceTimeInput): RacePrediction {
  const { fiveKmSec, tenKmSec, division } = input;
  const basis: string[] = [];
  let tenKmEquivalentSec: number;
  if (tenKmSec !== undefined) {
    tenKmEquivalentSec = tenKmSec;
    basis.push(`fresh 10 km time used as given${fiveKmSec !== undefined ? ' (5 km time not needed)' : ''}`);
  } else if (fiveKmSec !== undefined) {
    tenKmEquivalentSec = fiveKmSec * 2 ** RIEGEL_EXPONENT;
    basis.push('fresh 5 km time → 10 km equivalent by Riegel (t × 2^1.06)');
  } else {
    throw new RangeError('predictRaceTime needs fiveKmSec or tenKmSec');
  }

  const sex = sexOf(division);
  const tenKmPaceSecPerKm = tenKmEquivalentSec / 10;
  const runPaceSecPerKm = tenKmPaceSecPerKm * HYROX_RUN_FACTOR.central;
  const runsSec = runPaceSecPerKm * RACE.totalRunKm;
  const runsLowSec = tenKmPaceSecPerKm * HYROX_RUN_FACTOR.low * RACE.totalRunKm;
  const runsHighSec = tenKmPaceSecPerKm * HYROX_RUN_FACTOR.high * RACE.totalRunKm;
  basis.push('Hyrox run pace = fresh 10 km pace × 1.065 (range 1.05–1.10)');

  const known = STATION_IDS.filter((id) => input.stationSec?.[id] !== undefined);
  const roxShare = ROXZONE_SHARE[sex];

  if (known.length === 0) {
    const totalSec = runsSec / RUN_SHARE[sex];
    const roxzoneSec = totalSec * roxShare;
    const stationsSec = totalSec - runsSec - roxzoneSec;
    basis.push(
      `no station benchmarks: total = runs ÷ ${sex}'s run share ${RUN_SHARE[sex]}`,
      `range: run share ${RUN_SHARE_RANGE.stationStrong} (station-strong) to ${RUN_SHARE_RANGE.runnerUntrainedStations} (untrained stations)`,
    );
    return {
      division,
      totalSec,
      range: {
        lowSec: runsLowSec / RUN_SHARE_RANGE.stationStrong,
        highSec: runsHighSec / RUN_SHARE_RANGE.runnerUntrainedStations,
      },
      split: { runsSec, stationsSec, roxzoneSec },
      runPaceSecPerKm,
      tenKmEquivalentSec,
      stations: estimateStations(stationsSec, {}),
      basis,
    };
  }

  const knownSec = known.reduce((sum, id) => sum + (input.stationSec?.[id] ?? 0), 0);
  const knownWeight = known.reduce((sum, id) => sum + STATION_WEIGHTS[id], 0);
  const secPerWeight = knownSec / knownWeight;
  const missingSec = STATION_IDS.filter((id) => !known.includes(id)).reduce((sum, id) => sum + STATION_WEIGHTS[id] * secPerWeight, 0);
  const stationsSec = knownSec + missingSec;
  const scale = 1 / (1 - roxShare);
  const totalSec = (runsSec + stationsSec) * scale;
  basis.push(
    `station benchmarks for ${known.length} of 8 stations` +
      (known.length < 8 ? `; the other ${8 - known.length} scaled from them by station weight` : ''),
    `total = (runs + stations) ÷ (1 − Roxzone share ${roxShare}); range varies the run factor only`,
  );
  return {
    division,
    totalSec,
    range: { lowSec: (runsLowSec + stationsSec) * scale, highSec: (runsHighSec + stationsSec) * scale },
    split: { runsSec, stationsSec, roxzoneSec: totalSec * roxShare },
    runPaceSecPerKm,
    tenKmEquivalentSec,
    stations: estimateStations(secPerWeight, input.stationSec ?? {}),
    basis,
  };
}

/** Each station: the athlete's benchmark, else `secPerWeight` × its station weight. */
function estimateStations(secPerWeight: number, benchmarks: Partial<Record<StationId, number>>): StationEstimate[] {
  return STATIONS.map((s) => {
    const own = benchmarks[s.id];
    return own !== undefined
      ? { id: s.id, name: s.name, estimateSec: own, source: 'benchmark' as const }
      : { id: s.id, name: s.name, estimateSec: secPerWeight * STATION_WEIGHTS[s.id], source: 'estimate' as const };
  });
}

/**
 * The prediction model run backwards (pure): the fresh 10 km and 5 km a goal finish needs when the
 * stations are at the level of the same finish. Runs are the division's run share of the finish,
 * Hyrox run pace is fresh 10 km pace × 1.065, and a 10 km is a 5 km × 2^1.06, so
 * `predictRaceTime({ fiveKmSec })` of the result gives the goal back.
 */
export function runTimesForGoal(goalSec: number, division: Division): { runsSec: number; paceSecPerKm: number; tenKmSec: number; fiveKmSec: number } {
  const runsSec = goalSec * RUN_SHARE[sexOf(division)];
  const paceSecPerKm = runsSec / RACE.totalRunKm;
  const tenKmSec = (paceSecPerKm / HYROX_RUN_FACTOR.central) * 10;
  return { runsSec, paceSecPerKm, tenKmSec, fiveKmSec: tenKmSec / 2 ** RIEGEL_EXPONENT };
}
