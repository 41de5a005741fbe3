import type { PlannedSessionKind } from '../coach/engines/phase.js';
import { buildStationWorkout, scaledLoadKg, type Level } from '../coach/engines/station-workouts.js';
import { formatPace } from '../coach/engines/time.js';
import { describeStation, stationById, type Division, type StationId } from '../domain/standards.js';
import type { RunPaces } from './paces.js';
import { boutText, pickStations } from './stations.js';

export interface SessionSpec {
  type: PlannedSessionKind;
  durationMin: number;
  /** Target session RPE (CR-10); capped by the week's adjustments. */
  rpe: number;
}

export interface WorkContext {
  paces: RunPaces;
  division: Division;
  level: Level;
  stations: readonly StationId[];
}

export interface Prescription {
  title: string;
  purpose: string;
  /** The exact work: sets, reps, rest, paces, loads. */
  work: string;
}

const pace = (s: number) => formatPace(s);
const WARM = 10;
const COOL = 10;

/** Whole repetitions of `periodMin` that fit in `min` (at least `lo`, at most `hi`). */
const fit = (min: number, periodMin: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.floor(min / periodMin)));

/**
 * The exact work of one planned session, from the athlete's paces, division loads, level and
 * stations. Run sessions follow the knowledge base's session menu (team3c_crossfit_running.md):
 * threshold 10-min reps with 2 min jog, 1 km reps at 10 km pace with 2 min jog, easy = 10 km
 * pace + 60–90 s/km; station work comes from the station-workout engine at the athlete's level.
 */
