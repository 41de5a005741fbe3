import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../../tests/support/athlete-snapshot.js';
import { planForNewMember } from '../../../tests/support/plan.js';
import { computeFigures } from './figures.js';
import { planAnswer } from './plan.js';
import {
  askingClauseCut,
  asksAboutMind,
  asksRaceLoad,
  correctedQuestion,
  definedSubject,
  deloadTurn,
  followUpDivision,
  oneOffDay,
  raceJustRun,
  readDayMinutes,
  readQuestion,
  readTrainingDays,
  volumeTerms,
} from './understand.js';

describe('a training split and a workout asked for casually', () => {
  it('reads "a 3 day split" as a plan of 3 sessions, not race splits; "workout pls" asks for a workout; "where should i focus" is no mental question', () => {
    const split = readQuestion('can u make me a 3 day split: 1 run day, 1 strength day, 1 hyrox sim type day? race in 10 wks');
    expect(split.intents).toContain('plan');
    expect(split.intents).not.toContain('pacing');
    expect(split.sessionsPerWeek).toBe(3);
    expect(readQuestion('wall ball conditioning workout pls, something to do twice a week').intents).toContain('workout');
    expect(readQuestion('my runs were all even at 5:20 but my stations were slow. where should i focus?').intents).not.toContain('mental');
    expect(readQuestion('how do i focus better in the race').intents).toContain('mental');
  });
  it('reads catching breath in the race as no recovery question ("walk a bit to recover" after the sled push)', () => {
    expect(readQuestion('should i run straight out of the sled push or walk a bit to recover').intents).not.toContain('recovery');
    expect(readQuestion('can i jog to recover between stations').intents).not.toContain('recovery');
    expect(readQuestion('how long do i need to recover after a hyrox').intents).toContain('recovery');
  });
  it('reads a short night before a training session as readiness ("barely slept, should i still do the long run")', () => {
    expect(readQuestion('had a stressful work week, barely slept, should i still do the long run saturday').intents).toContain('readiness');
    expect(readQuestion('barely slept last night, tempo run planned today').intents).toContain('readiness');
    expect(readQuestion('super nervous for my first hyrox saturday, couldnt sleep last night just thinking about it. tips?').intents).not.toContain(
      'readiness',
    );
    const flat = readQuestion('third hard day in a row, feeling flat, push through or swap for easy');
    expect(flat.intents).toContain('readiness');
    expect(flat.stations).not.toContain('row');
    expect(readQuestion('how do i pace the row').stations).toContain('row');
  });
});

describe('a division said the other way round and an age after "too old"', () => {
  it('reads "women pro" as Pro Women asking race loads, and "too old at 67" as an age', () => {
    const q = 'what weights do women pro use';
    expect(readQuestion(q).division).toBe('pro_women');
    expect(asksRaceLoad(q)).toBe(true);
    expect(asksRaceLoad('what weight should i use for sled training')).toBe(false);
    expect(readQuestion('am i too old at 67 to start hyrox').age).toBe(67);
    expect(asksRaceLoad('do i need a weight belt for the sled? and is it allowed')).toBe(false);
    // What the member cannot lift yet is their situation, not a load asked.
    expect(asksRaceLoad('i cant push the sled at open weight yet, doubles or open?')).toBe(false);
    expect(asksRaceLoad('i cant push the sled at open weight yet, what weight is it in doubles?')).toBe(true);
  });
});

describe('carrying kit', () => {
  it('is not the farmers carry', () => {
    expect(readQuestion('can i wear a hydration vest or carry a water bottle during the race').stations).toEqual([]);
    expect(readQuestion('how do i get better at the carry').stations).toEqual(['farmers_carry']);
    // "push and pull" after the sled names both sleds; "the sled pull" alone names one.
    expect(readQuestion('how heavy is the sled for open women, push and pull').stations).toEqual(['sled_push', 'sled_pull']);
    expect(readQuestion('how heavy is the sled pull for open women').stations).toEqual(['sled_pull']);
  });
});

describe('time off said without "missed"', () => {
  it('reads "haven\'t trained for 3 weeks" and "2 weeks off" as weeks missed', () => {
    expect(readQuestion("haven't trained for 3 weeks because of work, race in 5 weeks. is it still doable")).toMatchObject({
      missedUnit: 'week',
      missedDays: 21,
    });
    expect(readQuestion("haven't trained for 3 weeks because of work, race in 5 weeks").intents).toContain('missed');
    expect(readQuestion('had 2 weeks off over christmas, how do i restart')).toMatchObject({ missedUnit: 'week', missedDays: 14 });
  });
});

describe('fatigue signs and their direction', () => {
  it('reads a falling resting heart rate, or a question about how to tell, as no readiness check', () => {
    expect(readQuestion('my resting heart rate dropped from 62 to 55 over 3 months. good sign?').intents).not.toContain('readiness');
    expect(readQuestion('how do i know if im overtraining vs just tired?').intents).not.toContain('readiness');
    expect(readQuestion('my resting heart rate is up 8 beats and i sleep badly').intents).toContain('readiness');
    expect(readQuestion('resting hr dropped but im exhausted all the time').intents).toContain('readiness');
    expect(readQuestion('my legs feel dead on every run this week but upper body fine').intents).toContain('readiness');
    expect(readQuestion('race in 9 days, cut back like the taper said and my legs feel heavy').intents).not.toContain('readiness');
  });
});

