import { describe, expect, it } from 'vitest';
import type { WorkoutLog } from '../coach/engines/load.js';
import { addDays } from '../domain/dates.js';
import { runPaces } from './paces.js';
import { planText } from './plan-text.js';
import { availableStations } from './stations.js';
import { buildWeekPlan, type WeekPlanInput } from './week-plan.js';

// Thursday 26 Nov 2026; the race is 15 weeks after Monday 23 Nov (specific preparation).
const base: WeekPlanInput = {
  today: '2026-11-26',
  week: 'this',
  raceDate: '2027-03-14',
  hoursPerWeek: 7,
  logs: [],
  paces: runPaces({ fiveKmSec: 21 * 60 })!,
  division: 'open_men',
  level: 'intermediate',
  stations: availableStations([]),
};
/** Four steady weeks before this one: Mon/Wed/Sat, 60 min at RPE 6 (ACWR ≈ 1). */
const steady: WorkoutLog[] = Array.from({ length: 28 }, (_, i) => addDays('2026-10-26', i))
  .filter((_, i) => i % 7 === 0 || i % 7 === 2 || i % 7 === 5)
  .map((date) => ({ date, durationMin: 60, rpe: 6, sessionType: 'run' }));

describe('buildWeekPlan', () => {
  it('lays out the phase engine week with paces from the 5 km', () => {
    const plan = buildWeekPlan({ ...base, week: 'next' });
    expect(plan.weekStart).toBe('2026-11-30');
    expect(plan.phase).toBe('specific_prep');
    expect(plan.days.map((d) => d.type)).toEqual(['strength', 'threshold_run', 'rest', 'compromised_run', 'strength_endurance', 'long_run', 'rest']);
    expect(plan.totalMin).toBe(420);
    const threshold = plan.days[1]!;
    expect(threshold.prescription.work).toBe('10 min easy, 4 × 10 min at 4:27/km with 2 min jog, 10 min easy (RPE 7).');
    expect(plan.days[5]!.prescription.work).toMatch(/^100 min at 5:23–5:53\/km/);
  });

  it('names the phase in words in the plan text', () => {
    expect(planText(buildWeekPlan({ ...base, week: 'next' }), { week: 'next' })).toMatch(
      /^\*\*Your plan for next week\*\* \(from 30 Nov\): specific preparation, 14 weeks to race/,
    );
  });

  describe('when a session this week was missed', () => {
    it('marks logged days done and moves the missed session to a free day from today', () => {
      const plan = buildWeekPlan({ ...base, logs: [...steady, { date: '2026-11-23', durationMin: 60, rpe: 7, sessionType: 'strength' }] });
      expect(plan.days[0]).toMatchObject({ status: 'done', logged: 'strength 60 min RPE 7' });
      expect(plan.days[1]).toMatchObject({ type: 'threshold_run', status: 'missed', note: 'moved to Sun' });
      expect(plan.days[6]).toMatchObject({ type: 'threshold_run', status: 'moved', note: 'moved from Tue' });
      expect(plan.adjustments.join(' ')).toMatch(/Missed: threshold run \(Tue, moved to Sun\)/);
    });
  });

  describe('when the athlete logs nothing', () => {
    it('shows the plain week: nothing is called missed', () => {
      const plan = buildWeekPlan(base);
      expect(plan.days.every((d) => d.status === 'planned')).toBe(true);
      expect(plan.adjustments).toEqual([]);
    });
  });

  describe('when the recent load is a spike', () => {
    it('eases the week by 25 %', () => {
      const spike: WorkoutLog[] = [
        ...steady,
        ...[0, 1, 2, 3].map((i) => ({ date: addDays('2026-11-20', i), durationMin: 120, rpe: 7, sessionType: 'run' })),
      ];
      const plan = buildWeekPlan({ ...base, week: 'next', logs: spike });
      expect(plan.adjustments[0]).toMatch(/^Eased 25 %: this week's load is \d\.\d\d× your 4-week average/);
      expect(plan.totalMin).toBeLessThanOrEqual(Math.round(420 * 0.75) + 10);
    });
  });

  describe('when readiness says deload', () => {
    it('cuts intensity: no session above RPE 7 and the hardest ones swapped', () => {
      const tired: WorkoutLog[] = [
        ...steady,
        ...[0, 1].map((i) => ({ date: addDays('2026-11-24', i), durationMin: 45, rpe: 6, sessionType: 'run', rpePre: 3 })),
      ];
      const plan = buildWeekPlan({ ...base, week: 'next', logs: tired });
      expect(plan.adjustments[0]).toMatch(/^Deload: Pre-session readiness was 4 or lower 2 times/);
      expect(Math.max(...plan.days.map((d) => d.rpe))).toBeLessThanOrEqual(7);
      expect(plan.days.map((d) => d.type)).not.toContain('compromised_run');
      expect(plan.totalMin).toBeLessThan(420 * 0.6 + 30);
    });
  });
});
