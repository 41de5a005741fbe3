import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../../tests/support/athlete-snapshot.js';
import { computeFigures, figuresText, focusFigures, followUpFigures, promptFocus } from './figures.js';
import { planAnswer } from './plan.js';
import { askedText, followUpDivision, readQuestion } from './understand.js';

function figuresFor(question: string) {
  const facts = readQuestion(question);
  const computed = computeFigures(facts, blankSnapshot(), question);
  const plan = planAnswer(question, facts, computed);
  return focusFigures(computed, plan.primary, plan.calculations);
}

describe('figures for a question whose arithmetic is judged against a plan', () => {
  it('computes the pacing plan for the goal a Roxzone total is judged against', () => {
    const f = figuresFor('total roxzone was 7:20 last race. how much per transition is that and is it bad for a 1:35 finish?');
    expect(f.pacing?.goalSec).toBe(95 * 60);
  });

  it('adds no engine figures to a split or a unit conversion', () => {
    const split = figuresFor('i want to row the 1000m in 4:10, what 500m split do i hold?');
    expect(split.pacing).toBeUndefined();
    expect(split.engines).toEqual([]);
    expect(figuresFor("what's 24kg in pounds").engines).toEqual([]);
  });
});

describe('the length of a timed workout', () => {
  it('takes "a 20 min emom" as the work itself, and a whole session as work plus warm-up and cool-down', () => {
    expect(figuresFor('give me a 20 min emom for wall balls and burpees').workout?.durationMin).toBe(20);
    expect(figuresFor('emom for 12 minutes, ski and wall balls pls').workout?.durationMin).toBe(12);
    expect(figuresFor('write me an amrap with sled push and lunges, 20 min').workout?.durationMin).toBe(20);
    expect(figuresFor('30 min session with an emom in it, ski and wall balls').workout?.durationMin).toBe(15);
  });
  it('builds no workout when a format is named in a question asking whether to train', () => {
    expect(figuresFor('no fever just a blocked nose, intervals ok?').workout).toBeUndefined();
    expect(figuresFor('hrv dropped from 65 to 48 this morning, should i still do intervals?').workout).toBeUndefined();
    expect(figuresFor('give me an emom for wall balls').workout).toBeDefined();
  });
});

describe("a question about the season's rules", () => {
  it('is "still 75 or 100?", not "crossfit classes and still train for hyrox or is that too much"', () => {
    const plan = (q: string) => {
      const facts = readQuestion(q);
      return planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q));
    };
    expect(plan('Do women still do 75 wall balls or is it 100 now?').topicTerms).toContain('season');
    expect(plan('can i do crossfit classes and still train for hyrox or is that too much').topicTerms).not.toContain('season');
  });
});

describe('the section a workout is built from', () => {
  it('looks for the template or format section of the workout it builds', () => {
    const q = 'Can you write me a station strength endurance session, 60 mins, for an intermediate open woman? i have all the kit';
    const facts = readQuestion(q);
    expect(planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q)).sourceTerms).toEqual(
      expect.arrayContaining(['template', 'station', 'strength-endurance']),
    );
    const emom = 'give me a 20 min emom for wall balls';
    const emomFacts = readQuestion(emom);
    expect(planAnswer(emom, emomFacts, computeFigures(emomFacts, blankSnapshot(), emom)).sourceTerms).toEqual(
      expect.arrayContaining(['station-targeted', 'emoms']),
    );
  });
});

describe('a first taste of the race', () => {
  it('builds a beginner station workout for "a good first workout to try hyrox style"', () => {
    const f = figuresFor('whats a good first workout to try hyrox style');
    expect(f.workout).toBeDefined();
    expect(f.level).toBe('beginner');
  });
});