describe('readQuestion', () => {
  describe('when given the build plan evaluation prompts', () => {
    it.each([
      [
        'I have 12 weeks until Hyrox and I run 35 miles per week. How should I structure my training?',
        { intents: ['plan'], weeksToRace: 12, weeklyKm: 56.3 },
      ],
      ["My sled push time is 4:30. What's the fastest way to improve?", { intents: ['station'], stations: ['sled_push'], stationSec: 270 }],
      ['I missed 3 training days this week due to travel. How do I get back on track?', { intents: ['missed'], missedDays: 3 }],
      [
        'Design me an EMOM workout targeting the ski erg and wall ball stations.',
        { intents: ['workout'], stations: ['skierg', 'wall_balls'], formats: ['emom'] },
      ],
      ['My RPE has been 8+ on all sessions this week. What should I do?', { intents: ['readiness'], rpe: 8 }],
      ['What supplements should I take during my 16-week Hyrox prep?', { weeksToRace: 16 }],
      [
        'I only have 30 minutes today instead of 60. What should I do with my HIIT session?',
        { intents: ['shorten'], availableMin: 30, plannedMin: 60, sessionType: 'hiit' },
      ],
      ['My 5K time is 22 minutes. What Hyrox finish time should I target?', { intents: ['predict'], fiveKmSec: 1320 }],
    ])('reads %j', (q, want) => {
      expect(readQuestion(q)).toMatchObject(want);
    });
    it('reads "how many runs a week" as a training question, not the race format', () => {
      expect(readQuestion('how many runs a week should I be doing for hyrox?').intents).not.toContain('format');
      expect(readQuestion('how many runs are there in a hyrox?').intents).toContain('format');
    });
    it('sees supplements in the supplements question', () => {
      expect(readQuestion('What supplements should I take during my 16-week Hyrox prep?').intents).toContain('supplements');
    });
  });
  it('reads a fresh race pace as that race’s time, and "turning 61" as an age', () => {
    expect(readQuestion('i can hold 5:15/km for 10k fresh')).toMatchObject({ tenKmSec: 3150 });
    expect(readQuestion('my 5k pace is 4:50/km')).toMatchObject({ fiveKmSec: 1450 });
    expect(readQuestion('turning 61 next year, what age group')).toMatchObject({ age: 61 });
  });
  it('reads a race pace per mile, and "5k at 5:00 per km", as the race’s time, never a 5 km in five minutes', () => {
    // 7:30/mile = 279.6 s/km, × 10 km.
    expect(readQuestion('im a 7:30 mile pace runner for 10k, what should my hyrox run pace be?')).toMatchObject({ tenKmSec: 2796 });
    expect(readQuestion('my 10k pace is 8:00/mile')).toMatchObject({ tenKmSec: 2983 });
    expect(readQuestion('i can run 5k at 5:00 per km but fall apart at hyrox, why')).toMatchObject({ fiveKmSec: 1500 });
    expect(readQuestion('10k at 5:30 per km').tenKmSec).toBe(3300);
    expect(readQuestion('my 5k is 24:30')).toMatchObject({ fiveKmSec: 1470 });
  });
  it('reads "whats the load" of a session at an RPE as training load, not a race load', () => {
    expect(asksRaceLoad('did a session 75 min at rpe 7, whats the load')).toBe(false);
    expect(asksRaceLoad('whats the sled load for pro men')).toBe(true);
    expect(asksRaceLoad('our box only has 14lb and 20lb wall balls. what do the real ones weigh')).toBe(true);
    expect(asksRaceLoad('how much does the sandbag weigh for open women')).toBe(true);
  });
  it('reads "the plan for the last run" as a race question, not a request for a training plan', () => {
    expect(readQuestion('whats the plan for the last run after lunges, just send it?').intents).not.toContain('plan');
    expect(readQuestion('can you plan my training for the next 12 weeks').intents).toContain('plan');
  });
  it('reads a question about the mind at a station as mental, and only when the sentence that asks is about it', () => {
    expect(readQuestion('what should i be thinking about during the farmers carry').intents).toContain('mental');
    expect(asksAboutMind('what should i be thinking about during the farmers carry')).toBe(true);
    expect(asksAboutMind("my gf is doing womens open, how heavy is the sandbag for lunges? she's nervous about it")).toBe(false);
  });
  it('reads what was missed in days, sessions or weeks', () => {
    expect(readQuestion('missed a whole week of training due to work, do i make it up?')).toMatchObject({ missedDays: 7, missedUnit: 'week' });
    expect(readQuestion('missed 2 weeks with flu, how do i restart')).toMatchObject({ missedDays: 14, missedUnit: 'week' });
    expect(readQuestion('missed 2 sessions this week')).toMatchObject({ missedDays: 2, missedUnit: 'session' });
    expect(readQuestion('I missed 3 training days this week')).toMatchObject({ missedDays: 3, missedUnit: 'day' });
  });
  it('reads goal times, divisions and 10 km times', () => {
    expect(readQuestion('How should I pace a sub 1:25 as a pro woman?')).toMatchObject({ intents: ['pacing'], goalSec: 5100, division: 'pro_women' });
    expect(readQuestion('My 10k is 45:30, what can I run at Hyrox?')).toMatchObject({ tenKmSec: 2730, intents: ['predict'] });
    expect(readQuestion('Pacing plan for a 1:25 goal, Open Women')).toMatchObject({
      intents: expect.arrayContaining(['pacing']),
      goalSec: 5100,
      division: 'open_women',
    });
    expect(readQuestion('Splits for my 1:12:30 target finish?')).toMatchObject({ goalSec: 4350 });
    expect(readQuestion('I am aiming at 1:40, how do I pace the runs?')).toMatchObject({ goalSec: 6000 });
    expect(readQuestion('what pace for the runs if i want 1:15')).toMatchObject({ intents: ['pacing'], goalSec: 4500 });
    expect(readQuestion('i want 4:50/km runs, is that ok').goalSec).toBeUndefined();
    // A finish in hours and minutes, with or without a goal word ("aiming 1hr45", "1h30 as a woman"); not a night's sleep.
    expect(readQuestion('aiming 1hr45 open mens, wat should my run splits be km by km')).toMatchObject({ intents: ['pacing'], goalSec: 6300 });
    expect(readQuestion('doing 1h30 as a woman, what splits?')).toMatchObject({ goalSec: 5400 });
    expect(readQuestion('slept 7h30 last night, should i still do my splits session').goalSec).toBeUndefined();
    expect(readQuestion('whats the per km pace i need to run for a 75 min hyrox? open men')).toMatchObject({ intents: ['pacing'], goalSec: 4500 });
    expect(readQuestion('what splits for a 1:20 race as a woman')).toMatchObject({ goalSec: 4800 });
    expect(readQuestion('my 1:38 race had slow runs, why').goalSec).toBeUndefined();
    expect(readQuestion('did a 95 min hyrox last month, how do i get faster').goalSec).toBeUndefined();
    // "hyrox prep" is the build the question is set in, not a plan asked for; "what should training look like" asks for one.
    expect(readQuestion('should i keep lifting heavy during hyrox prep or switch to high rep stuff? 10 wks out').intents).not.toContain('plan');
    expect(readQuestion('8 weeks out from hamburg. what should training look like now vs before?').intents).toContain('plan');
  });
  it('reads an age the message opens with ("58F, …", "46, …", "55 and …"), not distances or weights', () => {
    expect(readQuestion('58F, my dexa showed osteopenia. is hyrox training safe for me?').age).toBe(58);
    expect(readQuestion('46, my sled times have got worse. should i be lifting heavy?').age).toBe(46);
    expect(readQuestion('55 and my bbjs are dire, is plyo training a bad idea?').age).toBe(55);
    expect(readQuestion('always knackered lately, 31F, heavy periods').age).toBe(31);
    expect(readQuestion('20m sled pushes, how many?').age).toBeUndefined();
    expect(readQuestion('80kg guy, how much protein?').age).toBeUndefined();
  });
  it('reads a goal the member already raced for as no race to pace, unless the ask is about pacing', () => {
    expect(readQuestion('did 1:52 at my race yesterday, was aiming for 1:40. absolutely gutted. how do i get over this').intents).not.toContain(
      'pacing',
    );
    expect(readQuestion('did 1:35 last time, going for 1:30, how do i pace it?').intents).toContain('pacing');
  });
  it('reads a goal beside a training-volume question as context, not a race to pace', () => {
    expect(readQuestion('how long shud my long run be? i do 8k sundays atm, target is sub 1:30').intents).not.toContain('pacing');
    expect(readQuestion('is 30km a week enough running to go sub 75 in hyrox').intents).not.toContain('pacing');
    expect(readQuestion('how many runs a week for sub 1:20, and what pace should they be?').intents).toContain('pacing');
    expect(readQuestion('going for sub 90 men open. give me target run pace and station times').intents).toContain('pacing');
  });
  it('reads a pace given in whole minutes', () => {
    expect(readQuestion('whats 6 min/km in min per mile').paces).toEqual([{ sec: 360, per: 'km' }]);
    expect(readQuestion('my easy pace is a 10 minute mile').paces).toEqual([{ sec: 600, per: 'mile' }]);
    // "whats 7:30 mile pace in min/km": a pace named by its unit before the word "pace".
    expect(readQuestion('whats 7:30 mile pace in min/km').paces).toEqual([{ sec: 450, per: 'mile' }]);
    expect(readQuestion('i hold 4:50 km pace').paces).toEqual([{ sec: 290, per: 'km' }]);
    expect(readQuestion('ran 30 min run then 5 km bike').paces).toEqual([]);
  });
  it('reads a question about travel close to the race as no taper question, and one about a session as one', () => {
    expect(
      readQuestion(
        'flying out to my race in another time zone, landing 2 days before. anything i should do differently? normally id do a short session the day before',
      ).intents,
    ).not.toContain('taper');
    expect(readQuestion('race in 10 days, should i still do my long run?').intents).toContain('taper');
  });
  it('reads "sleds" in a session request as both sleds, and lifting straps as kit', () => {
    expect(readQuestion('can you give me a 45 min emom for sleds and wall balls').stations).toEqual(['sled_push', 'sled_pull', 'wall_balls']);
    expect(readQuestion('can i use lifting straps on the farmers carry?').intents).toContain('gear');
    // "anything to watch" is look out for, not a sports watch.
    expect(readQuestion('im 55 and new to sleds, anything to watch?').intents).not.toContain('gear');
    expect(readQuestion('what should i watch out for on the lunges').intents).not.toContain('gear');
    expect(readQuestion('which watch is best for hyrox?').intents).toContain('gear');
  });
  it('reads a no rep as a rep that does not count, not as missing kit', () => {
    expect(readQuestion('what counts as a no rep in burpee broad jumps').stations).toEqual(['burpee_broad_jumps']);
    expect(readQuestion('why do i get no reps on my wall balls').stations).toEqual(['wall_balls']);
    expect(readQuestion('no reps on the lunges, what am i doing wrong?').stations).toEqual(['sandbag_lunges']);
    expect(readQuestion('my gym has no sled, what do i do?').stations).toEqual([]);
  });
  it('reads two people at one station at the same time as doubles', () => {
    expect(readQuestion('can we both do the burpee broad jumps at the same time').team).toBe('doubles');
    expect(readQuestion('me and my partner, can we push the sled at the same time?').team).toBe('doubles');
    expect(readQuestion('can i do the row and the ski at the same time in training?').team).toBeUndefined();
  });
  it('falls back to a general intent for anything else', () => {
    expect(readQuestion('Tell me about Hyrox').intents).toEqual(['general']);
  });
});

