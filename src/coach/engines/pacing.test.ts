import { describe, expect, it } from 'vitest';
import { PlanPacingInput, planPacing } from './pacing.js';
import { formatDuration, formatPace } from './time.js';

describe('planPacing', () => {
  describe('when the goal is 1:30:00 for Open Men (coaching-model.md worked example)', () => {
    const plan = planPacing({ goalSec: 5400, division: 'open_men' });

    it('budgets runs 47:15 (5:54/km), stations 35:49, Roxzone 6:56 (≈ 52 s per transition)', () => {
      expect(plan.totals.runsSec).toBeCloseTo(2835, 9); // s
      expect(formatDuration(plan.totals.runsSec)).toBe('47:15');
      expect(plan.averageRunSecPerKm).toBeCloseTo(354.375, 9);
      expect(formatPace(plan.averageRunSecPerKm)).toBe('5:54/km');
      expect(plan.totals.stationsSec).toBeCloseTo(2149.2, 9);
      expect(formatDuration(plan.totals.stationsSec)).toBe('35:49');
      expect(plan.roxzone.totalSec).toBeCloseTo(415.8, 9);
      expect(formatDuration(plan.roxzone.totalSec)).toBe('6:56');
      expect(plan.roxzone.perTransitionSec).toBeCloseTo(51.975, 9);
      expect(plan.totals.totalSec).toBeCloseTo(5400, 9);
    });

    it('fades the 8 run splits from 5:44 to 6:05', () => {
      expect(plan.runs.map((r) => r.weight)).toEqual([0.97, 0.98, 0.99, 1, 1, 1.01, 1.02, 1.03]);
      expect(plan.runs[0]?.splitSec).toBeCloseTo(343.74375, 9);
      expect(plan.runs[7]?.splitSec).toBeCloseTo(365.00625, 9);
      expect(plan.runs.map((r) => formatDuration(r.splitSec))).toEqual(['5:44', '5:47', '5:51', '5:54', '5:54', '5:58', '6:01', '6:05']);
      expect(plan.runs.reduce((s, r) => s + r.splitSec, 0)).toBeCloseTo(2835, 9);
    });

    it('targets SkiErg 4:39, Sled Push 3:35, Wall Balls 6:27 in race order with the division loads', () => {
      expect(plan.stations.map((s) => s.name)).toEqual([
        'SkiErg',
        'Sled Push',
        'Sled Pull',
        'Burpee Broad Jumps',
        'Row',
        'Farmers Carry',
        'Sandbag Lunges',
        'Wall Balls',
      ]);
      expect(plan.stations.map((s) => formatDuration(s.targetSec))).toEqual(['4:39', '3:35', '4:29', '5:01', '5:01', '2:09', '4:29', '6:27']);
      expect(plan.stations[0]?.targetSec).toBeCloseTo(279.396, 9);
      expect(plan.stations[1]).toMatchObject({ loadKg: 152, standard: 'Sled Push 50 m at 152 kg' });
      expect(plan.stations[0]?.loadKg).toBeUndefined();
      expect(plan.stations[5]?.loadKg).toBe(24); // per hand
      expect(plan.stations[7]?.standard).toBe('Wall Balls 100 reps at 6 kg to a 3.00 m target');
      expect(plan.stations.reduce((s, x) => s + x.targetSec, 0)).toBeCloseTo(2149.2, 9);
    });
  });

  describe('when the goal is 1:30:00 for Open Women', () => {
    it("uses 54.1 % runs (48:41, 6:05/km) and 7.4 % Roxzone (6:40) with women's loads", () => {
      const plan = planPacing({ goalSec: 5400, division: 'open_women' });
      expect(plan.totals.runsSec).toBeCloseTo(2921.4, 9);
      expect(formatDuration(plan.totals.runsSec)).toBe('48:41');
      expect(formatPace(plan.averageRunSecPerKm)).toBe('6:05/km');
      expect(plan.roxzone.totalSec).toBeCloseTo(399.6, 9);
      expect(formatDuration(plan.roxzone.totalSec)).toBe('6:40');
      expect(plan.stations[1]?.loadKg).toBe(102);
    });
  });

  describe('when the goal is outside 45 min–4 h', () => {
    it('is refused by the input schema', () => {
      expect(PlanPacingInput.safeParse({ goalSec: 1200, division: 'open_men' }).success).toBe(false);
      expect(PlanPacingInput.safeParse({ goalSec: 5400, division: 'open_men' }).success).toBe(true);
    });
  });
});
