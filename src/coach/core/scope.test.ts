import { describe, expect, it } from 'vitest';
import { outOfScope, passageFactor } from './scope.js';
import { readQuestion } from './understand.js';

const out = (title: string, question: string) => outOfScope(title, question, readQuestion(question));

describe('race and training scopes', () => {
  it('reads a section about the race as out of scope for a question about training, and the other way round', () => {
    const music = 'can i listen to music while training for hyrox';
    expect(outOfScope('Can I wear headphones in a Hyrox race, or listen to my own music?', music, readQuestion(music))).toBe(true);
    expect(outOfScope('Should I train with music, or get used to training without it?', music, readQuestion(music))).toBe(false);
    const race = 'can i wear headphones in the race';
    expect(outOfScope('Can I wear headphones in a Hyrox race, or listen to my own music?', race, readQuestion(race))).toBe(false);
    expect(outOfScope('Should I train with music, or get used to training without it?', race, readQuestion(race))).toBe(true);
  });
});

describe('outOfScope', () => {
  it('keeps the first-race pacing section for pacing asks and the calorie-burn section for the burn', () => {
    const pacing = 'Pacing your first Hyrox with no goal time';
    expect(out(pacing, 'where do i even start? never done hyrox, i do gym classes 3x a week and can run 5k slowly')).toBe(true);
    expect(out(pacing, 'first hyrox, no clue what time to aim for, how do i pace it')).toBe(false);
    expect(out(pacing, 'when in the race should i start going hard? i always finish with loads left')).toBe(false);
    const burn = 'How many calories does a Hyrox race burn, and should I eat them back?';
    expect(out(burn, 'what should i eat the day before? carb loading like marathoners or is that overkill')).toBe(true);
    expect(out(burn, 'my watch says i burned 1200 kcal in the race, should i eat them back')).toBe(false);
  });

  it('leaves out a section about another station', () => {
    expect(out('Burpee broad jumps: how far to jump, stepping, and the knee rule', 'what are the lunge rules? does the knee have to touch')).toBe(
      true,
    );
    expect(out('Sandbag Lunges: technique, targets and training', 'what are the lunge rules? does the knee have to touch')).toBe(false);
    // A question that names no station is not a question about another one.
    expect(out('Burpee broad jumps: how far to jump, stepping, and the knee rule', 'how do i stop getting no-repped')).toBe(false);
  });

  it('leaves out a doubles section for a member training twice a day, and keeps it for a pair', () => {
    expect(
      out('Can both partners push the sled at the same time in Hyrox doubles?', 'ive been doing doubles every day for 3 weeks, keep going?'),
    ).toBe(true);
    expect(out('Who should do which station in Hyrox doubles?', 'me and my mate are racing doubles, who should push the sled?')).toBe(false);
    // The overview of every division is for everyone.
    expect(out('Divisions: singles, doubles, relay and age groups', 'do i need to qualify for an open race?')).toBe(false);
  });

  it('leaves out a masters section unless the member is older or asks about age', () => {
    expect(out('How long should I recover between hard sessions at 50 or 60?', 'how long should i recover after my race?')).toBe(true);
    expect(out('How long should I recover between hard sessions at 50 or 60?', "i'm 56, how long should i recover between sessions?")).toBe(false);
  });

  it('leaves out the jet-lag section for a zone 2 question, and keeps it for travel', () => {
    const jet = 'Travelling to a race across time zones: how many days do I need for jet lag?';
    expect(out(jet, 'should i be doing zone 2 runs? how many per week if i run 4 days')).toBe(true);
    expect(out(jet, 'flying to chicago for worlds, 6 hours behind. how early should i arrive?')).toBe(false);
  });
  it('leaves out a section for night-shift workers, two sessions a day or low bone density unless the member is one', () => {
    const shifts = 'I work night shifts: how should I sleep, nap and time my training?';
    expect(out(shifts, 'how much sleep do i actually need? i get like 6h most nights')).toBe(true);
    expect(out(shifts, 'i do night shifts so i get like 6hrs max in one go. anything i can do?')).toBe(false);
    const twice = 'Run in the morning and lift in the evening, or back to back? Two sessions in one day';
    expect(out(twice, 'where do i even start? never done hyrox, i do gym classes 3x a week and can run 5k slowly')).toBe(true);
    expect(out(twice, 'only way i can fit everything in is running at 6am and lifting at 6pm the same day. is that bad?')).toBe(false);
    const bones = 'Osteopenia or osteoporosis after the menopause: is strength and impact training safe?';
    expect(out(bones, "i'm 58, is heavy lifting safe for me?")).toBe(true);
    expect(out(bones, '58F, my dexa showed osteopenia. is hyrox training safe for me?')).toBe(false);
  });

  it('leaves out a section on one narrow subject for a question that does not name it', () => {
    const fasted = 'Should I train fasted? Easy runs before breakfast, and intervals fasted to burn more fat';
    expect(out(fasted, 'im 92kg and feel like the fat guy in a skinny sport. do i need to drop a load of weight?')).toBe(true);
    expect(out(fasted, 'cutting atm. should i do my interval sessions fasted to burn more fat?')).toBe(false);
    const plyo = 'Plyometrics and jump training at 50+: is it a bad idea, and how do I start?';
    expect(out(plyo, 'im 63 and never lifted a weight in my life. is it safe to start strength training?')).toBe(true);
    expect(out(plyo, '55 and my bbjs are dire, zero spring in my legs. is plyo training a bad idea at my age?')).toBe(false);
  });

  it('leaves out a section for one group or situation (teenagers, leaking, plant-based eating, alcohol, wearables, a missed wave) unless the member names it', () => {
    const teen = 'Can a 16- or 17-year-old race Hyrox, and how should a teenager train for it?';
    expect(out(teen, 'im a complete beginner, how should i train for my first hyrox?')).toBe(true);
    expect(out(teen, 'im 16, can i do hyrox and how should i train')).toBe(false);
    expect(out(teen, 'my 15 year old wants to race with me, is there anything for kids')).toBe(false);
    const leak = 'Leaking urine during wall balls, jumps or running: is it normal, and can I still race?';
    expect(out(leak, 'how do i split 100 wall balls without my legs dying?')).toBe(true);
    expect(out(leak, 'i leak a bit doing wall balls and jumping, is that normal and can i still race')).toBe(false);
    const veg = "I'm vegetarian or vegan: how do I get enough protein for Hyrox?";
    expect(out(veg, 'how much protein do i need a day?')).toBe(true);
    expect(out(veg, 'im vegetarian how do i hit my protein for hyrox')).toBe(false);
    const alcohol = 'Can I drink alcohol while training for Hyrox, and in race week?';
    expect(out(alcohol, 'how much should i drink during the race?')).toBe(true);
    expect(out(alcohol, 'can i have a few beers the week before the race')).toBe(false);
    const watch = "My Whoop, Oura or Garmin says I'm not recovered but I feel fine: should I still train?";
    expect(out(watch, 'slept 4 hours and have a hard session planned, do it or skip')).toBe(true);
    expect(out(watch, 'my whoop says 25% recovery but i feel fine, should i do my intervals')).toBe(false);
    const wave = "I missed my wave start or I'm late for it: what happens?";
    expect(out(wave, 'when are wave times published?')).toBe(true);
    expect(out(wave, 'i missed my wave start, what now')).toBe(false);
  });

  it('leaves out the return after birth, the weekend double and the races-per-year sections unless the member is in that case', () => {
    const birth = 'Returning to running and Hyrox training after birth: when can I start again?';
    expect(out(birth, 'when can i start running again after my calf strain?')).toBe(true);
    expect(out(birth, 'had my baby 4 months ago, when can i start hyrox training again')).toBe(false);
    expect(out(birth, 'c-section 10 weeks ago, can i do wall balls yet?')).toBe(false);
    const weekend = 'Doubles and singles in one weekend: how do I race both?';
    expect(out(weekend, 'me and my partner are doing doubles, who should do the sled?')).toBe(true);
    expect(out(weekend, 'race is sunday and i normally do my long run on saturday. should i still do it the day before?')).toBe(true);
    expect(out(weekend, 'im doing doubles saturday and singles on sunday same weekend, how do i approach it')).toBe(false);
    expect(out(weekend, 'doing doubles saturday and singles sunday, how do i manage that')).toBe(false);
    const races = 'How many Hyrox races can I do in a year?';
    expect(out(races, 'how many sessions a week should i do?')).toBe(true);
    expect(out(races, 'how many hyrox races can i do in a year without burning out')).toBe(false);
    // A question that only mentions races or doubles and relay is not in those cases.
    expect(out(races, 'what should i eat the week before races?')).toBe(true);
    expect(out(weekend, 'whats the difference between doubles and relay')).toBe(true);
    const teen = 'Can a 16- or 17-year-old race Hyrox?';
    expect(out(teen, 'can my kids come watch? do they need tickets')).toBe(true);
    expect(out(teen, 'my 15 yo son wants to race with me, is he allowed')).toBe(false);
    expect(out(teen, 'my son is 15 and wants to do hyrox with me, is he allowed?')).toBe(false);
    expect(out(teen, 'shes 15 kg lighter than me, who pushes the sled in doubles?')).toBe(true);
    const recover = 'How long should I recover between hard sessions at 50 or 60?';
    expect(out(recover, '58 year old male, recovery takes forever now. how many hard sessions a week should i do')).toBe(true);
    expect(out(recover, 'im 58, how long should i rest between hard sessions')).toBe(false);
    expect(out('How long should my long run be for Hyrox?', 'how many km should my long run be')).toBe(false);
    const rules = 'Doubles rules: running together and splitting the stations';
    expect(out(rules, 'is doubles 4km running each or 8km both')).toBe(false);
    const heel = 'Pain under the heel in the morning (plantar heel pain)';
    expect(out(heel, 'burpee broad jumps: do my feet have to land together?')).toBe(true);
    expect(out(heel, 'pain under my heel first thing in the morning')).toBe(false);
  });

  it('leaves out a section for the other sex', () => {
    expect(out("Women's splits by tier", 'my 5k is 25:00, what hyrox time can i expect? im a guy')).toBe(true);
    expect(out("Women's splits by tier", 'targeting 1:30 as a woman, what splits?')).toBe(false);
  });

  it('leaves out a background section for a member who did not give that background', () => {
    expect(out('The runner: strengths and typical gaps', 'write me a station strength endurance session, 60 mins')).toBe(true);
    expect(out('The runner: strengths and typical gaps', "i'm a runner, 40 mile weeks, whats my biggest weakness")).toBe(false);
    expect(out('4-week block: the CrossFit athlete', 'i do crossfit 5x a week, what should i change?')).toBe(false);
  });

  it('leaves out a finish-time tier the member is not at', () => {
    expect(out('Sessions for the 1:45 → 1:30 gap', 'my 10k pb is 50:00, what pace will my runs be?')).toBe(true);
    expect(out('Sessions for the 1:45 → 1:30 gap', 'goal is 1:35, what sessions close the gap?')).toBe(false);
    expect(out('Sub-1:15: racing, not completing', 'goal is 1:35, what sessions close the gap?')).toBe(true);
  });
});

