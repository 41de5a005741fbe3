import { describe, expect, it } from 'vitest';
import { ChoosePhaseInput, PlanWeekInput, choosePhase, isHyroxSpecific, planWeek, sessionsPerWeek, phaseMap } from './phase.js';

describe('choosePhase', () => {
  describe('when weeks to race cross the phase boundaries', () => {
    it('maps > 16 general, 9–16 specific, 3–8 competition, 0–2 taper', () => {
      const at = (w: number) => choosePhase({ weeksToRace: w }).phase;
      expect(at(17)).toBe('general_prep');
      expect(at(16)).toBe('specific_prep');
      expect(at(9)).toBe('specific_prep');
      expect(at(8)).toBe('competition_prep');
      expect(at(3)).toBe('competition_prep');
      expect(at(2)).toBe('taper');
      expect(at(0)).toBe('taper');
    });

    it('returns the phase goals', () => {
      expect(choosePhase({ weeksToRace: 12 }).goals).toContain('compromised running');
    });
  });

  describe('when the input is negative or fractional', () => {
    it('is refused by the schema', () => {
      expect(ChoosePhaseInput.safeParse({ weeksToRace: -1 }).success).toBe(false);
      expect(ChoosePhaseInput.safeParse({ weeksToRace: 2.5 }).success).toBe(false);
    });
  });
});

describe('sessionsPerWeek', () => {
  describe('when hours cross the boundaries', () => {
    it('gives 3 below 4 h, 4 for 4–6, 5 for 6–8, 6 for 8–12, 7 from 12 h', () => {
      expect([3.9, 4, 5.9, 6, 7.9, 8, 10, 11.9, 12, 20].map(sessionsPerWeek)).toEqual([3, 4, 4, 5, 5, 6, 6, 6, 7, 7]);
    });
  });
});

