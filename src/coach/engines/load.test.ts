import { describe, expect, it } from 'vitest';
import { ComputeLoadInput, computeLoad, fromDayNumber, sessionLoadAu, toDayNumber } from './load.js';
import type { WorkoutLog } from './load.js';

const TODAY = '2025-03-28';
/** The date `daysAgo` days before TODAY. */
function ago(daysAgo: number): string {
  return fromDayNumber((toDayNumber(TODAY) ?? 0) - daysAgo);
}
function log(daysAgo: number, durationMin: number, rpe: number, sessionType = 'run'): WorkoutLog {
  return { date: ago(daysAgo), durationMin, rpe, sessionType };
}
/** Three steady weeks (days 27–7 ago): 3 × 60 min at RPE 5 = 300 AU each, 900 AU a week. */
const STEADY = [27, 25, 23, 20, 18, 16, 13, 11, 9].map((d) => log(d, 60, 5));

describe('toDayNumber / fromDayNumber', () => {
  describe('when given real and impossible dates', () => {
    it('round-trips real dates and rejects impossible ones', () => {
      expect(fromDayNumber(toDayNumber('2024-02-29') ?? 0)).toBe('2024-02-29');
      expect(toDayNumber('2025-02-29')).toBeNull();
      expect(toDayNumber('28/03/2025')).toBeNull();
      expect(ago(28)).toBe('2025-02-28');
    });
  });
});

describe('sessionLoadAu', () => {
  describe('when given RPE and minutes', () => {
    it('multiplies them (Foster 2001): RPE 7 × 45 min = 315 AU', () => {
      expect(sessionLoadAu({ rpe: 7, durationMin: 45 })).toBe(315);
    });
  });
});