describe('sections on one narrow subject', () => {
  // [title, a question it must not answer (halved), a question it answers (full weight)]
  it.each([
    [
      'Lower back pain after sled pushes, sled pulls or lunges',
      'how do you deal with the pain in the lunges? my legs are on fire',
      'my back aches after lunges, is that normal',
    ],
    [
      'Do compression socks or compression clothing help recovery or performance for Hyrox?',
      'best socks for hyrox?? got massive blisters on my feet last time',
      'do compression tights help recovery?',
    ],
    [
      'What should I wear for my first Hyrox? Are shorts and a T-shirt fine?',
      'electrolytes - do i need them in training? i get salt marks on my shirt',
      'what do people wear for hyrox, shorts ok?',
    ],
    [
      'Movement matrix: Burpee Broad Jumps, Farmers Carry, Sandbag Lunges, Wall Balls',
      'bbjs: should i go fast early while im fresh and then hang on, or go steady?',
      'no wall ball target at my gym, what can i do instead?',
    ],
  ])('%j answers only questions on its subject', (title, other, own) => {
    expect(passageFactor(title, other, readQuestion(other), [])).toBe(0.5);
    expect(passageFactor(title, own, readQuestion(own), [])).toBe(1);
  });
});

describe('passageFactor', () => {
  it('halves a section written for someone else and raises the section a figure asked for comes from', () => {
    const q = 'what are the lunge rules? does the knee have to touch';
    expect(passageFactor('Burpee broad jumps: the knee rule', q, readQuestion(q), [])).toBe(0.5);
    const load = "what's the open men sled push in lbs?";
    expect(passageFactor('Weights and targets per division', load, readQuestion(load), ['weight', 'target', 'division'])).toBe(1.5);
    expect(passageFactor('Sled push and sled pull target times per 12.5 m length', load, readQuestion(load), ['weight', 'target', 'division'])).toBe(
      1,
    );
  });
  it('gives a section on why a topic matters less weight unless the question asks why', () => {
    const how = 'how do you actually train mental toughness?';
    expect(passageFactor('Why mental skills matter in a Hyrox race', how, readQuestion(how), [])).toBe(0.7);
    expect(passageFactor('Practising mental skills in training', how, readQuestion(how), [])).toBe(1);
    const why = 'why do i always feel like throwing up after wall balls?';
    expect(passageFactor('Why do I feel sick or like throwing up after wall balls or hard intervals?', why, readQuestion(why), [])).toBe(1);
  });
  it('keeps a section about pain or an injury for a member with a symptom', () => {
    const technique = "what's the difference between a sled push and sled pull in terms of technique";
    expect(outOfScope('Lower back pain after sled pushes, sled pulls or lunges', technique, readQuestion(technique))).toBe(true);
    const sore = 'lower back is sore after sled push day. is this normal?';
    expect(outOfScope('Lower back pain after sled pushes, sled pulls or lunges', sore, readQuestion(sore))).toBe(false);
  });
  it('treats a section written for singles and doubles alike as in scope for a solo question', () => {
    const q = 'is a 6 week block enough to get ready for my first hyrox';
    expect(outOfScope('How long does a complete beginner need to prepare for a first Hyrox, alone or in doubles?', q, readQuestion(q))).toBe(false);
    expect(outOfScope('Who should do which station in Hyrox doubles?', q, readQuestion(q))).toBe(true);
  });
});