describe('planWeek', () => {
  describe('when 12 weeks out with 7 h (specific preparation)', () => {
    const week = planWeek({ weeksToRace: 12, hoursPerWeek: 7 });

    it('lays out 5 sessions Mon–Sun summing to 420 min', () => {
      expect(week.phase).toBe('specific_prep');
      expect(week.sessionsPerWeek).toBe(5);
      expect(week.days.map((d) => `${d.dayName} ${d.sessionType} ${d.durationMin}`)).toEqual([
        'Mon strength 80',
        'Tue threshold_run 75',
        'Wed rest 0',
        'Thu compromised_run 90',
        'Fri strength_endurance 75',
        'Sat long_run 100',
        'Sun rest 0',
      ]);
      expect(week.totalMin).toBe(420);
      expect(week.volumeCut).toBe(0);
    });

    it('gives RPE targets and about half the time running', () => {
      expect(week.days.find((d) => d.sessionType === 'threshold_run')).toMatchObject({ intensity: 'moderate', rpeTarget: 7 });
      expect(week.days.find((d) => d.sessionType === 'rest')?.rpeTarget).toBe(0);
      // 75 + 100 + 90 × 0.5 = 220 of 420 min
      expect(week.runShare).toBeCloseTo(220 / 420, 12);
    });
  });

  describe('when 20 weeks out with 3.5 h (general preparation)', () => {
    it('plans 3 sessions: strength 65, easy run + technique 65, long run 80', () => {
      const week = planWeek({ weeksToRace: 20, hoursPerWeek: 3.5 });
      expect(week.days.filter((d) => d.sessionType !== 'rest').map((d) => `${d.sessionType} ${d.durationMin}`)).toEqual([
        'strength 65',
        'aerobic_mixed 65',
        'long_run 80',
      ]);
    });
  });

  describe('when in competition preparation', () => {
    it('schedules a simulation at 8, 5 and 3 weeks out and compromised running otherwise', () => {
      const has = (w: number) => planWeek({ weeksToRace: w, hoursPerWeek: 7 }).days.some((d) => d.sessionType === 'simulation');
      expect([8, 7, 6, 5, 4, 3].map(has)).toEqual([true, false, false, true, false, true]);
    });
  });

  describe('when in the taper', () => {
    it('cuts volume 45 % / 55 % / 60 % at 2 / 1 / 0 weeks and keeps the session count', () => {
      const two = planWeek({ weeksToRace: 2, hoursPerWeek: 7 });
      expect(two.volumeCut).toBe(0.45);
      expect(two.targetMin).toBeCloseTo(231, 9); // 420 × 0.55
      expect(two.totalMin).toBe(230);
      expect(two.sessionsPerWeek).toBe(5);
      expect(two.days.some((d) => d.sessionType === 'simulation')).toBe(false);
      expect(two.days.some((d) => d.sessionType === 'intervals')).toBe(true); // intensity kept
      expect(planWeek({ weeksToRace: 1, hoursPerWeek: 7 }).totalMin).toBe(190); // 189 target
      expect(planWeek({ weeksToRace: 0, hoursPerWeek: 7 }).totalMin).toBe(170); // 168 target
    });
  });

  describe('when any phase meets any available time', () => {
    it('sums to the target ±5 %, runs about half, keeps strength and (from specific prep) Hyrox work', () => {
      for (const weeksToRace of [30, 17, 12, 9, 8, 5, 4, 2, 1, 0]) {
        for (const hoursPerWeek of [1.5, 2, 3, 3.9, 4, 5, 6, 7.5, 8, 9, 10, 11, 12, 16, 25]) {
          const w = planWeek({ weeksToRace, hoursPerWeek });
          const label = `${weeksToRace} wk, ${hoursPerWeek} h`;
          expect(Math.abs(w.totalMin - w.targetMin) / w.targetMin, label).toBeLessThanOrEqual(0.05);
          expect(w.runShare, label).toBeGreaterThanOrEqual(0.4);
          expect(w.runShare, label).toBeLessThanOrEqual(0.6);
          const training = w.days.filter((d) => d.sessionType !== 'rest');
          expect(training.length, label).toBe(w.sessionsPerWeek);
          expect(
            training.every((d) => d.durationMin > 0),
            label,
          ).toBe(true);
          expect(w.days).toHaveLength(7);
          expect(
            training.some((d) => d.sessionType === 'strength'),
            label,
          ).toBe(true);
          if (weeksToRace <= 16)
            expect(
              training.some((d) => isHyroxSpecific(d.sessionType)),
              label,
            ).toBe(true);
        }
      }
    });
  });

  describe('when hours are outside 1–25', () => {
    it('is refused by the schema', () => {
      expect(PlanWeekInput.safeParse({ weeksToRace: 10, hoursPerWeek: 0 }).success).toBe(false);
      expect(PlanWeekInput.safeParse({ weeksToRace: 10, hoursPerWeek: 30 }).success).toBe(false);
      expect(PlanWeekInput.safeParse({ weeksToRace: 10, hoursPerWeek: 6 }).success).toBe(true);
    });
  });
});

describe('planWeek in race week (0 weeks to race)', () => {
  it('is the knowledge base race week: light strength, race-pace kilometres, openers, easy strides, the race at the weekend', () => {
    for (const hoursPerWeek of [3, 5, 8, 12]) {
      const w = planWeek({ weeksToRace: 0, hoursPerWeek });
      const race = w.days.filter((d) => d.race);
      expect(
        race.map((d) => d.dayName),
        `${hoursPerWeek} h`,
      ).toEqual(['Sat']);
      // Nothing hard in the two days before the race, and no simulation or compromised run besides the race.
      for (const d of w.days.filter((x) => x.dayName === 'Thu' || x.dayName === 'Fri')) expect(d.rpeTarget).toBeLessThanOrEqual(5);
      expect(w.days.some((d) => d.sessionType === 'compromised_run')).toBe(false);
      expect(w.days.find((d) => d.sessionType === 'strength')?.label).toMatch(/2 × 3/);
    }
    expect(planWeek({ weeksToRace: 0, hoursPerWeek: 8 }).days.map((d) => d.label)).toContain('3–4 × 1 km at Hyrox race pace, full recovery');
  });

  it('leaves the weeks before race week as they were', () => {
    expect(planWeek({ weeksToRace: 1, hoursPerWeek: 8 }).days.some((d) => d.race)).toBe(false);
  });
});