describe('intent routing (understand → plan)', () => {
  const snapshot = blankSnapshot();
  const route = (q: string) => {
    const facts = readQuestion(q);
    const figures = computeFigures(facts, snapshot, q);
    return { plan: planAnswer(q, facts, figures), figures, facts };
  };
  it("finds a team's own rule or pacing section for what a doubles or relay member asks (dbl25)", () => {
    expect(route('can my doubles partner give me a hand on the sled when im dying on it').plan.sourceTerms).toEqual(
      expect.arrayContaining(['both', 'partners', 'same', 'time']),
    );
    expect(route("how hard should i run my km's in a relay compared to a normal hyrox").plan.sourceTerms).toEqual(
      expect.arrayContaining(['pacing', 'relay']),
    );
    expect(route('is it allowed for my partner to do the entire skierg while i rest in doubles').plan.sourceTerms).toEqual(
      expect.arrayContaining(['rules', 'splitting', 'stations']),
    );
    // A solo member asking for help is not routed to a team's rules.
    expect(route('can you help me with my sled push technique').plan.sourceTerms).not.toContain('partners');
  });
  it("reads a partner comparison in doubles as who takes the station, not as the station's technique (dbl25)", () => {
    const team = route('me n my wife doing mixed doubles, shes way better at wall balls than me. should she just do all of them?').plan;
    expect(team.topicTerms).not.toContain('technique');
    expect(route('how do i get better at wall balls').plan.topicTerms).toContain('technique');
  });
  it('takes a Roxzone budget from the section on keeping to it', () => {
    const plan = route('whats a realistic roxzone time per transition').plan;
    expect(plan.primary).toBe('calculation');
    expect(plan.sourceTerms).toEqual(expect.arrayContaining(['roxzone', 'free', 'time']));
  });
  it('leads with the finish asked for when the same message asks the test’s pace, and keeps the pace as a side figure', () => {
    const both = route('did a 5k in 26:40 today, whats that per km and what would i finish hyrox in').plan;
    expect(both.primary).toBe('predict');
    expect(both.calculations.map((c) => c.text).join(' ')).toMatch(/5:20\/km/);
    expect(route('my 5k is 24:30 whats my pace per km and per mile').plan.primary).toBe('calculation');
    // A team's finish from the parts the member gives is the answer, not the relay's rules.
    expect(route('team of 4 relay: 8 runs at 4:30 avg + stations 28 min + roxzone 5 min, finish?').plan.primary).toBe('calculation');
  });
  it('asks for a station pacing, and reaches the stitch and run 8 sections', () => {
    expect(route('sled push pacing: all out or steady? 152kg feels like a wall').plan.topicTerms).toContain('pacing');
    expect(route('how do i breathe on the runs after burpees, i always get a stitch').plan.memberTerms).toContain('stitch');
    expect(route('should run 8 be my fastest since its the last one').plan.memberTerms).toEqual(expect.arrayContaining(['run', '8', 'fade']));
  });
  it.each([
    ['which shoes should I race in?', 'gear'],
    ['I panic at wall balls and break into tiny sets, how do I stay calm?', 'mental'],
    ['should I wear a lifting belt for the sled?', 'gear'],
    ['my gym sled weighs 40 kg empty, how many kg of plates for the open men race load?', 'calculation'],
    ['race is 10 days out, what should this week look like?', 'taper'],
    ['I can only train 3 days a week, how do I structure it with 14 weeks to go?', 'plan'],
    ['how does the relay hand-over work?', 'doubles'],
    ['what are the weights for open women?', 'standards'],
    ['how fast should my 1k row be for a 1:20 finish', 'pacing'],
    ['My 5K time is 22 minutes. What Hyrox finish time should I target?', 'predict'],
    ['how often should i deload', 'recovery'],
    ['im 120kg and want to do my first hyrox to lose weight. where do i start', 'weight_loss'],
    ['motivation is gone, i just dont want to train, every session feels like a chore', 'readiness'],
    ['RPE 8 on every session this week, should I deload?', 'readiness'],
    ['is 1:45 a good time for a first hyrox for a 40 year old woman', 'benchmarks'],
    ['61 year old here, how should my training differ from the young guys?', 'masters'],
  ])('%s → %s', (q, primary) => {
    expect(route(q).plan.primary).toBe(primary);
  });
  it('runs no engine for a question that does not ask for one', () => {
    for (const q of [
      'I panic at wall balls, how do I stay calm?',
      'should I wear a lifting belt for the sled?',
      'my gym has no skierg, what can I do instead?',
      // How often the member trains is not a request for a week, nor is a plan the member already has.
      'how big a calorie deficit can i run while training 6x a week for hyrox? 80kg guy trying to lean out a bit',
      'i follow a crossfit program 6 days a week and just downloaded a 4 run a week running plan to do on top. 10 sessions a week, will that work?',
    ]) {
      expect(route(q).figures.engines).toEqual([]);
    }
  });
  it("uses the question's own numbers", () => {
    expect(route('race is 10 days out, what should this week look like?').figures.week?.phase).toBe('taper');
    expect(route('I can only train 3 days a week, how do I structure it with 14 weeks to go?').figures.week?.sessionsPerWeek).toBe(3);
    expect(route('how do I pace a 75 minute goal as open men?').figures.pacing?.goalSec).toBe(4500);
  });
  it('reads a change in how to train as a training question, and a change of rules as a rules question', () => {
    expect(route('women over 45 going through menopause - does that change how i should train?').plan.topicTerms).not.toContain('season');
    expect(route('did the wall ball rules change this season?').plan.topicTerms).toContain('season');
    expect(route('have they changed the sled weights?').plan.topicTerms).toContain('season');
  });
  it('does not search shoes for every kit question ("do i need a heart rate monitor?")', () => {
    expect(route('do i need a heart rate monitor for training').plan.topicTerms).not.toContain('shoes');
    expect(route('what shoes should i race in').plan.topicTerms).toContain('kit');
  });
  it('reads a question about a session format as a question, not a request for a workout', () => {
    expect(route('how much rest between intervals for 1k repeats').facts.intents).not.toContain('workout');
    expect(route('give me an emom for wall balls').facts.intents).toContain('workout');
    expect(route('i want to do pro next season, what times do i need').plan.topicTerms).not.toContain('season');
    expect(route('i only have 3 days a week, how should i split them').facts.intents).toContain('plan');
  });
  it('reads a goal said as "going for 1:25" and a test said as "2k test was 9:10"', () => {
    expect(route('sled push is my best station. should i send it? going for 1:25 open men').facts.goalSec).toBe(85 * 60);
    // A finish said in minutes without the unit is a goal; a 5 km or a load after "sub" is not.
    expect(route('i want to go sub 90, what should my 1km run splits be').facts.goalSec).toBe(5400);
    expect(route('sub 20 5k, what finish can i expect').facts.goalSec).toBeUndefined();
    expect(route('can i get sub 90 s on the sled push').facts.goalSec).toBeUndefined();
    // Racing with one other person is doubles.
    expect(route('can i do it with my wife').facts.team).toBe('doubles');
    expect(route('i train with my mate on sundays, how long should my long run be?').facts.team).toBeUndefined();
    expect(route('i do my long runs with my mate, is 10k enough?').facts.team).toBeUndefined();
    expect(route('can i race hyrox with my mate').facts.team).toBe('doubles');
    expect(route('2k test was 9:10, how do i pace the row').facts.splits).toEqual([{ distanceM: 2000, sec: 550 }]);
    // A 5 km "is 21:30" is a run test for the prediction, not a split to convert.
    expect(route('my fresh 5k is 21:30. if i aim for 1:10, how do i pace it?').facts.splits).toEqual([]);
  });
  it('reads something that lands on race week as no question about race-week training', () => {
    expect(route('my period always seems to land on race week. should i be training differently depending on my cycle?').facts.intents).not.toContain(
      'taper',
    );
    expect(route('what should race week look like').facts.intents).toContain('taper');
  });
  it('reads a supplement question that mentions the race as a supplement question', () => {
    expect(route('creatine - should i come off it before the race so i dont hold water?').plan.primary).toBe('supplements');
    // A team's split of the work is the member's sum, not the team's rules; a relay pace stays a team question.
    expect(route('doubles: we split 100 wall balls 60/40, how many each?').plan.primary).toBe('calculation');
    expect(route('what time should i get to the venue before the race?').plan.primary).toBe('logistics');
  });
  it('reads how to pace a station as a pacing question, not a technique one', () => {
    expect(route("how do i pace the row if i'm a bad rower").plan.topicTerms).toContain('pacing');
    expect(route("how do i pace the row if i'm a bad rower").plan.topicTerms).not.toContain('technique');
    expect(route('how do i get better at the row').plan.topicTerms).toContain('technique');
  });
  it("does not read the member's body weight as a question about race loads", () => {
    expect(route('im 120kg and want to lose weight before my first race').facts.intents).not.toContain('standards');
    expect(route('i weigh 70 kg, what weight is the sandbag for open women?').facts.intents).toContain('standards');
    expect(route('pro women farmers carry kbs - 24s or 32s?').plan.sourceTerms).toEqual(expect.arrayContaining(['weights', 'division']));
    expect(route('how many grams of protein a day at 82kg?').plan.sourceTerms).toEqual(expect.arrayContaining(['daily', 'protein']));
    expect(route('can i still do my wall ball session today?').plan.topicTerms).not.toContain('season');
    // "Loads" meaning a lot, training load, and kettlebells named as kit are not race loads.
    expect(route('when should i start going hard? i always cross the line feeling like i had loads left').plan.sourceTerms).not.toContain('weights');
    expect(route('is my training load too high this week?').plan.sourceTerms).not.toContain('weights');
    expect(route('can i put the sandbag down for a rest like the kettlebells?').plan.sourceTerms).not.toContain('weights');
    expect(route('what kettlebells do open men use?').plan.sourceTerms).toContain('weights');
    expect(route('bbjs destroy me, how do i get faster').facts.stations).toEqual(['burpee_broad_jumps']);
    expect(route('can i use a weight vest for training runs').plan.sourceTerms).not.toContain('weights');
    expect(route('i havent eaten much this week trying to make weight').plan.sourceTerms).not.toContain('weights');
    expect(route('do women still do 75 wall balls or is it 100 now?').plan.topicTerms).toContain('season');
    expect(route('do i need to carb load before hyrox?').plan.topicTerms).not.toContain('weights');
    expect(route('what load is the sled for open men?').plan.topicTerms).toContain('weights');
    // "I sweat loads" is a lot of sweat, not a race load.
    expect(route('will there be water on the course or do i bring a bottle, i sweat loads').plan.topicTerms).not.toContain('weights');
    expect(route('what loads do women use on the sled').plan.topicTerms).toContain('weights');
    // "Weights" that are the gym, and a heavier body, are not race loads; a heavier sled is.
    expect(route('should i run before or after weights').plan.sourceTerms).not.toContain('weights');
    expect(route('do i need to be heavier to push the sled').plan.sourceTerms).not.toContain('weights');
    expect(route('is the sled heavier in pro').plan.sourceTerms).toContain('weights');
    expect(route('should i train with a weight vest? how heavy?').plan.sourceTerms).not.toContain('weights');
    expect(route("what's the open men sled push in lbs? my gym only has pound plates").plan.sourceTerms).toContain('weights');
    expect(route('i weigh 180 lbs, what should i eat before the race?').plan.sourceTerms).not.toContain('weights');
    // A predicted finish is the prediction model's figure; station times for a goal are the station targets'.
    expect(route('My 5k is 25:00 flat. what hyrox time can i expect?').plan.sourceTerms).toContain('predicting');
    expect(route('targeting 1:30 as a woman, what times should i aim for on each station?').plan.topicTerms).toEqual(
      expect.arrayContaining(['station', 'targets']),
    );
  });
  it('reads "how many / how long / how far" as asking for a fact, "how do I" as asking for a method', () => {
    expect(readQuestion('how many wall balls are there in the race').form).toBe('what');
    expect(readQuestion('how long is the lunge section').form).toBe('what');
    expect(readQuestion('how do i pace the farmers carry').form).toBe('howto');
    expect(readQuestion('how often should i deload').form).toBe('howto');
  });
  it('searches a relay question under the relay and a doubles question under doubles, not both', () => {
    expect(route('in a relay how many runs does each person do?').plan.topicTerms).toContain('relay');
    expect(route('in a relay how many runs does each person do?').plan.topicTerms).not.toContain('doubles');
    expect(route('doing doubles with my husband, how do we split the stations?').plan.topicTerms).not.toContain('relay');
  });
  it('reads "61 year old" as the member’s age, not a question about age groups', () => {
    expect(route('61 year old here, how should my training differ? recovery takes forever').plan.topicTerms).not.toContain('age');
    expect(route('how old do you have to be to do hyrox?').plan.topicTerms).toContain('age');
    expect(route('im 45, which age group am i in?').plan.topicTerms).toContain('age');
  });
  it('searches a body-weight question without the race loads', () => {
    expect(route('im 120kg and want to do my first hyrox to lose weight. can i do it?').plan.topicTerms).not.toContain('weights');
    expect(route('how heavy is the sandbag for open women?').plan.topicTerms).toContain('weights');
  });
  it('reads a mixed doubles team without assuming a division', () => {
    const { facts } = route('doing mixed doubles with my girlfriend, what weights do we use?');
    expect(facts.team).toBe('doubles_mixed');
    expect(facts.division).toBeUndefined();
  });
});