describe('a week asked for without a race date', () => {
  it('plans a general-preparation week from the sessions given, and says no race date was given', () => {
    const f = figuresFor('whats a good weekly structure with 4 sessions');
    expect(f.noRaceDate).toBe(true);
    expect(f.week?.phase).toBe('general_prep');
    expect(f.week?.sessionsPerWeek).toBe(4);
    expect(f.dataUsed).toContain('no race date: a general-preparation week');
  });
  it('still asks for the race date when neither sessions nor hours are given', () => {
    expect(figuresFor('can you give me a training plan').week).toBeUndefined();
  });
  it('uses the race date when the question gives one', () => {
    const f = figuresFor('race in 10 weeks, give me a week with 4 sessions');
    expect(f.noRaceDate).toBeUndefined();
    expect(f.week?.phase).toBe('specific_prep');
  });
});

describe('the division of a doubles pair', () => {
  it("takes a same-sex pair's Open division from the team, not an assumed Open Men", () => {
    const q = "my friend and I are racing Women's Doubles in 8 weeks, 10 km in 48:00. who sets the pace?";
    const f = computeFigures(readQuestion(q), blankSnapshot(), q);
    expect(f.division).toBe('open_women');
    expect(f.divisionAssumed).toBe(false);
    const men = "men's doubles with my brother, how should we pace a 1:20?";
    expect(computeFigures(readQuestion(men), blankSnapshot(), men).division).toBe('open_men');
  });
});

describe('a doubles pair with two 10 km times', () => {
  it('sets the run pace from the slower 10 km, as with two 5 km times', () => {
    const q = "racing Women's Doubles. I'm the runner (10 km in 48:00), she's slower on the run (10 km in 55:00). who sets the pace?";
    const facts = readQuestion(q);
    expect(facts.partnerTenKmSec).toBe(55 * 60);
    const f = computeFigures(facts, blankSnapshot(), q);
    expect(f.pair).toMatchObject({ km: 10, fastSec: 48 * 60, slowSec: 55 * 60 });
    // Hyrox run pace is the fresh 10 km pace × 1.065: 5:30/km × 1.065 ≈ 5:51/km.
    expect(Math.round(f.pair!.slowPaceSecPerKm)).toBe(351);
    expect(f.prediction).toBeUndefined();
  });
});

describe('the section a team rule comes from', () => {
  const planOf = (q: string) => {
    const facts = readQuestion(q);
    return planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q));
  };
  it('looks for the one-at-a-time rule when two partners ask to work at once, and who does which, not the order, for "which stations should…"', () => {
    for (const q of ['can we both do the burpee broad jumps at the same time', 'in doubles can both of us do the wall balls at once'])
      expect(planOf(q).sourceTerms, q).toEqual(expect.arrayContaining(['both', 'partners', 'same', 'time']));
    expect(planOf('can i do the ski and the row at the same time in training').sourceTerms).not.toContain('partners');
    expect(planOf('for a mixed relay, which stations should the woman do?').topicTerms).not.toContain('order');
    expect(planOf('which stations are there, in order?').topicTerms).toContain('order');
  });
});

describe('the figures a follow-up prompt carries', () => {
  /** A follow-up read with the question before it, as the pipeline reads a bare one: the figures of both, then the follow-up's own share. */
  function followUp(before: string, q: string) {
    const joined = `${before} ${q}`;
    const facts = readQuestion(joined);
    const division = followUpDivision(readQuestion(before).division, q);
    if (division) facts.division = division;
    const computed = computeFigures(facts, blankSnapshot(), q);
    const plan = planAnswer(q, facts, computed, joined);
    return followUpFigures(focusFigures(computed, plan.primary, plan.calculations), readQuestion(q), q, division !== undefined);
  }

  it('drops the earlier station gap when the follow-up asks nothing new of the engines', () => {
    const before = 'my splits: wall balls took 9:40, everything else was close to target for 1:30. whats my weak spot';
    expect(figuresFor(before).stationGap?.gapSec).toBeGreaterThan(180);
    const f = followUp(before, 'ok so how do i train that?');
    expect(f.stationGap).toBeUndefined();
    expect(f.engines).toEqual([]);
    expect(figuresText(f)).toBe('');
  });

  it('keeps them when the follow-up changes an input or asks for figures of its own', () => {
    const before = 'my 5k is 24:00, what finish time can i expect in open men?';
    expect(figuresFor(before).prediction).toBeDefined();
    const women = followUp(before, 'and for women?');
    expect(women.division).toBe('open_women');
    expect(women.prediction).toBeDefined();
    const goal = followUp('how should i pace the race for a 1:30 finish?', 'what about 1:25?');
    expect(goal.pacing).toBeDefined();
  });
});

