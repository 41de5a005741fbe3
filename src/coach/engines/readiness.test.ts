import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './load.js';
import type { WorkoutLog } from './load.js';
import { AssessReadinessInput, assessReadiness, dailyReadiness } from './readiness.js';

const TODAY = '2025-03-28';
function log(daysAgo: number, durationMin: number, rpe: number, sessionType = 'run', rpePre?: number): WorkoutLog {
  const entry: WorkoutLog = { date: fromDayNumber((toDayNumber(TODAY) ?? 0) - daysAgo), durationMin, rpe, sessionType };
  if (rpePre !== undefined) entry.rpePre = rpePre;
  return entry;
}
/** Three steady weeks (days 27–7 ago): 3 runs × 60 min at RPE 5 a week (540 min in all). */
const STEADY = [27, 25, 23, 20, 18, 16, 13, 11, 9].map((d) => log(d, 60, 5));

describe('assessReadiness', () => {
  describe('when there are no logs', () => {
    it('is ready and says nothing was logged', () => {
      const r = assessReadiness({ logs: [], today: TODAY });
      expect(r).toEqual({ status: 'ready', reasons: ['No sessions logged in the last 7 days.'], advice: 'Train as planned.', nextWeekMin: null });
    });
  });

  describe('when all 3 sessions of the last 7 days were RPE ≥ 8', () => {
    const r = assessReadiness({ logs: [...STEADY, log(5, 60, 8), log(3, 60, 9), log(1, 60, 8, 'strength')], today: TODAY });

    it('deloads to 50–60 % of the usual 180 min a week (90–108 min)', () => {
      // usual = (540 + 180) min over 28 days ÷ 4 = 180 min a week
      expect(r.status).toBe('deload');
      expect(r.reasons[0]).toBe('All 3 sessions in the last 7 days were RPE 8 or harder.');
      expect(r.nextWeekMin).toEqual({ lowMin: 90, highMin: 108 });
      expect(r.advice).toContain('about 90–108 min');
      expect(r.advice).toContain('RPE 7 or below');
    });
  });

  describe('when only 2 sessions of the last 7 days were hard', () => {
    it('does not deload on that rule (needs at least 3)', () => {
      const r = assessReadiness({ logs: [log(5, 60, 9), log(2, 60, 9)], today: TODAY });
      expect(r.status).toBe('ready');
    });
  });

  describe('when run RPE rises from 5.0 to 6.5 (+1.5) against the previous 3 weeks', () => {
    it('deloads and names the kind of work', () => {
      const r = assessReadiness({ logs: [...STEADY, log(5, 60, 6), log(2, 60, 7), log(1, 60, 5, 'strength')], today: TODAY });
      expect(r.status).toBe('deload');
      expect(r.reasons).toEqual(['run feels harder: average RPE 6.5 this week vs 5.0 over the previous 3 weeks (+1.5).']);
    });
  });

  describe('when run RPE rises by only 1.4', () => {
    it('stays ready', () => {
      const r = assessReadiness({ logs: [...STEADY, log(5, 60, 6), log(2, 60, 6.8)], today: TODAY });
      expect(r.status).toBe('ready');
    });
  });

  describe('when a rise rests on a single recent session', () => {
    it('does not count it (≥ 2 sessions of the kind in each window)', () => {
      const r = assessReadiness({ logs: [...STEADY, log(2, 60, 8), log(1, 40, 3, 'strength')], today: TODAY });
      expect(r.status).toBe('ready');
    });
  });

  describe('when pre-session readiness is ≤ 4 twice in the week', () => {
    it('deloads; once is not enough', () => {
      const twice = assessReadiness({ logs: [log(4, 45, 6, 'run', 4), log(2, 45, 6, 'run', 3)], today: TODAY });
      expect(twice.status).toBe('deload');
      expect(twice.reasons).toEqual(['Pre-session readiness was 4 or lower 2 times this week.']);
      // usual = 90 min ÷ 4 = 22.5 min a week → 11–14 min (rounded)
      expect(twice.nextWeekMin).toEqual({ lowMin: 11, highMin: 14 });
      const once = assessReadiness({ logs: [log(4, 45, 6, 'run', 4), log(2, 45, 6, 'run', 7)], today: TODAY });
      expect(once.status).toBe('ready');
    });
  });

  describe('when load spikes (4 × 84 min at RPE 5 = 1680 AU after weeks of 900 AU; ACWR 1.53)', () => {
    it('cautions and cuts next week by 20–30 % (235–269 of 336 min)', () => {
      const r = assessReadiness({ logs: [...STEADY, ...[6, 4, 2, 0].map((d) => log(d, 84, 5))], today: TODAY });
      expect(r.status).toBe('caution');
      expect(r.reasons).toHaveLength(1);
      expect(r.reasons[0]).toContain('1.53×');
      expect(r.nextWeekMin).toEqual({ lowMin: 235, highMin: 269 });
      expect(r.advice).toBe("Hold or cut next week's load by 20–30 % (about 235–269 min instead of 336).");
    });
  });

  describe('when ACWR is high but below a spike (1.41)', () => {
    it('cautions without a cut', () => {
      const r = assessReadiness({ logs: [...STEADY, ...[5, 3, 1].map((d) => log(d, 98, 5))], today: TODAY });
      expect(r.status).toBe('caution');
      expect(r.nextWeekMin).toBeNull();
      expect(r.reasons[0]).toContain('1.41×');
    });
  });

  describe('when this week is well below the 4-week average (ACWR 0.4)', () => {
    it('stays ready and mentions the low load', () => {
      const r = assessReadiness({ logs: [...STEADY, log(3, 60, 5)], today: TODAY });
      expect(r.status).toBe('ready');
      expect(r.reasons[1]).toContain('0.40×');
    });
  });

  describe('when the input schema meets a bad readiness score', () => {
    it('rejects rpePre outside 1–10', () => {
      const bad = { logs: [{ date: TODAY, durationMin: 30, rpe: 5, sessionType: 'run', rpePre: 0 }], today: TODAY };
      expect(AssessReadinessInput.safeParse(bad).success).toBe(false);
    });
  });
});