describe('phaseMap', () => {
  it('splits the weeks to race into the engine phases, in order, without gaps', () => {
    expect(phaseMap(12).map((s) => [s.phase, s.fromWeeksOut, s.toWeeksOut])).toEqual([
      ['specific_prep', 12, 9],
      ['competition_prep', 8, 3],
      ['taper', 2, 0],
    ]);
    expect(phaseMap(20)[0]).toMatchObject({ phase: 'general_prep', fromWeeksOut: 20, toWeeksOut: 17 });
    expect(phaseMap(1).map((s) => s.phase)).toEqual(['taper']);
  });
});

describe('planWeek with a longest session (maxSessionMin)', () => {
  describe('when 3 sessions of at most 45 min fit the week', () => {
    const week = planWeek({ weeksToRace: 20, hoursPerWeek: 3.5, maxSessionMin: 45 });
    const training = week.days.filter((d) => d.sessionType !== 'rest');

    it('keeps the session count and plans no session longer than 45 min', () => {
      expect(training).toHaveLength(3);
      for (const d of training) expect(d.durationMin).toBeLessThanOrEqual(45);
      expect(week.totalMin).toBe(135);
    });
  });

  describe('when the cap is above every session', () => {
    it('plans the same week as without it', () => {
      expect(planWeek({ weeksToRace: 12, hoursPerWeek: 7, maxSessionMin: 200 })).toEqual(planWeek({ weeksToRace: 12, hoursPerWeek: 7 }));
    });
  });

  describe('when only the longest sessions reach the cap', () => {
    const week = planWeek({ weeksToRace: 12, hoursPerWeek: 6, maxSessionMin: 75 });

    it('gives their excess to the shorter sessions and keeps the week at 360 min', () => {
      for (const d of week.days) expect(d.durationMin).toBeLessThanOrEqual(75);
      expect(week.totalMin).toBe(360);
    });
  });
});

