import { HYROX_RUN_FACTOR, RIEGEL_EXPONENT } from '../coach/engines/race-model.js';

/** Training paces, seconds per km. */
export interface RunPaces {
  /** Fresh 5 km time these come from (given, or Riegel from a 10 km), s. */
  fiveKmSec: number;
  tenKmPace: number;
  /** The pace Riegel predicts for a one-hour effort (10 km pace when the 10 km takes over an hour). */
  thresholdPace: number;
  /** Fresh 10 km pace × 1.065. */
  hyroxPace: number;
  /** 10 km pace + 60–90 s/km. */
  easyPace: { fast: number; slow: number };
}

/**
 * Paces from a fresh 5 km (or 10 km) time, the knowledge base's method (team3c_crossfit_running.md,
 * "Threshold and interval sessions with paces"): 10 km by Riegel t10 = t5 × 2^1.06; threshold =
 * the one-hour pace by Riegel; Hyrox pace = 10 km pace × 1.065; easy = 10 km pace + 60–90 s/km.
 * E.g. 21:00 5 km → 10 km 4:23/km, threshold 4:27/km, Hyrox 4:40/km, easy 5:23–5:53/km.
 */
export function runPaces(input: { fiveKmSec?: number; tenKmSec?: number }): RunPaces | null {
  const five = input.fiveKmSec ?? (input.tenKmSec !== undefined ? input.tenKmSec / 2 ** RIEGEL_EXPONENT : undefined);
  if (five === undefined || !(five > 0)) return null;
  const tenKmSec = input.tenKmSec ?? five * 2 ** RIEGEL_EXPONENT;
  const tenKmPace = tenKmSec / 10;
  // Distance covered in one hour by Riegel: 3600 = t5 × (d / 5)^1.06.
  const hourKm = 5 * (3600 / five) ** (1 / RIEGEL_EXPONENT);
  const thresholdPace = tenKmSec > 3600 ? tenKmPace : 3600 / hourKm;
  return {
    fiveKmSec: five,
    tenKmPace,
    thresholdPace,
    hyroxPace: tenKmPace * HYROX_RUN_FACTOR.central,
    easyPace: { fast: tenKmPace + 60, slow: tenKmPace + 90 },
  };
}
