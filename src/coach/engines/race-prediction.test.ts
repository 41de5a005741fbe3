import { describe, expect, it } from 'vitest';
import { PredictRaceTimeInput, predictRaceTime, runTimesForGoal } from './race-prediction.js';
import { formatDuration, formatPace } from './time.js';

describe('predictRaceTime', () => {
  describe('when given a 5 km of 22:00 for Open Men (coaching-model.md worked example)', () => {
    const p = predictRaceTime({ fiveKmSec: 1320, division: 'open_men' });

    it('gives a 10 km equivalent of 45:52 (4:35/km) by Riegel', () => {
      expect(p.tenKmEquivalentSec).toBeCloseTo(2752.1096, 3); // s
      expect(formatDuration(p.tenKmEquivalentSec)).toBe('45:52');
      expect(formatPace(p.tenKmEquivalentSec / 10)).toBe('4:35/km');
    });

    it('gives a Hyrox run pace of 4:53/km and runs of 39:05', () => {
      expect(p.runPaceSecPerKm).toBeCloseTo(293.0997, 3); // s/km
      expect(formatPace(p.runPaceSecPerKm)).toBe('4:53/km');
      expect(p.split.runsSec).toBeCloseTo(2344.7974, 3); // s
      expect(formatDuration(p.split.runsSec)).toBe('39:05');
    });

    it('predicts 1:14:26 with a range of 1:08:48 to 1:29:42', () => {
      expect(p.totalSec).toBeCloseTo(4466.2807, 3); // s
      expect(formatDuration(p.totalSec)).toBe('1:14:26');
      expect(p.range.lowSec).toBeCloseTo(4128.1644, 3);
      expect(formatDuration(p.range.lowSec)).toBe('1:08:48');
      expect(p.range.highSec).toBeCloseTo(5381.9032, 3);
      expect(formatDuration(p.range.highSec)).toBe('1:29:42');
    });

    it('splits the rest into Roxzone 7.7 % and stations by weight', () => {
      expect(p.split.roxzoneSec).toBeCloseTo(343.9036, 3); // s
      expect(p.split.stationsSec).toBeCloseTo(1777.5797, 3); // s
      expect(p.split.runsSec + p.split.stationsSec + p.split.roxzoneSec).toBeCloseTo(p.totalSec, 9);
      expect(p.stations.map((s) => s.id)).toEqual([
        'skierg',
        'sled_push',
        'sled_pull',
        'burpee_broad_jumps',
        'row',
        'farmers_carry',
        'sandbag_lunges',
        'wall_balls',
      ]);
      expect(p.stations[7]?.estimateSec).toBeCloseTo(0.18 * 1777.5797, 3); // wall balls, s
      expect(p.stations.every((s) => s.source === 'estimate')).toBe(true);
      expect(p.basis.join(' ')).toContain('Riegel');
    });
  });

  describe('when given a 10 km of 50:00 for Open Women', () => {
    const p = predictRaceTime({ tenKmSec: 3000, division: 'open_women' });

    it("uses the 10 km as is and the women's shares (54.1 % run, 7.4 % Roxzone)", () => {
      expect(p.tenKmEquivalentSec).toBe(3000);
      expect(p.split.runsSec).toBeCloseTo(2556, 9); // 8 × 300 × 1.065 s
      expect(p.totalSec).toBeCloseTo(4724.5841, 3);
      expect(formatDuration(p.totalSec)).toBe('1:18:45');
      expect(formatDuration(p.range.lowSec)).toBe('1:15:00'); // 2520 ÷ 0.56
      expect(formatDuration(p.range.highSec)).toBe('1:37:47'); // 2640 ÷ 0.45
      expect(p.split.roxzoneSec).toBeCloseTo(349.6192, 3);
    });
  });

  describe('when given both a 5 km and a 10 km', () => {
    it('uses the 10 km and says so', () => {
      const p = predictRaceTime({ fiveKmSec: 1320, tenKmSec: 3000, division: 'pro_women' });
      expect(p.tenKmEquivalentSec).toBe(3000);
      expect(p.basis[0]).toContain('10 km');
    });
  });

  describe('when given a Pro division', () => {
    it('uses the shares of its sex', () => {
      const pro = predictRaceTime({ fiveKmSec: 1320, division: 'pro_men' });
      const open = predictRaceTime({ fiveKmSec: 1320, division: 'open_men' });
      expect(pro.totalSec).toBe(open.totalSec);
    });
  });

  describe('when given two station benchmarks (Open Men, 5 km 22:00, SkiErg 4:30, Wall Balls 6:00)', () => {
    const p = predictRaceTime({ fiveKmSec: 1320, division: 'open_men', stationSec: { skierg: 270, wall_balls: 360 } });

    it('scales the missing stations from the known ones by weight', () => {
      // 630 s over weights 0.13 + 0.18 = 0.31 → 2032.26 s of station time
      expect(p.split.stationsSec).toBeCloseTo(2032.2581, 3);
      expect(p.stations.find((s) => s.id === 'sled_push')?.estimateSec).toBeCloseTo(203.2258, 3);
      expect(p.stations.find((s) => s.id === 'skierg')).toMatchObject({ estimateSec: 270, source: 'benchmark' });
    });

    it('totals (runs + stations) ÷ (1 − 0.077) = 1:19:02, range 1:18:26–1:20:26', () => {
      expect(p.totalSec).toBeCloseTo(4742.2053, 3);
      expect(formatDuration(p.totalSec)).toBe('1:19:02');
      expect(formatDuration(p.range.lowSec)).toBe('1:18:26');
      expect(formatDuration(p.range.highSec)).toBe('1:20:26');
      expect(p.split.roxzoneSec).toBeCloseTo(365.1498, 3);
    });
  });

  describe('when every station has a benchmark', () => {
    it('uses their sum exactly', () => {
      const stationSec = {
        skierg: 280,
        sled_push: 200,
        sled_pull: 260,
        burpee_broad_jumps: 300,
        row: 300,
        farmers_carry: 130,
        sandbag_lunges: 270,
        wall_balls: 390,
      };
      const p = predictRaceTime({ fiveKmSec: 1320, division: 'open_men', stationSec });
      expect(p.split.stationsSec).toBe(2130);
      expect(p.stations.every((s) => s.source === 'benchmark')).toBe(true);
    });
  });

  describe('when no run time is given', () => {
    it('throws, and the input schema refuses it', () => {
      expect(() => predictRaceTime({ division: 'open_men' })).toThrow(RangeError);
      expect(PredictRaceTimeInput.safeParse({ division: 'open_men' }).success).toBe(false);
    });
  });

  describe('when the input schema meets implausible values', () => {
    it('rejects them', () => {
      expect(PredictRaceTimeInput.safeParse({ fiveKmSec: 300, division: 'open_men' }).success).toBe(false);
      expect(PredictRaceTimeInput.safeParse({ fiveKmSec: 1320, division: 'elite' }).success).toBe(false);
      expect(PredictRaceTimeInput.safeParse({ fiveKmSec: 1320, division: 'open_men', stationSec: { row: -5 } }).success).toBe(false);
      expect(PredictRaceTimeInput.safeParse({ fiveKmSec: 1320, division: 'open_men', stationSec: { row: 300 } }).success).toBe(true);
    });
  });
});

describe('runTimesForGoal', () => {
  it.each([
    [80 * 60, 'open_men'],
    [90 * 60, 'open_women'],
    [65 * 60, 'pro_men'],
  ] as const)('is the prediction model run backwards: the 5 km it gives for %i s (%s) predicts that finish', (goalSec, division) => {
    const need = runTimesForGoal(goalSec, division);
    expect(predictRaceTime({ fiveKmSec: need.fiveKmSec, division }).totalSec).toBeCloseTo(goalSec, 6);
    expect(predictRaceTime({ tenKmSec: need.tenKmSec, division }).totalSec).toBeCloseTo(goalSec, 6);
  });
});