describe('team rules', () => {
  const SAME_TIME = 'Can both partners push the sled at the same time in Hyrox doubles?';
  it('reads a team rule told with the sled as an answer for any station two partners ask to do at once', () => {
    expect(out(SAME_TIME, 'can we both do the burpee broad jumps at the same time')).toBe(false);
    expect(out(SAME_TIME, 'in doubles can both of us do the wall balls at once to go faster')).toBe(false);
    expect(out(SAME_TIME, 'me and my partner, can we push the sled at the same time?')).toBe(false);
  });
  it('reads the doubles rules as an answer to what the rules allow, not to who should take which station', () => {
    const RULES = 'Doubles rules: running together and splitting the stations';
    expect(out(RULES, 'who should do the wall balls in doubles')).toBe(true);
    expect(out(RULES, "doing doubles with my mate, he's way better at the wall balls. how should we share them?")).toBe(true);
    expect(out(RULES, 'doing doubles - do we both have to run every km or can we split the runs?')).toBe(false);
    expect(out(RULES, 'what are the rules for doubles?')).toBe(false);
  });
  it('reads the two-partners-at-once rule as no answer to who takes which share', () => {
    expect(out(SAME_TIME, 'me and my partner are doing doubles, shes much stronger on sled. how do we split the sled push & pull')).toBe(true);
    expect(
      out('My doubles partner is much slower than me: should we still do doubles?', 'doubles, shes much stronger on sled. how do we split it'),
    ).toBe(true);
    expect(out('My doubles partner is much slower than me: should we still do doubles?', 'my doubles partner is way slower than me, any tips?')).toBe(
      false,
    );
  });
});

