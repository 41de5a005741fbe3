/**
 * Hyrox race standards, stated once as data. Everything else (engines, research checks,
 * training-data filters) reads them from here.
 *
 * Source: ../shared/facts/hyrox_facts.md §1–2 (2024/25–2025/26 seasons; sled loads include
 * the sled). Women's divisions did 75 wall balls up to 2023/24; 100 from 2024/25 on.
 */

export const DIVISIONS = ['open_women', 'open_men', 'pro_women', 'pro_men'] as const;
export type Division = (typeof DIVISIONS)[number];

export const DIVISION_LABELS: Record<Division, string> = {
  open_women: 'Open Women',
  open_men: 'Open Men',
  pro_women: 'Pro Women',
  pro_men: 'Pro Men',
};

export const STATION_IDS = [
  'skierg',
  'sled_push',
  'sled_pull',
  'burpee_broad_jumps',
  'row',
  'farmers_carry',
  'sandbag_lunges',
  'wall_balls',
] as const;
export type StationId = (typeof STATION_IDS)[number];

export interface StationStandard {
  id: StationId;
  /** 1-based position in the race; each station follows a 1 km run. */
  order: number;
  name: string;
  /** The work: metres for distance stations, repetitions for wall balls. */
  distanceM?: number;
  reps?: number;
  /** Load per division. Sled loads include the sled; farmers carry is per hand (2 bells). */
  loadKg?: Record<Division, number>;
  /** Wall-ball target height per division, metres. */
  targetHeightM?: Record<Division, number>;
}

export const STATIONS: readonly StationStandard[] = [
  { id: 'skierg', order: 1, name: 'SkiErg', distanceM: 1000 },
  {
    id: 'sled_push',
    order: 2,
    name: 'Sled Push',
    distanceM: 50,
    loadKg: { open_women: 102, open_men: 152, pro_women: 152, pro_men: 202 },
  },
  {
    id: 'sled_pull',
    order: 3,
    name: 'Sled Pull',
    distanceM: 50,
    loadKg: { open_women: 78, open_men: 103, pro_women: 103, pro_men: 153 },
  },
  { id: 'burpee_broad_jumps', order: 4, name: 'Burpee Broad Jumps', distanceM: 80 },
  { id: 'row', order: 5, name: 'Row', distanceM: 1000 },
  {
    id: 'farmers_carry',
    order: 6,
    name: 'Farmers Carry',
    distanceM: 200,
    loadKg: { open_women: 16, open_men: 24, pro_women: 24, pro_men: 32 },
  },
  {
    id: 'sandbag_lunges',
    order: 7,
    name: 'Sandbag Lunges',
    distanceM: 100,
    loadKg: { open_women: 10, open_men: 20, pro_women: 20, pro_men: 30 },
  },
  {
    id: 'wall_balls',
    order: 8,
    name: 'Wall Balls',
    reps: 100,
    loadKg: { open_women: 4, open_men: 6, pro_women: 6, pro_men: 9 },
    targetHeightM: { open_women: 2.7, open_men: 3.0, pro_women: 2.7, pro_men: 3.0 },
  },
];

/** Race format: 8 × (1 km run + 1 station), no scheduled rest. */
export const RACE = {
  runs: 8,
  runDistanceM: 1000,
  totalRunKm: 8,
  stations: 8,
  /** Roxzone transitions per race (run → station → run). */
  transitions: 8,
  /** Women did 75 wall balls up to the 2023/24 season; 100 from 2024/25. */
  womenWallBallsBefore2024: 75,
} as const;

export function stationById(id: StationId): StationStandard {
  const station = STATIONS.find((s) => s.id === id);
  if (!station) throw new Error(`unknown station ${id}`);
  return station;
}

/** A one-line statement of a station's standard for a division, e.g. "Sled Push 50 m at 152 kg". */
export function describeStation(id: StationId, division: Division): string {
  const s = stationById(id);
  const work = s.reps !== undefined ? `${s.reps} reps` : `${s.distanceM} m`;
  const load = s.loadKg ? (id === 'farmers_carry' ? ` with 2 × ${s.loadKg[division]} kg` : ` at ${s.loadKg[division]} kg`) : '';
  const target = s.targetHeightM ? ` to a ${s.targetHeightM[division].toFixed(2)} m target` : '';
  return `${s.name} ${work}${load}${target}`;
}