describe('readQuestion: readiness in words', () => {
  it('reads a readiness score and a short night as today’s readiness check', () => {
    const f = readQuestion('slept 4.5 hours, readiness maybe a 3. today is threshold run 3x10min. what do i do');
    expect(f).toMatchObject({ readinessScore: 3, sleptHours: 4.5 });
    expect(f.intents).toContain('readiness');
    expect(readQuestion('readiness 9 every day, should i add a session?').readinessScore).toBe(9);
    expect(readQuestion('slept 8 hours and feel great').intents).not.toContain('readiness');
  });
  it('reads nights of sleep said as "sleeping 5-6h" or "4-5 hours each", heavy legs and bad nights, and a race sim as training (calc21)', () => {
    // Nights over days are a fatigue sign (readiness), not last night's check (sleptHours).
    const week = readQuestion('work has been mental this week, sleeping 5-6h. long run planned for the weekend, still do it?');
    expect(week.intents).toContain('readiness');
    expect(week.sleptHours).toBeUndefined();
    expect(readQuestion('getting maybe 5h of broken sleep for the last 2 weeks. what should i change?').intents).toContain('readiness');
    expect(readQuestion('slept 5-6h last night, threshold today?').sleptHours).toBe(5.5);
    expect(readQuestion('3 bad nights in a row, 4-5 hours each. race sim tomorrow, go or postpone?').intents).toContain('readiness');
    expect(readQuestion('sleeping 8h a night, what else helps recovery?').intents).not.toContain('readiness');
    expect(readQuestion('big week logged, legs are heavy. hard intervals planned for today, should i do them?').intents).toContain('readiness');
    expect(readQuestion('getting 5-6h of work done before lunch').sleptHours).toBeUndefined();
    expect(oneOffDay('bad night, race sim today, go?')).toBe(true);
    expect(oneOffDay('bad night before my race, will it hurt?')).toBe(false);
  });
  it('reads "doubles every day" as two sessions a day, not the doubles division', () => {
    const f = readQuestion('2 weeks out from race and ive been doing doubles every day for 3 weeks. keep going until race day?');
    expect(f.team).toBeUndefined();
    expect(f.intents).not.toContain('doubles');
    expect(f.intents).toContain('taper');
    expect(readQuestion('me and my mate are doing doubles. whose pace do we run at?').team).toBe('doubles');
  });
  it('routes a training question 2 weeks out to the taper, and a kit question 2 weeks out elsewhere', () => {
    expect(readQuestion('i normally train 8 hours a week. race is 2 weeks out. how many minutes should i do this week?').intents).toContain('taper');
    expect(readQuestion('race is 2 weeks out, which shoes should i wear?').intents).not.toContain('taper');
    expect(readQuestion('buying new shoes the week before the race, good idea?').intents).not.toContain('taper');
    expect(readQuestion("what's the plan for race week itself?").intents).toContain('taper');
  });
});

describe('follow-ups', () => {
  it('reads a correction as the question the member meant', () => {
    expect(correctedQuestion('how do i do a 2k ski test?', 'sorry i meant the 2k row test not the ski')).toBe(
      'how do i do a 2k test? sorry i meant the 2k row test',
    );
    expect(readQuestion(correctedQuestion('how do i do a 2k ski test?', 'sorry i meant the 2k row test not the ski')!).stations).toEqual(['row']);
    expect(correctedQuestion('how do i pace run 1?', 'thanks, and for a 1:20 finish?')).toBeNull();
  });
  it('does the arithmetic a follow-up asks for with the conversation’s topic', () => {
    const prev = 'how much protein should i eat?';
    const q = "and how many grams is that for me? i'm 64kg";
    const facts = readQuestion(q);
    const plan = planAnswer(q, facts, computeFigures(facts, blankSnapshot(), q), `${prev} ${q}`);
    expect(plan.calculations.map((c) => c.kind)).toContain('protein');
  });
});

describe('the division a question names', () => {
  it('is none when the question asks about several divisions at once', () => {
    expect(readQuestion('full weights table for all 4 divisions? open/pro men and women').division).toBeUndefined();
    expect(readQuestion('open and pro sled weights for men?').division).toBeUndefined();
  });

  it('is the one division named', () => {
    expect(readQuestion('sled push weight for open men?').division).toBe('open_men');
    expect(readQuestion('wall ball weight for pro women?').division).toBe('pro_women');
  });
});

describe('definedSubject', () => {
  it('is the thing a "what is" question asks to have defined, whatever context follows', () => {
    expect(definedSubject('whats the roxzone? my mate keeps talking about it')).toBe('roxzone');
    expect(definedSubject('what is a compromised run?')).toBe('compromised run');
    // "even", "actually" and a trailing "thing i keep seeing" are how members ask it.
    expect(definedSubject('what even is the elite 15 thing i keep seeing on insta?? do they lift heavier')).toBe('elite 15');
  });

  it('is nothing for questions that ask for a judgement or a list', () => {
    expect(definedSubject("what's a good transition?")).toBeUndefined();
    expect(definedSubject('what are the different divisions? which one should i pick')).toBeUndefined();
    expect(definedSubject('how do i pace the row?')).toBeUndefined();
  });
});

describe('two 5 km times in one doubles question', () => {
  it("reads the partner's time and does not take '22 min 5k' for a session length", () => {
    const f = readQuestion('me and my mate are doing doubles. he runs 22 min 5k and i run 27. whose pace do we run at');
    expect(f.fiveKmSec).toBe(22 * 60);
    expect(f.partnerFiveKmSec).toBe(27 * 60);
    expect(f.sessionMin).toBeUndefined();
  });
});

describe('followUpDivision', () => {
  it.each([
    ['open_men', 'and for women?', 'open_women'],
    ['open_men', 'what about for pro?', 'pro_men'],
    ['open_women', 'and pro men?', 'pro_men'],
    ['pro_women', 'ok thanks, how do I train for it?', undefined],
    [undefined, 'and for women?', undefined],
    [undefined, 'and for pro women?', 'pro_women'],
  ] as const)('after %s, %j is %s', (before, message, want) => {
    expect(followUpDivision(before, message)).toBe(want);
  });
});

describe('stations the member lacks', () => {
  it('are not what the question is about', () => {
    expect(readQuestion('my gym has no sled or skierg. what do i do instead??').stations).toEqual([]);
    expect(readQuestion('gym only has a rower and dumbbells, no skierg. can i still train for hyrox?').stations).toEqual(['row']);
    expect(readQuestion('how do i get faster on the skierg without burning my arms?').stations).toEqual(['skierg']);
  });
});

