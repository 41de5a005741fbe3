import { describe, expect, it } from 'vitest';
import { BuildStationWorkoutInput, buildStationWorkout, scaledLoadKg } from './station-workouts.js';

describe('scaledLoadKg', () => {
  describe('when scaling race loads by level', () => {
    it('gives beginner ≈ 65 % rounded to stocked weights (kg)', () => {
      expect(scaledLoadKg('sled_push', 'open_men', 'beginner')).toBe(100); // 152 × 0.65 = 98.8 → 100
      expect(scaledLoadKg('sled_pull', 'open_women', 'beginner')).toBe(50); // 78 × 0.65 = 50.7 → 50
      expect(scaledLoadKg('farmers_carry', 'open_men', 'beginner')).toBe(16); // 24 × 0.65 = 15.6 → 16 per hand
      expect(scaledLoadKg('wall_balls', 'open_men', 'beginner')).toBe(4); // 6 × 0.65 = 3.9 → 4
      expect(scaledLoadKg('sandbag_lunges', 'open_women', 'beginner')).toBe(5); // 10 × 0.65 = 6.5 → 5
    });

    it('gives intermediate 85 % and advanced the race load', () => {
      expect(scaledLoadKg('sled_push', 'pro_men', 'intermediate')).toBe(170); // 202 × 0.85 = 171.7 → 170
      expect(scaledLoadKg('sled_push', 'pro_men', 'advanced')).toBe(202);
      expect(scaledLoadKg('skierg', 'pro_men', 'advanced')).toBeUndefined();
    });
  });
});

