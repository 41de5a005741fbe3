import type { Bout } from '../coach/engines/station-workouts.js';
import { STATION_IDS, type StationId } from '../domain/standards.js';

/** What a station needs, matched against the athlete's equipment list (free text). */
const NEEDS: Record<StationId, RegExp | null> = {
  skierg: /ski/i,
  sled_push: /sled/i,
  sled_pull: /sled/i,
  burpee_broad_jumps: null,
  row: /row/i,
  farmers_carry: /kettle|dumbbell|farmer|\bkb/i,
  sandbag_lunges: /sandbag|lunge/i,
  wall_balls: /wall ?ball|med(icine)? ?ball/i,
};

/**
 * The stations an athlete can train with their equipment, in race order. An empty list means
 * "not told": every station (a Hyrox-equipped gym) is assumed and the plan says so.
 */
export function availableStations(equipment: readonly string[]): StationId[] {
  if (equipment.length === 0) return [...STATION_IDS];
  const text = equipment.join(', ');
  return STATION_IDS.filter((id) => NEEDS[id] === null || NEEDS[id]!.test(text));
}

/** The preferred stations that are available, else whatever is (burpee broad jumps need nothing). */
export function pickStations(available: readonly StationId[], preferred: readonly StationId[], count: number): StationId[] {
  const picked = preferred.filter((id) => available.includes(id));
  for (const id of available) if (!picked.includes(id)) picked.push(id);
  return picked.slice(0, count);
}

/** "Sled Push 25 m at 130 kg" / "Wall Balls 30 reps, 6 kg to 3.00 m". */
export function boutText(b: Pick<Bout, 'name' | 'distanceM' | 'reps' | 'loadKg' | 'targetHeightM' | 'stationId'>): string {
  const work = b.reps !== undefined ? `${b.reps} reps` : `${b.distanceM} m`;
  const load = b.loadKg === undefined ? '' : b.stationId === 'farmers_carry' ? ` with 2 × ${b.loadKg} kg` : ` at ${b.loadKg} kg`;
  const target = b.targetHeightM ? ` to ${b.targetHeightM.toFixed(2)} m` : '';
  return `${b.name} ${work}${load}${target}`;
}