describe('one word in common is no subject in common', () => {
  it('keeps Nick Bare, the ACWR, stopping a diet, grip training and the DEKA comparison to questions that name them', () => {
    expect(out('BPN and Nick Bare: documented training content', 'stressful work week, barely slept, should i still do the long run saturday')).toBe(
      true,
    );
    expect(out('BPN and Nick Bare: documented training content', 'is the nick bare program good for hyrox?')).toBe(false);
    expect(out('ACWR: the rolling-average coupled variant', 'foam rolling before or after? does it even do anything')).toBe(true);
    expect(out('ACWR: the rolling-average coupled variant', 'what is the acute chronic workload ratio?')).toBe(false);
    expect(out('When to stop dieting before a Hyrox race', 'what should my hr be during runs and how do i stop going out too hard')).toBe(true);
    expect(out('When to stop dieting before a Hyrox race', 'when should i stop cutting weight before the race?')).toBe(false);
    expect(
      out('Grip training for Hyrox: dead hangs, heavy holds and carries', 'im cutting at 1800kcal and training 6x a week and feel dead, is that why'),
    ).toBe(true);
    expect(out('Grip training for Hyrox: dead hangs, heavy holds and carries', 'my forearms die on the farmers carry')).toBe(false);
    expect(
      out(
        'How is Hyrox different from DEKA, Spartan obstacle races or a CrossFit competition?',
        'im a crossfitter, how should i change my training for hyrox',
      ),
    ).toBe(true);
    expect(out('How is Hyrox different from DEKA, Spartan obstacle races or a CrossFit competition?', 'is hyrox like deka?')).toBe(false);
  });
  it('keeps handling a no-rep to questions about handling one, not to what the rules changed', () => {
    const t = 'Handling a no-rep or a penalty';
    expect(out(t, 'what changed in the rules for 25/26 season, heard something about penalties')).toBe(true);
    expect(out(t, 'anxious about getting no reps from judges in front of everyone. how to deal')).toBe(false);
    expect(out(t, 'got 5 no reps and totally lost my head')).toBe(false);
  });
  it('reads 5 drinks on a night out as alcohol, and a double session as two sessions in a day', () => {
    expect(
      out('Can I drink alcohol while training for Hyrox, and in race week?', 'should i train the day after a night out lol, had like 5 drinks'),
    ).toBe(false);
    expect(
      out(
        'Run in the morning and lift in the evening, or back to back? Two sessions in one day',
        'what to eat after a hard double session to recover',
      ),
    ).toBe(false);
  });
});