describe('computeLoad', () => {
  describe('when there are no logs', () => {
    it('reports zeros and nulls, no flags', () => {
      const r = computeLoad({ logs: [], today: TODAY });
      expect(r).toMatchObject({
        weeklyLoadAu: 0,
        monotony: null,
        strain: null,
        acwr: null,
        chronicWeeklyLoadAu: 0,
        historyDays: 0,
        fitness: 0,
        fatigue: 0,
        form: 0,
        flags: [],
      });
      expect(r.dailyLoads).toHaveLength(28);
      expect(r.dailyLoads[0]?.date).toBe('2025-03-01');
      expect(r.dailyLoads[27]).toEqual({ date: TODAY, loadAu: 0 });
    });
  });

  describe('when there is one log today (60 min at RPE 5 = 300 AU)', () => {
    const r = computeLoad({ logs: [log(0, 60, 5)], today: TODAY });

    it('gives monotony 1/√6 and strain 300/√6', () => {
      expect(r.weeklyLoadAu).toBe(300);
      expect(r.monotony).toBeCloseTo(0.40824829, 9);
      expect(r.strain).toBeCloseTo(122.474487139, 9);
    });

    it('computes ACWR 4.0 but raises no ACWR flag with 1 day of history', () => {
      expect(r.chronicWeeklyLoadAu).toBe(75);
      expect(r.acwr).toBe(4);
      expect(r.historyDays).toBe(1);
      expect(r.flags).toEqual([]);
    });

    it('gives fitness 300 × 2/43, fatigue 300 × 2/8, form their difference', () => {
      expect(r.fitness).toBeCloseTo(13.953488372, 9);
      expect(r.fatigue).toBe(75);
      expect(r.form).toBeCloseTo(-61.046511628, 9);
    });
  });

  describe('when the week is 360, 0, 315, 0, 120, 450, 0 AU', () => {
    const logs = [log(6, 60, 6), log(4, 45, 7), log(2, 30, 4), log(1, 90, 5)];
    const r = computeLoad({ logs, today: TODAY });

    it('gives weekly 1245 AU, monotony 0.99360 (population SD) and strain 1237.03', () => {
      expect(r.weeklyLoadAu).toBe(1245);
      expect(r.monotony).toBeCloseTo(0.99360235, 9);
      expect(r.strain).toBeCloseTo(1237.034925245, 6);
      expect(r.dailyLoads.slice(-7).map((d) => d.loadAu)).toEqual([360, 0, 315, 0, 120, 450, 0]);
    });

    it('gives fatigue 142.18505859375 after 7 days of EWMA (λ = 0.25)', () => {
      // 90 → 67.5 → 129.375 → 97.03125 → 102.7734375 → 189.580078125 → 142.18505859375
      expect(r.fatigue).toBe(142.18505859375);
    });
  });

  describe('when there is a gap between sessions', () => {
    it('decays fitness through the rest day: 100 AU, 0, 100 AU → 8.87972 AU', () => {
      const r = computeLoad({ logs: [log(2, 20, 5), log(0, 10, 10)], today: TODAY });
      expect(r.fitness).toBeCloseTo(8.879721282, 9);
      expect(r.fatigue).toBeCloseTo(39.0625, 12);
    });
  });

  describe('when the last week jumps to 4 × 60 min at RPE 7 after three weeks of 900 AU', () => {
    const r = computeLoad({ logs: [...STEADY, ...[6, 4, 2, 0].map((d) => log(d, 60, 7))], today: TODAY });

    it('gives acute 1680, chronic 1095, ACWR 1.5342 and an acwr_spike flag', () => {
      expect(r.acuteLoadAu).toBe(1680);
      expect(r.chronicWeeklyLoadAu).toBe(1095);
      expect(r.acwr).toBeCloseTo(1.534246575, 9);
      expect(r.historyDays).toBe(28);
      expect(r.flags.map((f) => f.code)).toEqual(['acwr_spike']);
      expect(r.flags[0]?.summary).toContain('1.53×');
      expect(r.flags[0]?.summary).toContain('20–30 %');
    });
  });

  describe('when the last week is 3 × 70 min at RPE 7 after three weeks of 900 AU', () => {
    it('gives ACWR 1.4101 and an acwr_high flag', () => {
      const r = computeLoad({ logs: [...STEADY, ...[5, 3, 1].map((d) => log(d, 70, 7))], today: TODAY });
      expect(r.acwr).toBeCloseTo(1.410071942, 9);
      expect(r.flags.map((f) => f.code)).toEqual(['acwr_high']);
    });
  });

  describe('when the last week has one 300 AU session after three weeks of 900 AU', () => {
    it('gives ACWR 0.4 and an acwr_low flag', () => {
      const r = computeLoad({ logs: [...STEADY, log(3, 60, 5)], today: TODAY });
      expect(r.acwr).toBeCloseTo(0.4, 12);
      expect(r.flags.map((f) => f.code)).toEqual(['acwr_low']);
    });
  });

  describe('when every day has the same load (60 min at RPE 5 for 28 days)', () => {
    const r = computeLoad({ logs: Array.from({ length: 28 }, (_, d) => log(d, 60, 5)), today: TODAY });

    it('reports monotony and strain as null, not Infinity, and flags monotony', () => {
      expect(r.monotony).toBeNull();
      expect(r.strain).toBeNull();
      expect(r.acwr).toBe(1);
      expect(r.flags.map((f) => f.code)).toEqual(['monotony_high']);
    });

    it('matches the closed-form EWMA 300 × (1 − (1 − λ)^28)', () => {
      expect(r.fitness).toBeCloseTo(300 * (1 - (41 / 43) ** 28), 9);
      expect(r.fatigue).toBeCloseTo(300 * (1 - 0.75 ** 28), 9);
    });
  });

  describe('when daily loads barely vary (six days 300 AU, one 200 AU)', () => {
    it('gives monotony 8.16497 > 2.0 and a monotony_high flag', () => {
      const logs = [0, 1, 2, 3, 4, 5].map((d) => log(d, 60, 5)).concat(log(6, 40, 5));
      const r = computeLoad({ logs, today: TODAY });
      expect(r.monotony).toBeCloseTo(8.164965809, 9);
      expect(r.strain).toBeCloseTo(16329.931618555, 6);
      expect(r.flags.map((f) => f.code)).toContain('monotony_high');
    });
  });

  describe('when logs share a day or lie after today', () => {
    it('sums the same day and ignores the future', () => {
      const r = computeLoad({ logs: [log(0, 30, 6), log(0, 20, 3, 'strength'), { ...log(0, 99, 9), date: '2025-03-29' }], today: TODAY });
      expect(r.dailyLoads[27]?.loadAu).toBe(240);
      expect(r.sessions).toHaveLength(2);
    });
  });

  describe('when the input schema meets bad logs', () => {
    it('rejects impossible dates and out-of-range RPE', () => {
      const ok = { date: '2025-03-01', durationMin: 60, rpe: 6, sessionType: 'run' };
      expect(ComputeLoadInput.safeParse({ logs: [ok], today: TODAY }).success).toBe(true);
      expect(ComputeLoadInput.safeParse({ logs: [{ ...ok, date: '2025-02-30' }], today: TODAY }).success).toBe(false);
      expect(ComputeLoadInput.safeParse({ logs: [{ ...ok, rpe: 11 }], today: TODAY }).success).toBe(false);
      expect(ComputeLoadInput.safeParse({ logs: [{ ...ok, durationMin: 0 }], today: TODAY }).success).toBe(false);
    });
  });
});
