import { HYROX_RUN_FACTOR, RIEGEL_EXPONENT } from './race-model.js';

/**
 * Training paces from a fresh 5 km (pure), by the knowledge base's method ("Threshold and interval
 * sessions with paces"): the 10 km equivalent by Riegel (t10 = t5 × 2^1.06), threshold as the pace
 * Riegel predicts for a one-hour effort, Hyrox race pace as 10 km pace × 1.065, easy as 10 km pace
 * + 60–90 s/km, and VO2max intervals at 5 km pace. Every pace is seconds per km.
 */
export interface TrainingPaces {
  fiveKmSec: number;
  fiveKm: number;
  tenKm: number;
  threshold: number;
  hyrox: number;
  easy: readonly [number, number];
}

export function trainingPaces(fiveKmSec: number): TrainingPaces {
  const tenKm = (fiveKmSec * 2 ** RIEGEL_EXPONENT) / 10;
  // The distance run in an hour at the 5 km's fitness: Riegel solved for distance.
  const hourKm = 5 * (3600 / fiveKmSec) ** (1 / RIEGEL_EXPONENT);
  return {
    fiveKmSec,
    fiveKm: fiveKmSec / 5,
    tenKm,
    threshold: 3600 / hourKm,
    hyrox: tenKm * HYROX_RUN_FACTOR.central,
    easy: [tenKm + 60, tenKm + 90],
  };
}

/** The kinds of repeat the knowledge base prescribes, each at its own pace and rest. */
export type RepeatKind = 'ten_km' | 'hyrox' | 'threshold' | 'vo2max';

export interface RepeatOption {
  kind: RepeatKind;
  /** Seconds per km. */
  pace: number;
  /** Time for one repeat of the asked distance at that pace. */
  repSec: number;
  /** The rest between repeats, as the knowledge base writes it. */
  rest: string;
  rpe: string;
  /** The repeat count the knowledge base's session uses at 1 km (the asked count, when given, is kept). */
  reps: number;
  purpose: string;
}

/**
 * The repeat sessions for a distance, the one to lead with first. 1 km repeats have three house sessions
 * (5 × 1 km at 10 km pace with 2 min jog; 8 × 1 km at Hyrox pace with 60–90 s rest; 5 × 1 km at 5 km pace
 * with 2:30 jog) and Daniels' cruise intervals (1 km at threshold, 1 min rest). Shorter repeats (under
 * 1 km) are VO2max work at 5 km pace, with a jog about as long as the repeat (the 3 min / 3 min session's
 * ratio). Seven or more 1 km repeats lead with Hyrox pace: the 8 × 1 km race-rhythm session.
 */
export function repeatOptions(paces: TrainingPaces, distanceM: number, reps?: number): RepeatOption[] {
  const km = distanceM / 1000;
  const option = (kind: RepeatKind, pace: number, rest: string, rpe: string, houseReps: number, purpose: string): RepeatOption => ({
    kind,
    pace,
    repSec: pace * km,
    rest,
    rpe,
    reps: reps ?? houseReps,
    purpose,
  });
  const tenKm = option('ten_km', paces.tenKm, '2 min easy jog', '8', 5, 'the standard interval session of specific and competition preparation');
  const hyrox = option('hyrox', paces.hyrox, '60–90 s rest', '7', 8, 'race rhythm, later with a station in the rest');
  const threshold = option('threshold', paces.threshold, '1 min rest', '7', 8, "Daniels' cruise intervals, more time at threshold");
  const vo2 = option(
    'vo2max',
    paces.fiveKm,
    km >= 1 ? '2:30 jog' : 'an easy jog about as long as the repeat',
    '8–9',
    5,
    'VO2max work in 4–6 week blocks',
  );
  // About 15 minutes of hard running in all, as in the 5 × 3 min session.
  if (km < 1) return [{ ...vo2, reps: reps ?? Math.round(900 / (paces.fiveKm * km)) }];
  if (km > 1) return [threshold, tenKm];
  return (reps ?? 5) >= 7 ? [hyrox, threshold, tenKm, vo2] : [tenKm, hyrox, threshold, vo2];
}
