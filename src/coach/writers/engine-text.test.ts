import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../../tests/support/athlete-snapshot.js';
import { computeFigures } from '../core/figures.js';
import { planAnswer } from '../core/plan.js';
import { readQuestion } from '../core/understand.js';
import { dayList, planSection, readinessSection, weekPaces } from './engine-text.js';

const figuresFor = (q: string) => {
  const facts = readQuestion(q);
  return { facts, figures: computeFigures(facts, blankSnapshot(), q) };
};

describe('weekPaces', () => {
  it("gives the week's run paces from the member's 5 km", () => {
    const q = '6 days a week, 8 hours, 10 weeks to race, 5k 22:00 goal sub 1:20 - make me a week';
    const { facts, figures } = figuresFor(q);
    const line = weekPaces(figures, facts);
    expect(line).toBe(
      '**Paces from your 22:00 5 km:** threshold runs 4:39/km, the 1 km runs of compromised running and simulations at Hyrox pace 4:53/km, easy and long runs 5:35–6:05/km.',
    );
    expect(planSection(figures, facts, q)).toContain(line);
  });
  it('says nothing without a 5 km or 10 km', () => {
    const { facts, figures } = figuresFor('4 days a week, 6 hours, 12 weeks out, make me a week');
    expect(weekPaces(figures, facts)).toBeUndefined();
  });
});

describe('the runs of the week', () => {
  it('counts them first when the member asks how often to run ("i train 5 days total")', () => {
    const q = 'how many times a week should i run? i train 5 days total';
    const { facts, figures } = figuresFor(q);
    expect(planAnswer(q, facts, figures).primary).toBe('plan');
    expect(planSection(figures, facts, q)[0]).toBe(
      "**With 5 sessions a week, run twice** (easy run; long easy run), plus one session with running in it (easy run + station technique): about half of the week's training time is running.",
    );
  });
});

describe('a periodisation ask without a race date', () => {
  it('is answered from the knowledge (the phases), not with a request for the date', () => {
    const q = 'how do i periodise for hyrox, base build peak taper?';
    const { facts, figures } = figuresFor(q);
    expect(planAnswer(q, facts, figures).primary).toBe('general');
  });
});

describe('days and hours together', () => {
  it('plans the days the member has, just under the hours that would add a session ("4 days and roughly 6 hours")', () => {
    const q = 'Got 4 days and roughly 6 hours a week, race is 14 weeks away, 5k 26:00. build me a week';
    const { facts, figures } = figuresFor(q);
    expect(figures.week?.sessionsPerWeek).toBe(4);
    expect(planSection(figures, facts, q)[0]).toMatch(/This week: 4 sessions, 330 min\./);
  });
  it('keeps five sessions at five days and 7.5 hours or more', () => {
    const { figures } = figuresFor('5 days a week, 9 hours, 10 weeks out, make me a week');
    expect(figures.week?.sessionsPerWeek).toBe(5);
  });
});

describe('the runway in phases', () => {
  it.each([
    'last 4 weeks before the race, what should training look like',
    "can you give me a 16 week build for hyrox? i'm doing pro doubles in march",
  ])('leads with the phases when asked for the last weeks or a build: %s', (q) => {
    const { facts, figures } = figuresFor(q);
    expect(planSection(figures, facts, q)[0]).toMatch(/^\*\*Your \d+ weeks in phases:\*\*/);
  });
});

describe("a week on the member's days", () => {
  it('names the days in the week line and lays the sessions on them', () => {
    const q = 'got 5 days, mon-fri, 60-75 min each, how would you lay out a hyrox week';
    const { facts, figures } = figuresFor(q);
    const text = planSection(figures, facts, q).join('\n');
    expect(text).toMatch(/5 sessions on your days \(Mon–Fri\)/);
    expect(text).toMatch(/- Fri: Long easy run/);
    expect(text).not.toMatch(/- Sat:/);
  });
  it('says plainly when the sessions asked for do not fit on the days given', () => {
    const q = '6 sessions a week but i can only train mon wed fri, 14 weeks out, plan my week';
    const { facts, figures } = figuresFor(q);
    const text = planSection(figures, facts, q).join('\n');
    expect(text).toMatch(/6 sessions don't fit on 3 days at one a day, so this week has 3/);
    expect(text).toMatch(/on your days \(Mon, Wed, Fri\)/);
  });
  it('writes three days or more in a row as a range', () => {
    expect(dayList([1, 2, 3, 4, 6, 7])).toBe('Mon–Thu, Sat, Sun');
    expect(dayList([2, 4, 6, 7])).toBe('Tue, Thu, Sat, Sun');
  });
});

describe('readinessSection: a planned deload skipped or finished', () => {
  it('keeps the deload for a member who feels good, and goes back in below the peak after one', () => {
    const skip = 'feel amazing 3 weeks into the block and the plan has a deload week next week. can i skip it and keep building while im flying?';
    const a = figuresFor(skip);
    expect(readinessSection(a.figures, a.facts, skip)[0]).toMatch(/^\*\*Keep your deload week/);
    const done = 'finished my deload week, readiness is back to 7 and my easy run felt normal. do i jump straight back into the plan where i was?';
    const b = figuresFor(done);
    expect(readinessSection(b.figures, b.facts, done)[0]).toMatch(/week before the peak week/);
  });
});

describe('readinessSection: ready inside the taper', () => {
  it('tells a member whose race is days away to taper, not to build next week', () => {
    const q = 'race on saturday (4 days). legs feel a bit flat, readiness 5. should i still do my last interval session?';
    const facts = readQuestion(q);
    const today = '2026-11-24';
    const days = [1, 2, 4, 5, 6, 8, 9, 11, 12, 13, 15, 16, 18, 19, 20];
    const workouts = days.map((d) => ({
      date: new Date(Date.UTC(2026, 10, 24 - d)).toISOString().slice(0, 10),
      durationMin: 50,
      rpe: d % 2 ? 7 : 4,
      rpePre: 7,
      sessionType: d % 2 ? 'strength' : 'run',
    }));
    const near = blankSnapshot(today);
    const snap = { ...near, logs: workouts, weeksToRace: 0 };
    const text = readinessSection(computeFigures(facts, snap, q), facts, q).join('\n');
    expect(text).toMatch(/race week, so this is the taper/);
    expect(text).not.toMatch(/Keep building/);
    const far = readinessSection(computeFigures(facts, { ...near, logs: workouts, weeksToRace: 8 }, q), facts, q).join('\n');
    expect(far).toMatch(/Keep building/);
  });
});