describe('a station time the member gives', () => {
  it.each([
    ['my wall balls took 8 mins, is that slow', 480],
    ['my sled push was 4:10 last race, whats a good target', 250],
    ['sled push time was 3:45', 225],
  ] as const)('%j is %i s', (q, sec) => {
    expect(readQuestion(q).stationSec).toBe(sec);
  });
  it('is not a pace, a goal or a session length', () => {
    expect(readQuestion('row at 1:50/500m for the 1000m').stationSec).toBeUndefined();
    expect(readQuestion('i did 45 min of wall balls and lunges').stationSec).toBeUndefined();
  });
});

describe('body weight and lifting are not race loads', () => {
  it('reads "drop a load of weight" and "never lifted a weight" as the member, not the standards', () => {
    expect(readQuestion('im 92kg. do i need to drop a load of weight to be any good at hyrox?').intents).not.toContain('standards');
    expect(readQuestion('im 63 and never lifted a weight in my life. is it safe to start strength training?').intents).not.toContain('standards');
    expect(readQuestion('what weight is the sandbag for open women?').intents).toContain('standards');
  });
  it('takes the one mass given in a question about what to eat as the body mass', () => {
    const f = readQuestion('how many carbs should i eat per day? 75kg, training about 6 hrs a week');
    expect(f.bodyMassKg).toBe(75);
    expect(f.intents).toContain('calculation');
    // …but not a load in a kit question.
    expect(readQuestion('how much protein before lifting the 20kg sandbag?').bodyMassKg).toBeUndefined();
  });
  it('reads a kg figure with "at" after a station, the sled or training as a load, not the body mass', () => {
    const f = readQuestion('my sled push at 152kg takes 3:00. if i train at 120kg whats that as % of race weight');
    expect(f.bodyMassKg).toBeUndefined();
    expect(f.weightsKg).toEqual([152, 120]);
    expect(readQuestion('pushing the sled at 100kg, is that enough?').bodyMassKg).toBeUndefined();
    // …while "at 82kg" said of the member still is.
    expect(readQuestion('how much protein at 82kg?').bodyMassKg).toBe(82);
  });
});

describe('erg splits and run tests said the other way round', () => {
  it('reads an erg split said before its time as a pace per 500 m, not the station time', () => {
    for (const q of ['skierg 500m split 1:55 - what would my 1000m time be', "my ski split of 1:55, what's my 1000m time?"]) {
      const f = readQuestion(q);
      expect(f.paces).toEqual([{ sec: 115, per: '500m' }]);
      expect(f.stationSec).toBeUndefined();
    }
    // A sled split is the station's time.
    expect(readQuestion('my sled push split was 2:30, is that good?').stationSec).toBe(150);
  });
  it('reads a 10 km time said before the distance', () => {
    expect(readQuestion('what pace should i run the first km? i run a 45 min 10k').tenKmSec).toBe(2700);
    expect(readQuestion('i ran a 52:30 10k last month, what can i do in hyrox?').tenKmSec).toBe(3150);
  });
});

describe('pacing asks', () => {
  it('hears "how fast do my runs need to be per km" with a goal as a pacing question', () => {
    const f = readQuestion('going for sub 1:45 in open women next month. how fast do my runs need to be per km?');
    expect(f.goalSec).toBe(6300);
    expect(f.intents).toContain('pacing');
    expect(readQuestion('5k pb is 23:00. what run sessions should i add and at what paces').intents).toContain('pacing');
  });
});

describe('asksRaceLoad', () => {
  it('reads only what the message asks, and training load or "loads of" as not a race load', () => {
    expect(asksRaceLoad('ok. can i still do my sled push session thursday? its at race load')).toBe(false);
    expect(asksRaceLoad('had an awful sim, way slower than planned and i walked loads. should i do another sim?')).toBe(false);
    expect(asksRaceLoad('my daily loads this week: mon 400, tue 0. whats my monotony?')).toBe(false);
    expect(asksRaceLoad('my sled times got worse even tho i do hyrox classes (high reps, light weights). should i lift heavy?')).toBe(false);
    // …while a question about the race's loads still is one.
    expect(asksRaceLoad('open women sled pull is 78kg?? our gym sled feels way lighter')).toBe(true);
    expect(asksRaceLoad('do pro athletes ski further than open? or is it just heavier weights')).toBe(true);
    expect(asksRaceLoad('how heavy is the sled for mixed doubles')).toBe(true);
    // The load to train with is not the race's.
    expect(asksRaceLoad('my box sled at race weight doesnt move for me. what weight should i be training with instead?')).toBe(false);
  });
});

describe('members\u2019 figures of speech', () => {
  it('does not read "3 weeks into the block" as weeks to the race', () => {
    expect(readQuestion('feel amazing 3 weeks into the block and the plan has a deload week next week. can i skip it').weeksToRace).toBeUndefined();
    expect(readQuestion('race in 7 weeks, what should i do').weeksToRace).toBe(7);
  });
  it('does not read "work has been mental" or "my watch goes mental" as the mental game', () => {
    expect(readQuestion('work has been mental this week, sleeping 5-6h. still do my long run?').intents).not.toContain('mental');
    expect(readQuestion('my watch hr goes mental on the skierg').intents).not.toContain('mental');
    expect(readQuestion('how do i get mentally tougher for the last runs?').intents).toContain('mental');
    expect(readQuestion('any mental tricks for the wall balls?').intents).toContain('mental');
  });
});

describe('a comparison of sessions', () => {
  it('is not a request for a workout', () => {
    expect(readQuestion('which is better for hyrox, 400m reps or 1km reps? i only have time for one interval session a week').intents).not.toContain(
      'workout',
    );
    expect(readQuestion('give me an interval session for the row').intents).toContain('workout');
  });
});

describe('intents from incidental words', () => {
  it('reads "im 45 min into my sim" as a time, not an age', () => {
    expect(readQuestion("i'm 45 min into my sim and have done 4 runs and 4 stations, whats my finish?").intents).not.toContain('masters');
    expect(readQuestion('im 52 and slow, what age group').intents).toContain('masters');
  });
  it('reads running on tired legs as a skill, not a readiness signal', () => {
    expect(readQuestion('how do i get better at running on tired legs after the sled').intents).not.toContain('readiness');
    expect(readQuestion('i feel tired all the time lately').intents).toContain('readiness');
  });
  it('reads "the most important thing to focus on" with a week given as a plan, not the mental game', () => {
    const f = readQuestion('i have 6 weeks, i can do 2 sessions a week. whats the most important thing to focus on');
    expect(f.intents).toContain('plan');
    expect(f.intents).not.toContain('mental');
    expect(readQuestion('how do i stay focused on run 6 when it hurts').intents).toContain('mental');
  });
  it('does not take kettlebells listed as home kit for the farmers carry', () => {
    expect(readQuestion('whats a good strength session for hyrox, i have a barbell and kettlebells').stations).toEqual([]);
    expect(readQuestion('how heavy are the kettlebells').stations).toEqual(['farmers_carry']);
  });
  it('reads effort pain as the mental game, and pain in a body part as medical', () => {
    const f = readQuestion('how do i keep going when everything hurts around the lunges');
    expect(f.intents).not.toContain('medical');
    expect(f.intents).toContain('mental');
    expect(readQuestion('my knee hurts after lunges').intents).toContain('medical');
  });
  it('takes "and the pull?" after a sled question for the sled pull', () => {
    expect(readQuestion('what weight is the sled push for women open? and the pull?').stations).toEqual(['sled_push', 'sled_pull']);
    expect(readQuestion('how do i pull harder on the rower').stations).not.toContain('sled_pull');
  });
  it('reads a training sled load compared with the race load as a training-load ask', () => {
    expect(asksRaceLoad('how heavy should my training sled push be compared to race weight')).toBe(false);
    expect(asksRaceLoad('how heavy is the sled push for open men')).toBe(true);
  });
  it('reads the pain of the last kilometres as effort, not injury', () => {
    expect(readQuestion('how do you deal with the pain in the last 2 km of hyrox').intents).not.toContain('medical');
    expect(readQuestion('i get pain in the back of my knee').intents).toContain('medical');
  });
  it('reads "at 58" as an age, and "at 45 min" or "at 75 %" as no age', () => {
    expect(readQuestion('at 58 should i still do heavy strength work or just go light').age).toBe(58);
    expect(readQuestion('hrv was at 45 this morning').age).toBeUndefined();
    expect(readQuestion('i was at 75 % effort, ok?').age).toBeUndefined();
  });
  it('does not read lost motivation while skipping sessions as over-reaching', () => {
    expect(readQuestion('my motivation is gone since my race, 3 weeks of skipping sessions. normal?').intents).not.toContain('readiness');
    expect(readQuestion('no motivation, resting hr up and tired all week').intents).toContain('readiness');
  });
  it('reads "why were my race splits slower" as a why, and bouncing back mid race as the mental game', () => {
    expect(readQuestion('my run splits in the race were 5:30 avg but i run 4:45 in training, why?').intents).not.toContain('pacing');
    expect(readQuestion('what splits for a 1:20?').intents).toContain('pacing');
    expect(readQuestion('how do i bounce back mid race after a bad station').intents).toContain('mental');
  });
});