describe('an interval session for running', () => {
  it('builds no station workout for "faster at 1km" or "my runs", and still builds one when stations are named', () => {
    for (const q of ['whats a good interval session to get faster at 1km', 'interval session pls for my runs, race in 8 weeks']) {
      const facts = readQuestion(q);
      expect(computeFigures(facts, blankSnapshot(), q).workout).toBeUndefined();
    }
    const q = 'give me an interval session with skierg and wall balls';
    expect(computeFigures(readQuestion(q), blankSnapshot(), q).workout).toBeDefined();
  });
});

describe('a week with a longest session', () => {
  it('plans no session longer than the member can fit ("45 mins max", "60-75 min each")', () => {
    const short = figuresFor("3 days a week is all i've got with kids, 45 mins max. what do i prioritise");
    const days = short.week!.days.filter((d) => d.sessionType !== 'rest');
    expect(days).toHaveLength(3);
    for (const d of days) expect(d.durationMin).toBeLessThanOrEqual(45);
    const each = figuresFor('got 5 days available, mon-fri, 60-75 min each. how would you lay out a hyrox week');
    expect(each.week!.sessionsPerWeek).toBe(5);
    for (const d of each.week!.days) expect(d.durationMin).toBeLessThanOrEqual(75);
  });
});

describe("a week on the member's days", () => {
  it('passes the days named or left to the week planner, and nothing when none are named', () => {
    const days = (q: string) =>
      figuresFor(q)
        .week!.days.filter((d) => d.sessionType !== 'rest')
        .map((d) => d.dayName);
    expect(days('i can only train tue thu sat and sun, race is 12 weeks out, how should i structure my week?')).toEqual(['Tue', 'Thu', 'Sat', 'Sun']);
    expect(days('weekends are out, i work. 4 sessions a week, can you give me a week plan?')).not.toContain('Sat');
    expect(figuresFor('4 sessions a week, can you give me a week plan?').week!.trainingDays).toBeUndefined();
  });
});

describe('a training block for a doubles race', () => {
  it('is planned by the phase engine when the member asks for their own build', () => {
    const q = "can you give me a 16 week build for hyrox? i'm doing pro doubles in march";
    const facts = readQuestion(q);
    expect(planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q)).primary).toBe('plan');
  });

  it('stays a doubles answer when the pair asks how to train together', () => {
    const q = 'doing doubles in 12 weeks, how should we plan our training together?';
    const facts = readQuestion(q);
    expect(planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q)).primary).toBe('doubles');
  });
});

describe('the order inside one session', () => {
  it('is not the order of the eight stations', () => {
    const q = 'what order should i do things in a session - run first then stations, or stations first';
    const facts = readQuestion(q);
    const plan = planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q));
    expect(plan.topicTerms).not.toContain('order');
    expect(plan.memberTerms).toEqual(expect.arrayContaining(['first', 'back']));
  });
});

describe('a plan question with no race date or hours', () => {
  it('is answered from the knowledge when it asks how weeks are built in general', () => {
    const q = 'how do i structure a hard week vs an easy week, how many hard sessions is too many';
    const facts = readQuestion(q);
    expect(facts.intents).toContain('plan');
    expect(planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q)).primary).not.toBe('plan');
  });

  it('still asks for the race date when the member asks for their own week', () => {
    const q = 'can you structure my training week for hyrox?';
    const facts = readQuestion(q);
    expect(planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q)).primary).toBe('plan');
  });
});