describe('buildStationWorkout', () => {
  describe('when a beginner Open Man asks for a 12 min EMOM of SkiErg, Wall Balls, Sled Push', () => {
    const w = buildStationWorkout({
      format: 'emom',
      stations: ['skierg', 'wall_balls', 'sled_push'],
      level: 'beginner',
      division: 'open_men',
      durationMin: 12,
    });

    it('rotates the stations minute by minute with sized bouts and scaled loads', () => {
      expect(w.rounds).toBe(12);
      expect(w.bouts).toHaveLength(12);
      expect(w.bouts.slice(0, 3)).toEqual([
        { index: 1, stationId: 'skierg', name: 'SkiErg', workSecTarget: 35, restSec: 25, rpeTarget: 6, distanceM: 120 },
        { index: 2, stationId: 'wall_balls', name: 'Wall Balls', workSecTarget: 35, restSec: 25, rpeTarget: 6, reps: 8, loadKg: 4, targetHeightM: 3 },
        { index: 3, stationId: 'sled_push', name: 'Sled Push', workSecTarget: 35, restSec: 25, rpeTarget: 6, distanceM: 12.5, loadKg: 100 },
      ]);
      expect(w.bouts[11]?.stationId).toBe('sled_push');
      expect(w.title).toBe('EMOM 12 min: SkiErg / Wall Balls / Sled Push (beginner, Open Men loads)');
    });

    it('totals 480 m ski, 32 wall balls, 50 m sled push; 420 s work and 300 s rest', () => {
      expect(w.totalWork).toEqual([
        { stationId: 'skierg', distanceM: 480 },
        { stationId: 'wall_balls', reps: 32 },
        { stationId: 'sled_push', distanceM: 50 },
      ]);
      expect(w.totalWorkSec).toBe(420);
      expect(w.totalRestSec).toBe(300);
      expect(w.loads).toEqual([
        { stationId: 'wall_balls', raceLoadKg: 6, loadKg: 4, pctOfRace: 4 / 6 },
        { stationId: 'sled_push', raceLoadKg: 152, loadKg: 100, pctOfRace: 100 / 152 },
      ]);
    });
  });

  describe('when an intermediate Open Woman asks for 20 min of Row / Sandbag Lunges intervals', () => {
    const w = buildStationWorkout({
      format: 'intervals',
      stations: ['row', 'sandbag_lunges'],
      level: 'intermediate',
      division: 'open_women',
      durationMin: 20,
    });

    it('fits 7 rounds of 120 s work / 60 s rest with no rest after the last', () => {
      // ⌊(1200 + 60) ÷ 180⌋ = 7; 7 × 120 + 6 × 60 = 1200 s
      expect(w.rounds).toBe(7);
      expect(w.bouts.map((b) => `${b.stationId} ${b.distanceM} m ${b.loadKg ?? '-'} kg rest ${b.restSec}`)).toEqual([
        'row 400 m - kg rest 60',
        'sandbag_lunges 30 m 10 kg rest 60',
        'row 400 m - kg rest 60',
        'sandbag_lunges 30 m 10 kg rest 60',
        'row 400 m - kg rest 60',
        'sandbag_lunges 30 m 10 kg rest 60',
        'row 400 m - kg rest 0',
      ]);
      expect(w.totalWorkSec + w.totalRestSec).toBe(1200);
      expect(w.totalWork).toEqual([
        { stationId: 'row', distanceM: 1600 },
        { stationId: 'sandbag_lunges', distanceM: 90 },
      ]);
      expect(w.rpeTarget).toBe(8);
    });
  });

  describe('when an advanced Pro Man asks for a 20 min AMRAP of all four loaded stations', () => {
    const w = buildStationWorkout({
      format: 'amrap',
      stations: ['sled_push', 'sled_pull', 'farmers_carry', 'wall_balls'],
      level: 'advanced',
      division: 'pro_men',
      durationMin: 20,
    });

    it('lists one round at race loads and targets 5 rounds', () => {
      // round = 4 × (45 s work + 15 s transition) = 240 s; ⌊1200 ÷ 240⌋ = 5; work 5 × 4 × 45 = 900 s
      expect(w.bouts.map((b) => [b.stationId, b.distanceM ?? b.reps, b.loadKg])).toEqual([
        ['sled_push', 12.5, 202],
        ['sled_pull', 12.5, 153],
        ['farmers_carry', 80, 32],
        ['wall_balls', 15, 9],
      ]);
      expect(w.rounds).toBe(5);
      expect(w.totalWork).toEqual([
        { stationId: 'sled_push', distanceM: 62.5 },
        { stationId: 'sled_pull', distanceM: 62.5 },
        { stationId: 'farmers_carry', distanceM: 400 },
        { stationId: 'wall_balls', reps: 75 },
      ]);
      expect(w.totalWorkSec).toBe(900);
      expect(w.bouts[3]?.targetHeightM).toBe(3);
    });
  });

  describe('when called twice with the same input', () => {
    it('returns the same workout', () => {
      const input: BuildStationWorkoutInput = {
        format: 'emom',
        stations: ['burpee_broad_jumps', 'row'],
        level: 'advanced',
        division: 'pro_women',
        durationMin: 16,
      };
      expect(buildStationWorkout(input)).toEqual(buildStationWorkout(input));
    });
  });

  describe('when intervals are shorter than one round', () => {
    it('still gives one round', () => {
      const w = buildStationWorkout({ format: 'intervals', stations: ['skierg'], level: 'advanced', division: 'open_men', durationMin: 2 });
      expect(w.rounds).toBe(1);
      expect(w.bouts[0]?.restSec).toBe(0);
    });
  });

  describe('when the input schema meets bad values', () => {
    it('rejects unknown stations, empty lists and silly durations', () => {
      const ok = { format: 'emom', stations: ['row'], level: 'beginner', division: 'open_men', durationMin: 10 };
      expect(BuildStationWorkoutInput.safeParse(ok).success).toBe(true);
      expect(BuildStationWorkoutInput.safeParse({ ...ok, stations: ['swim'] }).success).toBe(false);
      expect(BuildStationWorkoutInput.safeParse({ ...ok, stations: [] }).success).toBe(false);
      expect(BuildStationWorkoutInput.safeParse({ ...ok, durationMin: 200 }).success).toBe(false);
      expect(BuildStationWorkoutInput.safeParse({ ...ok, format: 'tabata' }).success).toBe(false);
    });
  });
});