export function prescribe(s: SessionSpec, c: WorkContext): Prescription {
  const p = c.paces;
  const easy = `${pace(p.easyPace.fast).replace('/km', '')}–${pace(p.easyPace.slow)}`;
  const main = Math.max(10, s.durationMin - WARM - COOL);
  switch (s.type) {
    case 'easy_run':
      return {
        title: 'Easy run',
        purpose: 'Aerobic base at low cost; recovery between hard days.',
        work: `${s.durationMin} min at ${easy}, conversational (RPE ${Math.min(s.rpe, 3)}).`,
      };
    case 'long_run':
      return {
        title: 'Long run',
        purpose: 'Aerobic endurance for a 60–120 min race.',
        work: `${s.durationMin} min at ${easy}${s.rpe >= 4 && s.durationMin >= 50 ? `; last 10 min at Hyrox pace ${pace(p.hyroxPace)} if you feel fresh` : ''} (RPE ${s.rpe}).`,
      };
    case 'threshold_run': {
      const reps = fit(main + 2, 12, 1, 4);
      return {
        title: 'Threshold run',
        purpose: 'Raises the pace you can hold for an hour: what eight near-threshold kilometres demand.',
        work: `${WARM} min easy, ${reps} × 10 min at ${pace(p.thresholdPace)} with 2 min jog, ${COOL} min easy (RPE ${s.rpe}).`,
      };
    }
    case 'intervals': {
      const repMin = (p.tenKmPace + 120) / 60;
      const reps = fit(main, repMin, 3, 8);
      return {
        title: '10 km-pace intervals',
        purpose: 'Sharpens race-pace running and raises the ceiling.',
        work: `${WARM} min easy, ${reps} × 1 km at ${pace(p.tenKmPace)} with 2 min jog, ${COOL} min easy (RPE ${s.rpe}).`,
      };
    }
    case 'strength': {
      const heavy = s.rpe >= 7;
      const sets = heavy ? 4 : 3;
      return {
        title: 'Strength',
        purpose: 'Force for sleds, lunges and wall balls; protects joints under load.',
        work: `${WARM} min warm-up, then back squat ${sets} × 5, Romanian deadlift ${sets} × 6, bench or push press 3 × 6, pull-ups or rows 3 × 8, 2–3 min rest between sets, each set at RPE ${heavy ? 7 : 6}${s.durationMin >= 50 ? '; finish with 3 × 30 m walking lunges' : ''}.`,
      };
    }
    case 'strength_endurance': {
      const w = buildStationWorkout({
        format: 'intervals',
        stations: pickStations(c.stations, ['sled_push', 'sled_pull', 'sandbag_lunges', 'wall_balls', 'farmers_carry'], 3),
        level: c.level,
        division: c.division,
        durationMin: Math.min(90, Math.max(4, main)),
      });
      const round = w.bouts.slice(0, Math.min(w.bouts.length, 3)).map(boutText).join(', ');
      return {
        title: 'Station strength-endurance',
        purpose: 'Holds station pace under fatigue (the stations are about 40 % of your race).',
        work: `${WARM} min warm-up, ${w.rounds} intervals rotating ${round}; ${w.bouts[0]?.workSecTarget ?? 120} s work, ${w.bouts[0]?.restSec ?? 60} s rest (RPE ${Math.min(s.rpe, w.rpeTarget)}), ${COOL} min easy.`,
      };
    }
    case 'technique':
    case 'aerobic_mixed': {
      const stationMin = s.type === 'aerobic_mixed' ? Math.max(4, Math.round(s.durationMin / 2)) : Math.max(4, Math.min(90, main));
      const w = buildStationWorkout({
        format: 'emom',
        stations: pickStations(c.stations, ['wall_balls', 'sandbag_lunges', 'burpee_broad_jumps', 'skierg'], 3),
        level: 'beginner',
        division: c.division,
        durationMin: Math.min(90, stationMin),
      });
      const run = s.type === 'aerobic_mixed' ? `${s.durationMin - stationMin} min easy run at ${easy}, then ` : `${WARM} min easy erg, then `;
      return {
        title: s.type === 'technique' ? 'Station technique' : 'Easy run + station technique',
        purpose: 'Smooth, efficient station movement at low cost.',
        work: `${run}EMOM ${w.durationMin} min rotating ${w.bouts.slice(0, 3).map(boutText).join(', ')}; smooth reps, RPE ${Math.min(s.rpe, 4)}.`,
      };
    }
    case 'compromised_run': {
      const [a, b] = pickStations(c.stations, ['sled_push', 'sandbag_lunges', 'wall_balls', 'burpee_broad_jumps'], 2);
      const roundMin = p.hyroxPace / 60 + 3.5;
      const rounds = fit(main, roundMin, 2, 6);
      const bout = (id: StationId | undefined) => (id ? stationBout(id, c) : 'Burpee Broad Jumps 20 m');
      return {
        title: 'Compromised running',
        purpose: 'Teaches your legs to find race pace straight off a station.',
        work: `${WARM} min easy, ${rounds} rounds of ${bout(a)}${b ? ` (alternate with ${bout(b)})` : ''} then 1 km at Hyrox pace ${pace(p.hyroxPace)}, 90 s rest between rounds (RPE ${s.rpe}), ${COOL} min easy.`,
      };
    }
    case 'simulation': {
      const full = s.durationMin >= 100;
      const list = (full ? c.stations : c.stations.slice(0, 4)).map((id) => describeStation(id, c.division));
      return {
        title: full ? 'Full race simulation' : 'Half race simulation',
        purpose: 'Rehearses pacing, transitions and fuelling at race effort.',
        work: `${WARM} min warm-up, then ${list.length} × (1 km at ${pace(p.hyroxPace)} + station): ${list.join('; ')}. No planned rest (RPE ${s.rpe}).`,
      };
    }
    case 'rest':
      return { title: 'Rest', purpose: 'Adaptation happens here.', work: 'Rest, or 20 min walk and mobility.' };
  }
}

function stationBout(id: StationId, c: WorkContext): string {
  const load = scaledLoadKg(id, c.division, c.level);
  const size: Record<StationId, string> = {
    skierg: '250 m',
    sled_push: '25 m',
    sled_pull: '25 m',
    burpee_broad_jumps: '20 m',
    row: '250 m',
    farmers_carry: '100 m',
    sandbag_lunges: '25 m',
    wall_balls: '25 reps',
  };
  const name = stationById(id).name;
  return `${name} ${size[id]}${load === undefined ? '' : id === 'farmers_carry' ? ` with 2 × ${load} kg` : ` at ${load} kg`}`;
}