describe('alcohol section for a stag do (nut20)', () => {
  it('keeps the alcohol section in scope for a stag do, out of scope for sweat drinking', () => {
    expect(out('Can I drink alcohol while training for Hyrox, and in race week?', 'stag do the weekend before my race, how bad is drinking')).toBe(
      false,
    );
    expect(out('Can I drink alcohol while training for Hyrox, and in race week?', 'how much should i be drinking water during the race')).toBe(true);
  });
});

describe('pacing and running scope (pace24)', () => {
  it('keeps the no-goal pacing section for a member without a goal, not for one who names it', () => {
    const title = 'Pacing your first Hyrox with no goal time';
    const goal = 'first hyrox, open men, honestly just want to get under 2 hours. what pace should my runs be per km so i dont blow up?';
    const none = 'first race ever in 6 weeks, no idea what time ill do. what pace do i start the runs at?';
    expect(outOfScope(title, goal, readQuestion(goal))).toBe(true);
    expect(outOfScope(title, none, readQuestion(none))).toBe(false);
  });
  it('keeps first-timer sections from a member who tells how their first race went', () => {
    const raced = 'when should i actually start going hard in the race? first one i went out hot and totally died on the lunges';
    const first = 'doing my first hyrox in 3 weeks, when should i start going hard?';
    expect(outOfScope('What a first-timer should know', raced, readQuestion(raced))).toBe(true);
    expect(outOfScope('What a first-timer should know', first, readQuestion(first))).toBe(false);
    const second = 'this is my second hyrox, what should i wear?';
    expect(outOfScope('What should I wear for my first Hyrox? Are shorts and a T-shirt fine?', second, readQuestion(second))).toBe(true);
  });
  it('answers the lab study on lactate for a physiology question, not for how hard each part should feel', () => {
    const title = 'Heart rate, lactate and effort through the race';
    const feel = 'what should each part of the race FEEL like effort wise? like rpe for the runs vs the stations';
    const hr = 'what HR should I race at? my watch says im in zone 5 the whole time';
    expect(outOfScope(title, feel, readQuestion(feel))).toBe(true);
    expect(outOfScope(title, hr, readQuestion(hr))).toBe(false);
  });
  it('keeps the watch sections from a member who has no watch, unless the ask is about one', () => {
    const title = 'Do I need a heart rate monitor or a sports watch to train for Hyrox?';
    const dead = 'no watch allowed on me basically (it died lol), so pacing by feel only. how hard should the runs feel compared to the stations';
    const garmin = 'not racing with a garmin. how do i know im running the right speed between stations';
    const buy = 'no watch yet, which watch should i buy for hyrox?';
    expect(outOfScope(title, dead, readQuestion(dead))).toBe(true);
    expect(outOfScope('How do I set up my Garmin or sports watch for a Hyrox race?', garmin, readQuestion(garmin))).toBe(true);
    expect(outOfScope(title, buy, readQuestion(buy))).toBe(false);
  });
});

describe('the masters’ warm-up (body24)', () => {
  it('answers a warm-up only', () => {
    expect(out('Warm-ups for masters athletes', 'im 63 and never lifted, is strength training safe at my age?')).toBe(true);
    expect(out('Warm-ups for masters athletes', 'im 63, how should i warm up before a session?')).toBe(false);
  });
});