describe("planWeek on the athlete's days (trainingDays)", () => {
  it('in race week keeps a training session on each free day besides the race, never only the race', () => {
    const sessions = (days: number[]) =>
      planWeek({ weeksToRace: 0, hoursPerWeek: 5, trainingDays: days })
        .days.filter((d) => d.sessionType !== 'rest')
        .map((d) => d.day);
    expect(sessions([2, 6])).toEqual([2, 6]);
    expect(sessions([2, 4])).toEqual([2, 4, 6]);
  });
  const on = (w: ReturnType<typeof planWeek>) => w.days.filter((d) => d.sessionType !== 'rest').map((d) => [d.dayName, d.sessionType]);
  const next = (d: number) => (d % 7) + 1;
  const hardBackToBack = (w: ReturnType<typeof planWeek>) =>
    w.days.filter((d) => d.intensity === 'hard' && w.days[next(d.day) - 1]!.intensity === 'hard').length;

  it('puts a Mon–Fri week on Mon–Fri with the long run on Friday, the latest day', () => {
    const w = planWeek({ weeksToRace: 20, hoursPerWeek: 7, maxSessionMin: 75, trainingDays: [1, 2, 3, 4, 5] });
    expect(on(w).map(([d]) => d)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(w.days[4]!.sessionType).toBe('long_run');
    expect(w.trainingDays).toEqual([1, 2, 3, 4, 5]);
    expect(w.totalMin).toBe(planWeek({ weeksToRace: 20, hoursPerWeek: 7, maxSessionMin: 75 }).totalMin);
  });

  it('keeps the long run on Saturday when the athlete has Saturday, and no hard days back to back', () => {
    const w = planWeek({ weeksToRace: 12, hoursPerWeek: 5, trainingDays: [2, 4, 6, 7] });
    expect(on(w).map(([d]) => d)).toEqual(['Tue', 'Thu', 'Sat', 'Sun']);
    expect(w.days[5]!.sessionType).toBe('long_run');
    expect(hardBackToBack(w)).toBe(0);
  });

  it('uses Sunday for the key session when Saturday is out', () => {
    const w = planWeek({ weeksToRace: 16, hoursPerWeek: 5, trainingDays: [2, 3, 5, 7] });
    expect(w.days[6]!.sessionType).toBe('long_run');
    expect(on(w)).toHaveLength(4);
  });

  it('keeps the template when all its sessions fall on the days given', () => {
    const free = planWeek({ weeksToRace: 12, hoursPerWeek: 7 });
    const noSunday = planWeek({ weeksToRace: 12, hoursPerWeek: 7, trainingDays: [1, 2, 3, 4, 5, 6] });
    expect(noSunday.days).toEqual(free.days);
  });

  it('plans one session a day on fewer days than sessions, says how many did not fit, and keeps sessions their usual length', () => {
    const w = planWeek({ weeksToRace: 14, hoursPerWeek: 9, trainingDays: [1, 3, 5] });
    expect(on(w).map(([d]) => d)).toEqual(['Mon', 'Wed', 'Fri']);
    expect(w.sessionsPerWeek).toBe(3);
    expect(w.sessionsCut).toBe(3);
    expect(w.totalMin).toBe(270);
  });

  it('plans the strength session and the key run on two days (the weekends), with no cut to report', () => {
    const w = planWeek({ weeksToRace: 20, hoursPerWeek: 3, trainingDays: [6, 7] });
    expect(on(w)).toEqual([
      ['Sat', 'long_run'],
      ['Sun', 'strength'],
    ]);
    expect(w.sessionsCut).toBeUndefined();
  });

  it('keeps the race on Saturday in race week', () => {
    const w = planWeek({ weeksToRace: 0, hoursPerWeek: 7, trainingDays: [1, 2, 4] });
    expect(w.days[5]!.race).toBe(true);
    expect(on(w).map(([d]) => d)).toEqual(['Mon', 'Tue', 'Thu', 'Sat']);
  });
});

describe('planWeek with the minutes of each day (dayMinutes)', () => {
  it('puts one session on each given day, each as long as its day allows, the key session on the longest day', () => {
    const w = planWeek({ weeksToRace: 12, hoursPerWeek: 3, dayMinutes: { '1': 30, '3': 60, '6': 90 } });
    const training = w.days.filter((d) => d.sessionType !== 'rest');
    expect(training.map((d) => [d.day, d.durationMin])).toEqual([
      [1, 30],
      [3, 60],
      [6, 90],
    ]);
    expect(w.days[5]!.sessionType).toBe('compromised_run');
    expect(w.totalMin).toBe(180);
    expect(w.trainingDays).toEqual([1, 3, 6]);
  });

  it('moves the long run to a longest day that is not Saturday, and cuts every day in the taper', () => {
    const w = planWeek({ weeksToRace: 20, hoursPerWeek: 3.5, dayMinutes: { '2': 120, '4': 45, '7': 45 } });
    expect(w.days[1]!.sessionType).toBe('long_run');
    expect(w.days[1]!.durationMin).toBe(120);
    const taper = planWeek({ weeksToRace: 2, hoursPerWeek: 3.5, dayMinutes: { '2': 60, '4': 60, '6': 90 } });
    expect(taper.days.filter((d) => d.sessionType !== 'rest').every((d) => d.durationMin < 90)).toBe(true);
  });
});