describe('volume asks, a verdict on the member’s own session, a run goal and a week given by kinds', () => {
  it('reads "45 min per session 4 days a week, is that enough" as the week, not a session to shorten', () => {
    const f = readQuestion('i only have 45 min per session 4 days a week, is that enough for sub 1:30');
    expect(f.intents).not.toContain('shorten');
    expect(f.sessionsPerWeek).toBe(4);
    expect(readQuestion('only have 30 min today instead of 60, what do i cut').intents).toContain('shorten');
  });
  it('judges "is 6x1km at 4:30 with 90s rest a good interval sesh" instead of building a workout', () => {
    expect(
      readQuestion('is 6x1km at 4:30 with 90s rest a good interval sesh for a 1:25 hyrox target? or should the reps be longer').intents,
    ).not.toContain('workout');
    expect(readQuestion('give me an intervals session for the sled').intents).toContain('workout');
  });
  it('reads a sub-48 goal after a 52 min 10k as a goal for the 10k, not a Hyrox prediction', () => {
    expect(readQuestion('10k is 52 min, want sub 48 by march (14 wks). realistic? what should i change').intents).not.toContain('predict');
    expect(readQuestion('my 10k is 45:00, what hyrox time is realistic').intents).toContain('predict');
    expect(readQuestion('my 5k is 25 min, can i go sub 1:20?').intents).toContain('predict');
  });
  it('sums a week named by kinds ("3 runs 2 hyrox sessions and 1 strength") and plans it', () => {
    const f = readQuestion('how do i structure a week with 3 runs 2 hyrox sessions and 1 strength');
    expect(f.sessionsPerWeek).toBe(6);
    expect(f.intents).toContain('plan');
  });
  it('plans "race in 6 weeks, never done hyrox, what should i focus on"', () => {
    expect(readQuestion('race in 6 weeks, never done hyrox, what should i focus on').intents).toContain('plan');
  });
  it('asks for a verdict, not a race week, in "is it bad to train hard two days before a race"', () => {
    expect(readQuestion('is it bad to train hard two days before a race').intents).not.toContain('taper');
    expect(readQuestion('race in 5 days, what training should i do this week').intents).toContain('taper');
  });
  it('finds the sections for runs or sessions a week in a volume ask', () => {
    expect(volumeTerms('how many km a week should i be running for hyrox, currently doing 18km')).toContain('km');
    expect(volumeTerms('how many sessions a week for hyrox if im also lifting 3x for strength')).toEqual(['sessions']);
    expect(volumeTerms('should i do compromised runs every week or is that overkill')).toContain('runs');
    expect(volumeTerms('how many times a week should i do wall balls and sled? dont want to overdo it')).toContain('station');
    expect(volumeTerms('how heavy is the sled push')).toEqual([]);
  });
});

describe('one bad night or one off day', () => {
  it('reads a single bad night or off day as one, and a run of them, a trend sign or the race night as not', () => {
    expect(oneOffDay('rough night sleep and a bit tired, hard session planned, train or not?')).toBe(true);
    expect(oneOffDay("one bad night's sleep before a tempo session, do i push on?")).toBe(true);
    expect(oneOffDay('off day yesterday felt awful on an easy run, should i cut my week?')).toBe(true);
    expect(oneOffDay('slept like crap last night, still do my intervals?')).toBe(true);
    expect(oneOffDay('slept like crap last night, do my intervals?')).toBe(true);
    expect(oneOffDay('been sleeping badly for a week and legs heavy, what should i do')).toBe(false);
    expect(oneOffDay('resting hr is up 6 beats for 3 days and i feel flat, what do i do')).toBe(false);
    expect(oneOffDay('slept badly the night before my race, does it matter?')).toBe(false);
    expect(oneOffDay('i feel flat and heavy legs, should i skip my session')).toBe(false);
  });
  it('hears "tired today" and "todays session" as one day, and a stressful week or nights of bad sleep as a run of them', () => {
    expect(oneOffDay('tired today, train or rest?')).toBe(true);
    expect(oneOffDay('should i swap todays threshold run for something easier? feel tired')).toBe(true);
    expect(oneOffDay('massively stressful week at work, sleeping badly, should i cut training?')).toBe(false);
  });
  it('reads a dreaded station as a question about the mind', () => {
    expect(readQuestion('i genuinely dread the wall balls, how do i stop dreading a station?').intents).toContain('mental');
  });
  it('makes it a readiness question', () => {
    expect(readQuestion("one bad night's sleep before a tempo session, do i push on?").intents).toContain('readiness');
    expect(readQuestion('off day yesterday felt awful on an easy run, should i cut my week?').intents).toContain('readiness');
  });
});

describe('programming asks', () => {
  it('reads "make me a week" with its days, hours and weeks as a plan', () => {
    const f = readQuestion('6 days a week, 8 hours, 10 weeks to race, 5k 22:00 goal sub 1:20 - make me a week');
    expect(f).toMatchObject({ sessionsPerWeek: 6, hoursPerWeek: 8, weeksToRace: 10 });
    expect(f.intents).toContain('plan');
  });
  it('does not read hours of sleep or a finish as training hours', () => {
    expect(readQuestion('4 days a week, slept 6 hours last night, should i train').hoursPerWeek).toBeUndefined();
    expect(readQuestion('3 sessions a week, can i finish in under 2 hours').hoursPerWeek).toBeUndefined();
  });
  it('adds the sessions named after the first count ("5x a week plus 3 gym sessions")', () => {
    expect(readQuestion('is running 5x a week plus 3 gym sessions too much').sessionsPerWeek).toBe(8);
  });
  it('reads "i train 5 days total" as the week\'s sessions, not days before a race', () => {
    expect(readQuestion('how many times a week should i run? i train 5 days total').sessionsPerWeek).toBe(5);
    expect(readQuestion('should i train 2 days before the race').sessionsPerWeek).toBeUndefined();
  });
  it('reads "3 weeks to go, what do i do" as a plan', () => {
    expect(readQuestion('3 weeks to go, what do i do, havent done a sim yet').intents).toContain('plan');
  });
  it('reads a periodisation ask naming the taper as a plan, not a taper question', () => {
    const f = readQuestion('how do i periodise for hyrox, base build peak taper?');
    expect(f.intents).toContain('plan');
    expect(f.intents).not.toContain('taper');
    expect(readQuestion('how long is the taper before a hyrox').intents).toContain('taper');
  });
});

describe('the week asked by its sessions, its days or minutes a day (plan24)', () => {
  const primaryOf = (q: string) => planForNewMember(q).primary;
  it('reads "what should the 3 sessions be?" and "how do i fit strength and running into 4 days" as a plan', () => {
    expect(primaryOf('i can only train 3 times a week, about an hour each, race is in 10 weeks. what should the 3 sessions be?')).toBe('plan');
    expect(primaryOf("how do i fit strength and running into the same week? i've got 4 days")).toBe('plan');
    expect(primaryOf('how do i fit running and lifting into 4 days a week? hyrox in 14 weeks')).toBe('plan');
    expect(primaryOf('what sessions should i do? 4 days a week, race in 12 weeks')).toBe('plan');
  });
  it('reads "split my 4 sessions between running, strength and stations" as a plan, not race splits, and months to race as weeks', () => {
    const f = readQuestion('whats the best way to split my 4 sessions between running, strength and stations? race is 3 months away');
    expect(f.intents).toContain('plan');
    expect(f.intents).not.toContain('pacing');
    expect(f).toMatchObject({ sessionsPerWeek: 4, weeksToRace: 13 });
    expect(readQuestion('what splits should i run for a 1:20').intents).toContain('pacing');
  });
  it("reads minutes a day as the length of each day's session, not a walk or a shift", () => {
    expect(readQuestion('I have 45 min a day, 5 days a week. what should my week look like?').minutesPerDay).toBe(45);
    expect(readQuestion('only get about 40 mins a day on weekdays, plan my week').minutesPerDay).toBe(40);
    expect(readQuestion('i have an hour a day, how should i structure my training?').minutesPerDay).toBe(60);
    expect(readQuestion('i walk 45 min a day, how should i structure my week? 3 sessions a week').minutesPerDay).toBeUndefined();
    expect(primaryOf("i've got 30 minutes a day, every day of the week. how do i set up hyrox training with that? race in 20 weeks")).toBe('plan');
  });
  it('reads a readiness question about a planned session as readiness, with no workout to build', () => {
    for (const q of [
      'resting heart rate is 8 beats higher than normal and i slept about 5 hours. intervals planned today, do i still do them?',
      'legs have felt dead all week and im sleeping badly. sled and wall ball intervals planned today. push through or back off?',
      'readiness is a 4 today, 5x1km intervals on the plan. go or modify?',
    ]) {
      expect(readQuestion(q).intents).not.toContain('workout');
      expect(primaryOf(q)).toBe('readiness');
    }
    expect(readQuestion('give me a sled and wall ball intervals session').intents).toContain('workout');
  });
  it("reads skipping a planned deload, or coming back from one, as the readiness rules' question", () => {
    const skip = 'feel amazing 3 weeks into the block and the plan has a deload week next week. can i skip it and keep building while im flying?';
    expect(deloadTurn(skip)).toBe('skip');
    expect(primaryOf(skip)).toBe('readiness');
    const done = 'finished my deload week, readiness is back to 7 and my easy run felt normal. do i jump straight back into the plan where i was?';
    expect(deloadTurn(done)).toBe('done');
    expect(readQuestion(done).readinessScore).toBe(7);
    expect(primaryOf(done)).toBe('readiness');
    // Signs of fatigue are the signs' question; the rule asked is the knowledge's.
    expect(deloadTurn('legs are wrecked and sleeping badly, can i skip the deload anyway?')).toBeUndefined();
    expect(deloadTurn('how often should i deload')).toBeUndefined();
    expect(deloadTurn('i feel strong. do i really need to deload or can i push through to week 5?')).toBe('skip');
    expect(deloadTurn('just came off a deload, readiness is 8. should i go straight back to the volume i was doing before?')).toBe('done');
  });
  it('reads race week asked after a taper as race week, whatever the days said before', () => {
    expect(readQuestion('race in 16 days, how do i taper? ok cool. what should race week itself look like?')).toMatchObject({ weeksToRace: 0 });
    expect(readQuestion('race in 16 days, how do i taper? ok cool. what should race week itself look like?').daysToRace).toBeUndefined();
    expect(readQuestion('race is in 3 weeks, 4 sessions a week. how should i taper? and the week of the race?').weeksToRace).toBe(0);
  });
});