describe('dailyReadiness (the daily readiness check)', () => {
  it('swaps the hard session for its easy version on a score of 4 or lower, and names the deload rule', () => {
    const r = dailyReadiness({ score: 3 })!;
    expect(r.band).toBe('low');
    expect(r.advice).toMatch(/easy version, or move it a day/);
    expect(r.advice).toMatch(/two scores of 4 or lower within 7 days start a deload/);
  });
  it('counts a night under 6 hours as a 4 when no score is given', () => {
    expect(dailyReadiness({ sleptHours: 4.5 })).toMatchObject({ band: 'low', score: 4 });
    expect(dailyReadiness({ sleptHours: 7 })).toBeNull();
    expect(dailyReadiness({})).toBeNull();
  });
  it('trains as planned on 5–6 and says what to check if it lasts a week', () => {
    const r = dailyReadiness({ score: 6 })!;
    expect(r.band).toBe('flat');
    expect(r.advice).toMatch(/Train as planned/);
    expect(r.advice).toMatch(/sleep, food and life stress/);
  });
  it('trains as planned on a high score and adds nothing', () => {
    const r = dailyReadiness({ score: 9, sleptHours: 8, proposesMore: true })!;
    expect(r.band).toBe('fresh');
    expect(r.advice).toMatch(/not a licence to add extra sessions/);
  });
  it('tells a fresh athlete who only asks whether to go to do the session as written, with no talk of adding', () => {
    const r = dailyReadiness({ score: 8, sleptHours: 8 })!;
    expect(r.band).toBe('fresh');
    expect(r.advice).toMatch(/^\*\*Train as planned: a readiness of 8 is a fresh day/);
    expect(r.advice).not.toMatch(/\badd/);
  });
  it('answers one bad night or off day said without a score with the daily rule (train, the warm-up decides), not a deload', () => {
    const r = dailyReadiness({ oneOffDay: true })!;
    expect(r.band).toBe('flat');
    expect(r.score).toBeNull();
    expect(r.advice).toMatch(/^\*\*One bad night or one off day is normal and no reason to cut the week: train today/);
    expect(r.advice).toMatch(/easy version/);
    expect(r.advice).toMatch(/two days within 7 score 4 or lower/);
    // A score or a short night the member gives still decides.
    expect(dailyReadiness({ oneOffDay: true, sleptHours: 4 })!.band).toBe('low');
    expect(dailyReadiness({ oneOffDay: true, score: 9 })!.band).toBe('fresh');
  });
});