describe('the figures the prompt carries when they would not change the answer', () => {
  function prompted(question: string) {
    const facts = readQuestion(question);
    const computed = computeFigures(facts, blankSnapshot(), question);
    const plan = planAnswer(question, facts, computed);
    const f = focusFigures(computed, plan.primary, plan.calculations);
    return { f, shown: promptFocus(f, plan.primary, askedText(question)) };
  }

  it('gives a verdict on one session in the taper no taper week', () => {
    const { f, shown } = prompted('race is in 9 days, can i still do my saturday long run of 90 min?');
    expect(f.week).toBeDefined();
    expect(shown.week).toBeUndefined();
    expect(shown.engines).not.toContain('plan_week');
    expect(figuresText(shown)).toBe('');
  });

  it('keeps the week when the taper week itself is asked for', () => {
    const { shown } = prompted('race in 10 days, i train 5 days a week. what should this week look like?');
    expect(shown.week).toBeDefined();
  });

  it("gives race week on the default volume no week (the knowledge lays it out), but keeps a race week on the member's own hours", () => {
    const { f, shown } = prompted("how should i taper? race in 2 weeks. and what's the plan for race week itself?");
    expect(f.week).toBeDefined();
    expect(f.weeksToRace).toBe(0);
    expect(f.volumeAssumed).toBe(true);
    expect(shown.week).toBeUndefined();
    expect(shown.engines).not.toContain('plan_week');
    expect(prompted('i train 6 hours a week. what should race week look like?').shown.week).toBeDefined();
    // A taper week two weeks out is not race week: its week stays.
    expect(prompted('2 weeks out from race, what should this week look like?').shown.week).toBeDefined();
  });

  it('drops a load report that finds nothing when the member proposes more training', () => {
    const f = { ...focusFigures(computeFigures(readQuestion('x'), blankSnapshot()), 'general') };
    const withLogs = {
      ...f,
      readiness: { status: 'ready', advice: 'Train as planned.', reasons: [] },
      load: { weeklyLoadAu: 900 },
      engines: ['compute_load', 'assess_readiness'],
      dataUsed: ['load from 18 logs, last 28 days'],
    } as unknown as typeof f;
    const more = promptFocus(withLogs, 'readiness', 'feeling great, should i add a 6th session to get ahead?');
    expect(more.load).toBeUndefined();
    expect(more.readiness).toBeUndefined();
    expect(more.dataUsed).toEqual([]);
    // …but not when the logs flag something, nor when the member asks whether to go ahead with the plan.
    const flagged = { ...withLogs, readiness: { status: 'caution', advice: 'Cut back.', reasons: [] } } as unknown as typeof f;
    expect(promptFocus(flagged, 'readiness', 'should i add a 6th session?').load).toBeDefined();
    expect(promptFocus(withLogs, 'readiness', 'full sim planned today, good to go?').load).toBeDefined();
  });
});

describe('a week given as minutes a day', () => {
  it('caps every session at the minutes a day and keeps the days asked for', () => {
    const q = 'I have 45 min a day, 5 days a week. race in 16 weeks, what should my week look like?';
    const facts = readQuestion(q);
    expect(facts.minutesPerDay).toBe(45);
    const f = computeFigures(facts, blankSnapshot(), q);
    const sessions = f.week!.days.filter((d) => d.sessionType !== 'rest');
    expect(sessions).toHaveLength(5);
    expect(sessions.every((d) => d.durationMin === 45)).toBe(true);
    expect(f.week!.totalMin).toBe(225);
  });
  it('plans every day but one rest day when no count is given', () => {
    const q = "i've got 30 minutes a day. how do i set up hyrox training with that? race in 20 weeks";
    const facts = readQuestion(q);
    const f = computeFigures(facts, blankSnapshot(), q);
    const sessions = f.week!.days.filter((d) => d.sessionType !== 'rest');
    expect(sessions).toHaveLength(6);
    expect(sessions.every((d) => d.durationMin <= 30)).toBe(true);
  });
});

describe('a taper question about the week, not one session', () => {
  it('keeps the week for "how many minutes should i do this week?"', () => {
    const q = 'i normally train 8 hours a week. race is 2 weeks out. how many minutes should i do this week?';
    const facts = readQuestion(q);
    const computed = computeFigures(facts, blankSnapshot(), q);
    const plan = planAnswer(q, facts, computed);
    const f = focusFigures(computed, plan.primary, plan.calculations);
    expect(promptFocus(f, plan.primary, askedText(q)).week).toEqual(f.week);
  });
});