describe('nutrition words that are not race loads or sessions (nut20)', () => {
  it('does not read "g per kg" or creatine "load it" as a race-load ask', () => {
    expect(asksRaceLoad('should i carb load before hyrox? how many g per kg, i weigh 70')).toBe(false);
    expect(asksRaceLoad('is creatine worth it? do i have to load it')).toBe(false);
    expect(asksRaceLoad('what weight is the sled push for open men?')).toBe(true);
  });
  it('does not build a session for a question about fasted intervals burning fat', () => {
    expect(readQuestion('do fasted intervals burn more fat? trying to lean out').intents).not.toContain('workout');
  });
});

describe('running asks that are not pain, nor a workout request', () => {
  it('reads staying injury-free as a training question, and a pain named beside it as medical', () => {
    expect(readQuestion('how much should i increase my running each week without getting injured').intents).not.toContain('medical');
    expect(readQuestion('whats the best way to avoid injury when i add more km').intents).not.toContain('medical');
    expect(readQuestion('injury-free mileage build for a crossfitter?').intents).not.toContain('medical');
    expect(readQuestion('how do i avoid getting injured, my knee hurts on runs').intents).toContain('medical');
    expect(readQuestion('i got injured last week on a run').intents).toContain('medical');
  });
  it('reads "X or Y, whats better" as a comparison, not a request for a session', () => {
    expect(readQuestion('zone 2 or intervals whats better for hyrox?? i only got 3 runs a week').intents).not.toContain('workout');
    expect(readQuestion('emom vs amrap, which is best for wall balls').intents).not.toContain('workout');
    expect(readQuestion('give me an interval session with skierg and wall balls').intents).toContain('workout');
  });
});

describe('the shape of a running week asked for', () => {
  it('reads "what should my weekly running look like" with weeks to race as a plan', () => {
    expect(readQuestion('hyrox in 10 weeks, 5k is 22:30. what should my weekly running look like?').intents).toContain('plan');
    expect(readQuestion('race in 12 weeks, what should my mileage look like').intents).toContain('plan');
  });
});

describe('askingClauseCut: the clause that asks, when the message also gives context', () => {
  it('cuts the context clause off the ask', () => {
    expect(askingClauseCut('how much protein do i need a day, i lift 3 times a week')).toBe('how much protein do i need a day');
  });
  it('is undefined when the whole message asks, curly apostrophes and all', () => {
    expect(askingClauseCut('what’s the sled push weight for open men?')).toBeUndefined();
    expect(askingClauseCut("what's the sled push weight for open men?")).toBeUndefined();
  });
});

describe('readQuestion: programming asks in members words', () => {
  it('reads "lay out a week" and "a 16 week build" as a plan request', () => {
    expect(readQuestion('got 5 days available, mon-fri, 60-75 min each. how would you lay out a hyrox week').intents).toContain('plan');
    expect(readQuestion("can you give me a 16 week build for hyrox? i'm doing pro doubles in march").intents).toContain('plan');
    expect(readQuestion('what should i build up to in 16 weeks for my long run').intents).not.toContain('plan');
  });

  it('reads a station technique question on race carpet as the station, not venue logistics', () => {
    const push = readQuestion('sled push on carpet feels like pushing a car. body position? short steps or long?');
    expect(push.intents).toContain('station');
    expect(push.intents).not.toContain('logistics');
    expect(readQuestion('is the race on carpet or turf? what should i train on for the sled').intents).toContain('logistics');
  });
});

describe('readQuestion: an RPE scale is not a hard session', () => {
  it('reads "what should each part feel like out of 10" as pacing, not readiness; a session at RPE 9 stays readiness', () => {
    const scale = readQuestion('pacing by rpe for hyrox, what should each part feel like out of 10');
    expect(scale.intents).not.toContain('readiness');
    expect(scale.intents).toContain('pacing');
    expect(readQuestion('every session feels like rpe 9 this week, should i back off?').intents).toContain('readiness');
    expect(readQuestion('rpe 8 out of 10 on my easy runs lately, why?').intents).toContain('readiness');
  });
});

describe('a preparation asked for with the weeks to the race', () => {
  it('reads "how do i get ready" with weeks out as a plan, and not without them', () => {
    expect(readQuestion("signed up for my first hyrox, it's in 16 weeks. how do i get ready?").intents).toContain('plan');
    expect(readQuestion('how should i prepare for hyrox in 10 weeks?').intents).toContain('plan');
    expect(readQuestion('how do i get ready for hyrox with just a gym membership?').intents).not.toContain('plan');
  });

  it('reads the week before the race asked day by day as the taper week', () => {
    const f = readQuestion('so what does the week before the race look like day by day?');
    expect(f.intents).toContain('taper');
    expect(f.weeksToRace).toBe(0);
  });
});

describe('readTrainingDays', () => {
  it('reads the days named as the days to train: lists, ranges and weekends', () => {
    expect(readTrainingDays('got 5 days, mon-fri, 60-75 min each, how would you lay out a hyrox week')).toEqual({
      days: [1, 2, 3, 4, 5],
      named: true,
    });
    expect(readTrainingDays('i can only train tue thu sat and sun')).toEqual({ days: [2, 4, 6, 7], named: true });
    expect(readTrainingDays('tues/thurs/sat are my training days')).toEqual({ days: [2, 4, 6], named: true });
    expect(readTrainingDays('3 days: mon wed fri. make me a plan')).toEqual({ days: [1, 3, 5], named: true });
    expect(readTrainingDays('mon wed fri only, 3 days a week')).toEqual({ days: [1, 3, 5], named: true });
    expect(readTrainingDays('free monday to thursday only')).toEqual({ days: [1, 2, 3, 4], named: true });
    expect(readTrainingDays('i can only train on weekends')).toEqual({ days: [6, 7], named: true });
  });
  it('reads the days said to be out as every other day', () => {
    expect(readTrainingDays('weekends are out, i work. 4 sessions a week')).toEqual({ days: [1, 2, 3, 4, 5], named: false });
    expect(readTrainingDays('no training on fridays. i do 5 sessions a week')).toEqual({ days: [1, 2, 3, 4, 6, 7], named: false });
    expect(readTrainingDays('not sundays (family day), 6 days a week')).toEqual({ days: [1, 2, 3, 4, 5, 6], named: false });
    expect(readTrainingDays("i train 5 times a week but can't do saturdays or sundays")).toEqual({ days: [1, 2, 3, 4, 5], named: false });
    expect(readTrainingDays('i work weekends so training is weekdays only')).toEqual({ days: [1, 2, 3, 4, 5], named: true });
  });
  it('reads no days named for anything else: the race, a long run, a past day, other words', () => {
    for (const q of [
      'my race is on saturday in 9 weeks, 5 days a week, what should my week look like',
      'can i do my long run on sunday instead of saturday? i train 5 days a week',
      'on wed i did a long run',
      'i sat down after the run',
      'ran in the sun all day',
      'ok. can i still do my sled push session thursday? its at race load',
      'i work mon-fri 9-5, 4 days a week, plan my week',
      '4 days a week, 6 hours, 12 weeks out, make me a week',
    ])
      expect(readTrainingDays(q)).toBeUndefined();
  });
  it('gives the week as many sessions as days named, unless the member said a count', () => {
    expect(readQuestion('i can only train tue thu sat and sun, race is 12 weeks out, plan?').sessionsPerWeek).toBe(4);
    expect(readQuestion('3 sessions a week, free mon-fri, plan my week').sessionsPerWeek).toBe(3);
    expect(readQuestion('no training on fridays, plan my week').sessionsPerWeek).toBeUndefined();
  });
  it('reads fitting or splitting the week into the days given as a plan ask', () => {
    expect(readQuestion('6 days a week but i can only get to the gym mon wed fri, how do i fit it in? 14 weeks out').intents).toContain('plan');
    expect(readQuestion('3 days: mon wed fri. can u make me a 3 day split for hyrox').intents).toContain('plan');
    expect(readQuestion('6 days a week, how do i fit it in? 14 weeks out').intents).not.toContain('plan');
  });
});

describe('recovery, eating and age said in the members’ words (fuel23)', () => {
  it('reads hours a week as how much, not a plan asked "a week for" the race', () => {
    const f = readQuestion('how much sleep do i actually need when im training 8 hours a week for hyrox');
    expect(f.intents).toContain('recovery');
    expect(f.intents).not.toContain('plan');
  });
  it('reads "60 year olds" as a masters question, and a mass given alone beside coffee or breakfast as the member’s', () => {
    expect(readQuestion('do 60 year olds get lighter sleds or wall balls in hyrox?').intents).toContain('masters');
    expect(readQuestion('when should i have my coffee before the race and how much? 68 kg').bodyMassKg).toBe(68);
    expect(readQuestion('what should i eat for breakfast on race day? 80kg').bodyMassKg).toBe(80);
    // A load beside it is not a body mass.
    expect(readQuestion('what should i eat before sled day? pushing 150kg').bodyMassKg).toBeUndefined();
  });
});

describe('the mental side and the race format in members words', () => {
  it('reads nerves, losing it and being sucked in at the start as the mental side', () => {
    expect(readQuestion('race is tomorrow and i cant stop thinking about it, stomach is in knots. what do i do tonight').intents).toEqual(['mental']);
    expect(readQuestion('i got a 2 min penalty last race and completely lost it for the rest').intents).toContain('mental');
    expect(readQuestion('how do i stop getting sucked in at the start').intents).toContain('mental');
    // Worry about a knee is not the mental side.
    expect(readQuestion('worried about my knee on the lunges').intents).not.toContain('mental');
  });

  it('keeps the taper when the race week question is about training', () => {
    expect(readQuestion('race is tomorrow, nervous, what should i do in training today').intents).toContain('taper');
  });

  it('reads "how does a hyrox race work / the structure of a hyrox" as the format, not a training week', () => {
    expect(readQuestion('how does a hyrox race actually work? like whats the structure').intents).toContain('format');
    expect(readQuestion('how is a hyrox structured').intents).toContain('format');
    expect(readQuestion('whats the structure of my training week').intents).not.toContain('format');
  });
});

describe('kit the member lacks (pace24)', () => {
  it('reads a watch the member has not got as no gear question, and one asked about as gear', () => {
    expect(
      readQuestion('no watch allowed on me basically (it died lol), so pacing by feel only. how hard should the runs feel').intents,
    ).not.toContain('gear');
    expect(readQuestion('racing without a watch, how do i pace the runs?').intents).not.toContain('gear');
    expect(readQuestion('which watch should i get for hyrox?').intents).toContain('gear');
    expect(readQuestion('no carbon shoes, do i need them for hyrox?').intents).toContain('gear');
  });
});

describe('a goal behind the member and a race gone badly (mental25)', () => {
  it('does not pace a goal the member thought they would hit', () => {
    expect(readQuestion('honestly im kind of gutted, thought id go under 1:40. how do i look at it without beating myself up').intents).not.toContain(
      'pacing',
    );
  });
  it('reads a bombed race on a past day as a race already run', () => {
    expect(raceJustRun('bombed my race on saturday, 15 mins slower than my sim. what now?')).toBe(true);
    expect(raceJustRun('race is on saturday, how do i not bomb it?')).toBe(false);
  });
  it('hears a rattled athlete and a watch that stresses as the mind', () => {
    expect(readQuestion('how do u deal with a bad station mid race? i was rattled for the rest').intents).toContain('mental');
    expect(readQuestion('checking my watch in the race just stresses me out').intents).toContain('mental');
  });
});

describe('readQuestion: readiness and time off in members words (session 25)', () => {
  it("reads last night's hours said with got or had, not a habit", () => {
    expect(readQuestion('only got 4 hours sleep (baby), hyrox sim planned this morning. push through or bail?').sleptHours).toBe(4);
    expect(readQuestion('i only get about 6 hrs sleep a night w work. is that enough?').sleptHours).toBeUndefined();
    expect(readQuestion('had 5h sleep a night all week, normal?').sleptHours).toBeUndefined();
  });
  it('reads time off said as the last session or as time away', () => {
    const sick = readQuestion('been sick, last trained 9 days ago (cold, no fever now for 3 days). long run sunday as planned?');
    expect(sick.intents).toContain('missed');
    expect(sick.missedDays).toBe(9);
    const holiday = readQuestion('back from 3 weeks holiday, did nothing. how much do i do the first week back?');
    expect(holiday.intents).toContain('missed');
    expect(holiday.missedDays).toBe(21);
    const away = readQuestion('had 2 weeks away from training with work, how do i start back?');
    expect(away.intents).toContain('missed');
    expect(away.missedDays).toBe(14);
  });
  it('reads a race weeks away as the time to race, not time off', () => {
    const q = readQuestion('nice. how often should i do that? race is 20 weeks away');
    expect(q.intents).not.toContain('missed');
    expect(q.missedDays).toBeUndefined();
    expect(q.weeksToRace).toBe(20);
  });
  it('reads a double session day as training, not the doubles division', () => {
    const q = readQuestion('readiness 9 today feeling unreal!! thinking of doing a double, run am and stations pm on top of plan?');
    expect(q.intents).not.toContain('doubles');
    expect(q.team).toBeUndefined();
    expect(readQuestion('me and my wife are doing a doubles race in march, who should take the sled?').intents).toContain('doubles');
  });
  it('reads "every session felt brutal, am i overdoing it?" and a jump in volume as readiness questions', () => {
    expect(
      readQuestion('every session this week has felt brutal tbh. should i still do the sim on saturday or am i overdoing it?').intents,
    ).toContain('readiness');
    expect(readQuestion('added a bunch of volume this week, feel fine actually. can i keep building like this next week?').intents).toContain(
      'readiness',
    );
  });
  it('does not build a workout for "ok to do intervals tonight or just easy?" or "skip the intervals?"', () => {
    expect(readQuestion('runny nose and a bit of a sore throat, no temp. ok to do intervals tonight or just easy?').intents).not.toContain('workout');
    expect(readQuestion('whoop says 28% recovery, red. slept 7.5h and feel totally fine. skip the intervals?').intents).not.toContain('workout');
  });
});

describe('the minutes of each training day', () => {
  it('reads "mon 30 min, wed 60 and sat 90" as those days, their minutes, 3 sessions and 3 hours, and plans on them', () => {
    const f = readQuestion('i can only train mon 30 min, wed 60 and sat 90. how do i set up my hyrox week? race is in 12 weeks');
    expect(f.dayMinutes).toEqual({ 1: 30, 3: 60, 6: 90 });
    expect(f.trainingDays).toEqual({ days: [1, 3, 6], named: true });
    expect(f.sessionsPerWeek).toBe(3);
    expect(f.hoursPerWeek).toBe(3);
    expect(f.intents).toContain('plan');
    const figures = computeFigures(f, blankSnapshot());
    expect(figures.week?.days.filter((d) => d.sessionType !== 'rest').map((d) => d.durationMin)).toEqual([30, 60, 90]);
  });

  it('reads hours, "an hour" and the time before the day; a split with those days is the week, not race splits', () => {
    expect(readDayMinutes('tue 45min, thu 45min, sun 2 hrs')).toEqual({ 2: 45, 4: 45, 7: 120 });
    expect(readDayMinutes('monday 45 mins, wednesday an hour, saturday 2 hours')).toEqual({ 1: 45, 3: 60, 6: 120 });
    expect(readDayMinutes('45 min on tuesday and 90 min on saturday')).toEqual({ 2: 45, 6: 90 });
    const f = readQuestion('got tue 45min, thu 45min, sun 2 hrs. whats the best split for hyrox, about 20 weeks out');
    expect(f.intents).toContain('plan');
    expect(f.intents).not.toContain('pacing');
  });

  it("does not read one day's session, a race on a day or a 5 km time as the week's minutes", () => {
    expect(readDayMinutes('my long run is on sunday, 90 min, and tuesday intervals 6x800')).toBeUndefined();
    expect(readDayMinutes('i run 5k on monday in 25 min and saturday 10k')).toBeUndefined();
    expect(readDayMinutes('race is on saturday 14th, what should i do friday')).toBeUndefined();
  });
});

describe('followUpDivision, the person it is for', () => {
  it('reads the sex from the person a follow-up is about', () => {
    expect(followUpDivision('pro_men', "what about my girlfriend? she's doing open")).toBe('open_women');
    expect(followUpDivision('open_women', 'and for my husband?')).toBe('open_men');
    expect(followUpDivision('open_men', 'what about pro?')).toBe('pro_men');
  });
});

describe('mental game: request form and the week as context', () => {
  it('"can you give me a mantra" asks for the thing, not yes or no', () => {
    expect(readQuestion('can you give me a mantra or two for when it gets really hard on the lunges and run 8').form).toBe('what');
    expect(readQuestion('could u suggest some cue words for the sled').form).toBe('what');
    expect(readQuestion('can you do the lunges with the bag on one shoulder?').form).toBe('yesno');
  });
  it('a race date said as context does not turn a mental-prep ask into the week plan', () => {
    const q = 'first hyrox in 3 weeks, im more worried about the mental side than the fitness. where do i even start with mental prep';
    expect(planForNewMember(q).primary).toBe('mental');
    expect(planForNewMember(q).engine).toBe(false);
  });
});
