import { describe, expect, it } from 'vitest';
import { memberTerms, memberTitleTerms } from './topics.js';
import { readQuestion } from './understand.js';

describe('memberTerms', () => {
  it.each([
    ['what time should i get to the venue? my wave is 10:40', ['timeline', 'arrival']],
    ['how long does a hyrox usually take for beginners', ['finish-time', 'benchmarks']],
    ['treadmill or outside for my runs? the race is indoors', ['treadmill', 'incline']],
    ['my sled push took ages on race day, should i have run harder after to make it up?', ['adjusting', 'chase']],
    ['is it ok to drink coffee the morning of the race', ['caffeine']],
    ['sled push is my best station, should i just send it and bank time?', ['pacing', 'start', 'pushing']],
    ['is it better to go hard on the skierg since its first and im fresh? or save it', ['start', 'pushing']],
    ['crossfit program 6 days a week and a running plan to do on top, will that work?', ['two-plan', 'trap']],
    ['is a 6 week block enough to get ready for my first hyrox', ['complete', 'beginner', 'prepare']],
    ['mate says just eat 1000 cals under maintenance every day, good idea?', ['deficit', 'size']],
    ['in doubles can one of us just do the whole farmers carry while the other rests? or does it have to be split 50/50', ['splitting', 'stations']],
    ['what takes up more of the race time, the running or the stations?', ['time', 'model']],
    ['my wall balls keep hitting below the line, what am i doing wrong', ['no-reps', 'target']],
    ['my partner and i are different heights, who should do wall balls in doubles', ['which', 'station', 'share']],
    ['i panic at the wall balls and stop every 5 reps', ['chunking']],
    ['super nervous for saturday, i get the shakes in the start pen', ['nerves', 'arousal']],
    ['around run 5 i hit a wall mentally and start walking', ['slump']],
    ['im 61, recovery takes forever', ['masters']],
    ['my gym has no sled, what do i do instead', ['substitutes']],
    ['is hyrox indoors? should i train on turf', ['venues', 'turf']],
    ['how do relay handovers work? do we tag or is there a band', ['relay', 'hand-overs']],
    ['doing doubles - do we both have to run every km or can we split the runs?', ['doubles', 'together', 'splitting']],
    ['hey im new, what actually IS a hyrox race? how far do you run', ['sentence', 'stations']],
    ['average hyrox finish time? is 1:45 bad for a first go', ['benchmarks', 'tiers']],
    ['is it better to go hard on the skierg since its first? or save it', ['pacing', 'inside', 'station']],
    ['how long does a hyrox take for a beginner?', ['benchmarks', 'first']],
    ['is running 3 times a week enough for hyrox?', ['runs', 'often']],
    ['my legs feel like concrete after the sled push and the first 300m after it is awful', ['compromised', 'bricks']],
    ['how many km should i run per week if race is in 10 weeks', ['volume', 'runs', 'often']],
    ['is it bad to train the day before the race', ['shakeout', 'openers']],
    ['can i use my own wall ball?', ['equipment', 'venue']],
    ["how do i know if i'm ready to go pro", ['division', 'pro']],
    ['should i foam roll', ['recovery', 'methods']],
    ['how do i get better at running after the sleds', ['compromised', 'bricks']],
    ['what should i do the week after my race?', ['recover', 'soreness']],
    ['how do i stay motivated on long runs', ['self-talk', 'chunking']],
    ['what should i eat after training', ['refuelling']],
    ['do i need to be fit to start hyrox training', ['first-timer', 'beginner']],
    ['how do i know what division to enter', ['division', 'pro', 'open']],
    ['is hyrox harder than a marathon', ['differs']],
    ['i havent eaten much this week trying to make weight', ['energy', 'availability']],
    ['is it safe to do hyrox at 65 with high blood pressure', ['medical', 'clearance']],
    ['is 3 runs a week enough?', ['runs', 'often']],
    ['should i lift on the same day as running', ['interference', 'same-day']],
    ['run before or after the gym?', ['interference', 'separate']],
    ['do i need to be heavier to push the sled', ['myths', 'body']],
    ['can you eat during hyrox', ['in-race', 'fuelling']],
    ['can i eat a banana between stations?', ['in-race', 'fuelling']],
    ['can i wear airpods in the race', ['headphones']],
    ['can i race with my airpods in? i really rely on music to get through hard sessions', ['headphones']],
    ['race is sunday, should i train saturday at all', ['shakeout']],
    ['is it bad to run the day before?', ['shakeout']],
    ['im trying to cut 5kg before my race in 8 weeks', ['lose', 'dieting']],
    ['if i spit on the floor during the race is that a penalty', ['penalties', 'spitting']],
    ['can i start hyrox at 58?', ['too', 'late']],
    ['is it ok to do plyos at 55?', ['plyometrics']],
    ['what should i eat after the race to recover', ['refuelling', 'protein']],
    ['how do you deal with the dark patch around run 6, i just want to stop', ['slump']],
    ['im 120kg and want to do my first hyrox, realistic?', ['bigger', 'beginner']],
    ['what time would win the 55-59 age group for men roughly', ['wins', 'results']],
    ['how easy are easy runs supposed to be, my hr is 165', ['conversational']],
    ['what should i be thinking about during the farmers carry', ['think', 'cues']],
    ['how hard should i go on the skierg, i always blow up on the sled push after', ['pacing', 'inside']],
    ['got 5 no reps on wall balls last race and totally lost my head. tips?', ['handling', 'reset']],
    ['are you allowed to use your knees to get up in the burpees now', ['knee', 'rule']],
    ['do the judges assign sled lanes or do i just pick an empty one', ['lane', 'assigns']],
    ['doing doubles saturday and singles sunday, how do i manage that', ['weekend']],
    ['my plan says 5:30 per km but at km 5 im at 6:10. do i push or accept it', ['adjusting', 'day']],
    ['what can i do instead of some of my runs for the next couple weeks?', ['replace', 'low-impact']],
    ['should i do hyrox open or pro for my first race', ['division', 'first-timer']],
    ['how many sled pushes should i do a week', ['station', 'sessions']],
    ['whats a good 1k row time for hyrox', ['targets', 'tier']],
    ['do i have to run the full km between each station', ['sentence', 'stations']],
    ['can i still do hyrox if im overweight', ['bigger', 'beginner']],
    ['my wave is at 8am, should i change when i train?', ['time', 'wave']],
    ['is it better to train in the morning or evening', ['morning', 'evening']],
    ['how long should i rest between hyrox races', ['race', 'again', 'recover']],
    ['what heart rate zone should my easy runs be', ['how', 'conversational']],
    ['how many times a week should i do sled work? i dont want to overdo it', ['station', 'sessions']],
    ['i have 3 weeks till race and just got over covid. what do i do', ['illness', 'missed']],
    ['is 2 hours of sleep the night before a race a disaster', ['slept', 'night']],
    ['how many wall balls should i be able to do unbroken', ['split', 'sets']],
    ['whats the actual difference between hyrox and spartan / tough mudder type races?', ['differs']],
    ['bbjs are my worst station. thinking of doing them 4-5x a week to fix it fast', ['station', 'sessions']],
    ['slept like 2 hours bc nerves, race is at 1pm today. am i screwed?', ['slept', 'badly']],
    ['can my kids come watch? where does family stand', ['spectators']],
    ['no gym membership rn, just 2x 12.5kg dumbbells at home and a park', ['substitutes']],
    ['i waste so much time at the start of every station', ['getting', 'into']],
    ['same 60 min class every single day for 3 weeks, no rest days', ['monotony']],
    ['had my baby 5 months ago and my doctor has cleared me', ['pregnancy', 'birth']],
    ['my gp put me on blood pressure tablets', ['medical', 'doctor']],
    ['do i need a heart rate monitor / chest strap to train?', ['heart', 'RPE']],
    ['when should i start going hard? i always finish with loads left', ['start', 'pushing']],
    ['whats a good weekly structure with 4 sessions', ['sessions', 'hours']],
    ['is it worth getting a coach or can i just follow an app', ['program']],
    ['should i lift heavy or light for hyrox', ['strength']],
    ['is it bad that my run 1 was way faster than the rest', ['fade']],
    ['how long is a hyrox race in total for a beginner', ['benchmarks']],
    ['whats the best recovery drink after a session', ['refuelling']],
    ['i have a half marathon 3 weeks before my hyrox, is that a problem', ['recover', 'taper']],
    ['should i do sprints for hyrox', ['interval', 'threshold']],
    ['how do i stop my legs cramping on the sled push', ['cramp']],
    ['i want to do pro next season, what times do i need', ['division', 'pro']],
    ['should i eat carbs the night before', ['fuelling', 'carbohydrate']],
    ['first hyrox in 6 weeks and havent done any sleds, is that ok', ['substitutes', 'real']],
    ['me and my partner - how should we split the wall balls', ['doubles', 'share']],
    ['can i listen to music while training for hyrox', ['music', 'without']],
    ['do i need to eat during training sessions over an hour', ['fuelling']],
    ['how do i avoid going out too fast', ['adrenaline', 'start']],
    ['is walking the lunges allowed', ['movement', 'standards']],
    ['are knee sleeves allowed', ['belts', 'allowed']],
    ['should women do the same training as men for hyrox', ['women-specific']],
    ['how long does it take to recover from a hyrox', ['recover', 'soreness']],
    ['what should my long run pace be compared to race pace', ['long', 'conversational']],
    ['how long before the race should i do my last hard session', ['taper']],
    ['im 38 female, how much should i be lifting', ['strength', 'standards']],
    ['what do i do if i fall behind my pacing plan in the race', ['adjusting']],
    ['whats a good age group time for 50-54 men', ['age', 'finish']],
    ['do i sprint the last run or is it pointless', ['protect', 'pushing']],
    ['how fast should my first km be', ['fastest', 'start']],
    ['how do i combine gym and running in the same week without being wrecked', ['managing', 'interference']],
    ['should i keep lifting heavy during a hyrox build? 10 weeks out', ['strength', 'maintenance']],
    ['should i run on consecutive days', ['rest', 'separated']],
    ['I do f45 3x a week, how do i add hyrox training', ['class', 'program']],
    ['how do i periodise for hyrox, base build peak taper?', ['phases']],
    ['lunges kill me and run 8 is my slowest, how to fix', ['run', 'lunges', 'transition']],
    ['how do i get faster at the 1km runs between stations', ['compromised', 'threshold']],
    ['should i do 400m repeats or 1km repeats', ['interval', 'paces']],
    ['i race in 3 weeks and again 5 weeks after that, how do i handle the gap', ['apart', 'between']],
    ['how many hyrox sims should i do before my race in 10 weeks', ['simulations']],
  ])('maps %j to the words the knowledge uses', (q, want) => {
    expect(memberTerms(q)).toEqual(expect.arrayContaining(want));
  });
  it('reads a fear of failing in public, a falling resting heart rate and staying positive when behind', () => {
    expect(memberTerms('first race next week and i keep imagining failing the sled push in front of everyone. help')).toContain('nerves');
    // "ill" typed for "I'll" is no illness; a first race's mindset is the first-timer's nerves.
    expect(memberTerms('first hyrox next month and im scared ill come last. any advice for the mindset?')).not.toContain('missed');
    expect(memberTerms('first hyrox next month and im scared ill come last. any advice for the mindset?')).toContain('nervous');
    expect(memberTerms('been ill for a week, how do i get back into it')).toContain('missed');
    expect(memberTerms('i genuinely dread the wall balls, how do i stop dreading a station?')).toContain('chunking');
    expect(memberTerms('what do i think about at rep 60 of the wall balls when everything burns')).toContain('cues');
    expect(memberTerms('had a bad nights sleep before race day, will it wreck my race?')).toContain('slept');
    expect(memberTerms('super sore from yesterdays leg day, train or rest today?')).toContain('limp');
    expect(memberTerms('my resting hr has gone down since i started training, normal?')).toContain('dropped');
    expect(memberTerms("how do i stay positive when i'm last in my wave?")).toContain('self-talk');
  });
  it('reads wrecked legs as soreness, and skipping a run today as a training day, not the race rule', () => {
    const terms = memberTerms('legs absolutely wrecked 2 days after heavy sled pushes. should i skip my run today or go anyway');
    expect(terms.join(' ')).toMatch(/soreness/);
    expect(terms.join(' ')).not.toMatch(/disqualification/);
    const race = memberTerms('can i skip a run if im dying in the race?');
    expect(race.join(' ')).toMatch(/disqualification/);
  });
  it('reads salt marks as sodium, the day after leg day as interference, and my own bottle as the venue', () => {
    expect(memberTerms('electrolytes - do i need them in training? i get salt marks on my shirt')).toContain('sodium');
    expect(memberTerms('should i run on the day after a heavy leg day')).toContain('interference');
    expect(memberTerms('can i bring my own water bottle on the course')).toContain('facilities');
  });
  it('reads the weather as no illness, a run streak as rest days, and a fresh-vs-Hyrox pace gap as compromised running', () => {
    expect(memberTerms('can i run in the rain/cold or should i stick to treadmill?')).not.toContain('illness');
    expect(memberTerms('is it ok to run when its cold outside')).not.toContain('illness');
    expect(memberTerms('i have a cold, can i train')).toContain('illness');
    expect(memberTerms('is it bad to run every day? i do 5k daily for a streak')).toContain('rest');
    expect(memberTerms('i run 5:00/km for 5k but in hyrox i only manage 6:30. what do i work on')).toContain('compromised');
  });
  it('reads a belt for gels as no lifting belt, and drinking at the stations as in-race drinking', () => {
    expect(memberTerms('do i need a belt to hold gels during the race or do people just use pockets')).not.toContain('lifting');
    expect(memberTerms('do i need a lifting belt for the sled')).toContain('lifting');
    expect(memberTerms('should i drink water at every station or is that a waste of time')).toContain('drinking');
    expect(memberTerms('can i wear a hydration vest during the race')).toContain('drinking');
  });
  it('reads how many days to train, slow stations and walking the Roxzone', () => {
    expect(memberTerms('how many days a week should i train for my first hyrox, i work full time')).toContain('sessions');
    expect(memberTerms('my runs were all even at 5:20 but my stations were slow. where should i focus?')).toContain('choosing');
    expect(memberTerms('should i walk the roxzone to recover or jog it?')).toContain('free');
  });
  it('reads "zone 2 feels so slow" as how easy easy runs are, and "zone 2" alone as the intensity split', () => {
    expect(memberTerms('zone 2 feels sooo slow, like 7:30/km. is that right??')).toContain('conversational');
    expect(memberTerms('zone 2 feels sooo slow, like 7:30/km. is that right??')).not.toContain('distribution');
    expect(memberTerms('is it worth doing zone 2 running for hyrox')).toContain('distribution');
  });
  it('reads stomach cramps as the gut, carbs a day as the daily bands, a late partner as a wave change, and legs on fire as effort', () => {
    expect(memberTerms('i get stomach cramps during races, is it what im eating before?')).toContain('gi');
    expect(memberTerms('i get stomach cramps during races, is it what im eating before?')).not.toContain('calves');
    expect(memberTerms('my calves cramp on the sled push')).toContain('calves');
    expect(memberTerms('how many carbs a day should i eat training for hyrox')).toContain('daily');
    expect(memberTerms('my doubles partner is late, can we swap waves on the day')).toContain('wave');
    expect(memberTerms('how do you deal with the pain in the lunges? my legs are on fire')).toContain('chunking');
  });
  it('reads the post-race low, visualisation, another sport in the week and a weight belt', () => {
    expect(memberTerms('lost all motivation to train since my race 3 weeks ago, is that normal?')).toContain('blues');
    expect(memberTerms('visualisation - does it actually work for hyrox and how would i do it')).toContain('imagery');
    expect(memberTerms('i play football twice a week, how do i fit hyrox training around it')).toContain('interference');
    expect(memberTerms('do i need a weight belt for the sled? and is it allowed')).toContain('belts');
  });
  it('reads the venue and race-format asks of race day: the warm-up area, the start, a cold hall, the relay, a child, a division, hard days', () => {
    expect(memberTerms('is there a proper warm up area at hyrox or do ppl just jog around outside')).toContain('facilities');
    expect(memberTerms('how long should i warm up before my wave')).not.toContain('facilities');
    expect(memberTerms('whats the start like, do you get a briefing or just go')).toContain('pen');
    // The hall's temperature is no illness; a cold still is.
    expect(memberTerms('is the venue cold? what do ppl wear between warm up and the start')).not.toContain('illness');
    expect(memberTerms('is the venue cold? what do ppl wear between warm up and the start')).toContain('temperature');
    expect(memberTerms('got a cold, should i still race on sunday')).toContain('illness');
    expect(memberTerms('how does the relay work, how many runs does each person do')).toContain('relay');
    expect(memberTerms('how many runs a week should i do')).not.toContain('relay');
    // A child's age is the minimum-age question, not a kit rule.
    expect(memberTerms('my son is 15 and wants to do hyrox with me, is he allowed?')).toContain('teenager');
    expect(memberTerms('my son is 15 and wants to do hyrox with me, is he allowed?')).not.toContain('belts');
    expect(memberTerms('are knee sleeves allowed')).toContain('belts');
    expect(memberTerms('she is 15 kg lighter than me, who should push the sled')).not.toContain('teenager');
    expect(memberTerms('whats the difference between hyrox divisions, which one should i do as a beginner')).toContain('division');
    expect(memberTerms('58 year old male, how many hard sessions a week should i do')).toContain('hard');
    expect(memberTerms('whats the burpee broad jump standard, do i need to jump with both feet')).toContain('standards');
    expect(memberTerms('what are the strength standards for a sub 90 sled push')).not.toContain('no-reps');
    expect(memberTerms('doubles rules for the sled, can we both push')).not.toContain('no-reps');
    expect(memberTerms('can my coach stand near the sleds and shout at me')).toContain('spectators');
    expect(memberTerms('my coach says i should do more running, is he right')).not.toContain('spectators');
    expect(memberTerms('can i bring a gel and a bottle onto the course with me')).toContain('facilities');
    expect(memberTerms('can i bring a gel and a bottle onto the course with me')).not.toContain('laps');
    expect(memberTerms('how many laps is the course')).toContain('laps');
    expect(memberTerms('can i bring my phone in the race to film or do i have to leave it at bag drop?')).toContain('phones');
    expect(memberTerms('is there an app i can use on my phone to log sessions')).not.toContain('phones');
    // The kit bag and the bag drop are the venue's; the sandbag's place is the lunge standard.
    expect(memberTerms('where do i put my bag, is there bag drop? also water on course?')).toContain('facilities');
    expect(memberTerms('where do i put my bag, is there bag drop? also water on course?')).not.toContain('shoulders');
    expect(memberTerms('sandbag lunges - where do i put the bag, behind my neck or front rack?')).toContain('shoulders');
    // Whether the bag drop is safe is the check-in section's (no source on security), not the venue overview's.
    expect(memberTerms('where do i leave my bag during the race, is bag drop safe?')).not.toContain('facilities');
    expect(memberTerms('is doubles 4km running each or 8km both')).toContain('together');
    expect(memberTerms('how many km running each week')).not.toContain('together');
  });
  it('reads food in the start pen as the last meal, not nerves', () => {
    expect(memberTerms('is it ok to eat a banana in the start pen like 10 min before go')).not.toContain('arousal');
    expect(memberTerms('how do i calm down in the start pen')).toContain('arousal');
  });
  it('takes a fear said as context as context: the sentence that asks decides', () => {
    const q = "my wife is doing her first hyrox in march and she's terrified of coming last. what's a decent goal time for a first timer woman?";
    expect(memberTerms(q)).not.toContain('arousal');
  });
  it('reads feeling sick after an effort as nausea, not as an illness that cost sessions', () => {
    expect(memberTerms('is it normal to feel sick after wall balls')).not.toContain('missed');
    expect(memberTerms('i was sick last week, missed 4 sessions')).toContain('missed');
  });
  it('reads a word by its context: a chest strap is not a grip aid, a new baby at home is not home training, a short night without a race is not race-eve sleep', () => {
    expect(memberTerms('do i need a chest strap?')).not.toContain('gloves');
    expect(memberTerms('can i use straps on the farmers carry')).toContain('gloves');
    expect(memberTerms('new baby at home, 5h of broken sleep. what should i change?')).not.toContain('substitutes');
    expect(memberTerms('new baby at home, 5h of broken sleep. what should i change?')).not.toContain('pregnancy');
    expect(memberTerms('slept 4.5 hours, readiness a 3, threshold run today')).not.toContain('slept');
    expect(memberTerms('2 weeks out and doing doubles every day for 3 weeks')).not.toContain('monotony');
    expect(memberTerms("is there a time cap? i'm worried i'll get pulled off the course")).not.toContain('laps');
    expect(memberTerms('should i take salt tablets')).not.toContain('medical');
  });
  it('reads splitting the wall balls alone as sets, and the night before as dinner, not breakfast', () => {
    expect(memberTerms('is it better to split wall balls 10s or 20s')).not.toContain('doubles');
    expect(memberTerms('should i eat carbs the night before')).not.toContain('pre-race');
  });
  it('reads "allowed" of a movement as the standards, not the kit rules', () => {
    expect(memberTerms('is walking the lunges allowed')).not.toContain('belts');
  });
  it('reads comparing oneself with others, not one pace with another', () => {
    expect(memberTerms('what should my long run pace be compared to race pace')).not.toContain('benchmarks');
    expect(memberTerms('i keep comparing myself to everyone at my gym')).toContain('benchmarks');
  });
  it('reads how long the race is, not how long the course is', () => {
    expect(memberTerms('how long is the hyrox course? my watch said 1.2km')).not.toContain('benchmarks');
  });
  it('reads unbroken sets only of reps, not days in a row', () => {
    expect(memberTerms('my hrv has been low 3 days in a row')).not.toContain('unbroken');
    expect(memberTerms('can you do 100 wall balls in a row?')).toContain('unbroken');
  });
  it('adds nothing for a question in the knowledge base’s own words', () => {
    expect(memberTerms('what are the sled push weights per division')).toEqual([]);
  });
  it('reads a word by what it is about: a watch showing heart rate is not a course question, panic at a reading is not chunking', () => {
    const t = memberTerms('what HR should I race at? my watch says im in zone 5 the whole time and i panic');
    expect(t).not.toContain('laps');
    expect(t).not.toContain('chunking');
    expect(memberTerms('my watch said 1.2km for some of the runs')).toContain('laps');
  });
  it('reads "a day" as daily, not race day: a protein question is not a pre-race meal question', () => {
    expect(memberTerms('how much protein should i eat a day?')).not.toContain('pre-race');
    expect(memberTerms('what should i eat before the race?')).toContain('pre-race');
    expect(memberTerms('race is at 2pm, what do i eat that day?')).toContain('pre-race');
  });
  it('reads a slump in the mind, not a station that falls apart', () => {
    expect(memberTerms('my lunges fall apart at the end, how do i train them')).not.toContain('slump');
    expect(memberTerms('around run 5 i fall apart mentally')).toContain('slump');
    expect(memberTerms("i'm falling apart by run 6")).toContain('slump');
  });
  it('reads the day before as food only when food is asked', () => {
    expect(memberTerms('is it bad to train the day before the race')).not.toContain('fuelling');
    expect(memberTerms('what should i eat the day before?')).toContain('fuelling');
    expect(memberTerms('what should i eat after the race to recover')).not.toContain('pre-race');
    expect(memberTerms('how easy are easy runs supposed to be')).not.toContain('80/20');
    expect(memberTerms('first ever hyrox - doubles with my mate or solo?')).not.toContain('weekend');
  });
  it('reads motivation that is gone as a load question, and staying motivated as a mental one', () => {
    expect(memberTerms('motivation is gone, 6 weeks out')).toContain('over-reaching');
    expect(memberTerms('how do i stay motivated on long runs')).not.toContain('over-reaching');
  });
  it('reads a gym sled weight as a load, not as body weight', () => {
    expect(memberTerms('my gym sled weighs 40 kg, how many plates for the open men race weight?')).not.toContain('myths');
  });

  it('reads the sandbag as the lunge bag, not a bag to pack, and a no rep said with a space', () => {
    for (const q of [
      'sandbag lunges - where do i put the bag, behind my neck or front rack?',
      'where should i hold the sandbag on the lunges',
      'can i carry the bag in a front rack for the lunges',
    ]) {
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['standards', 'shoulders']));
      expect(memberTerms(q), q).not.toContain('checklist');
    }
    expect(memberTerms('what should i put in my bag for race day')).toContain('checklist');
    expect(memberTerms('what counts as a no rep in burpee broad jumps')).toContain('no-rep');
  });
  it('reads pacing the wall balls as splitting their sets', () => {
    for (const q of [
      'how do i pace the wall balls at the end when im completely dead?',
      'whats the best way to pace 100 wall balls when im totally gassed',
      'wall balls pacing tips? my legs are gone by then',
    ])
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['split', 'sets']));
  });
  it('reads who takes which station in a team: the relay rules for a relay, the share for a pair, the one-at-a-time rule for both at once', () => {
    for (const q of [
      'for a mixed relay, which stations should the woman do?',
      'relay team, which stations should our strongest guy take?',
      'relay: who should run the last leg?',
    ])
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['relay', 'who', 'does', 'what']));
    for (const q of [
      'me and my partner are doing doubles, shes much stronger on sled. how do we split the sled push & pull',
      'doing doubles with my mate, he is way better at the wall balls. how should we share them?',
      'which stations should i do in doubles if im the better runner',
    ]) {
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['which', 'station', 'share']));
      expect(memberTerms(q), q).not.toContain('rules');
    }
    expect(memberTerms('doing doubles - do we both have to run every km or can we split the runs?')).toContain('rules');
    for (const q of ['can we both do the burpee broad jumps at the same time', 'in doubles can both of us do the wall balls at once'])
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['both', 'partners', 'same', 'time']));
  });
  it('reads doubles against singles as what a doubles time says, run times as no running rule, and partners apart as what to rehearse', () => {
    for (const q of [
      'is doubles easier than singles? time wise what should we expect, we both run ~1:35 singles',
      'is singles much harder than doubles',
    ])
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['singles', 'benchmark']));
    expect(memberTerms('is doubles easier than singles? we both run ~1:35 singles')).not.toContain('rules');
    expect(memberTerms('doubles: do we both run every km?')).toContain('rules');
    for (const q of ['how to train for doubles together when we only see each other on weekends', 'my doubles partner lives 2 hours away'])
      expect(memberTerms(q), q).toEqual(expect.arrayContaining(['half', 'simulation']));
  });
  it('names each term once', () => {
    const t = memberTerms('nervous and anxious, i get the shakes; how early should i arrive and warm up');
    expect(new Set(t).size).toBe(t.length);
  });
});

describe('the menopause', () => {
  it('reaches the symptoms section only when a symptom is named', () => {
    expect(memberTerms('im a woman in my late 40s going through perimenopause, anything i should change in training')).not.toContain('flushes');
    expect(memberTerms('perimenopause and the hot flushes are wrecking my sessions')).toContain('flushes');
    expect(memberTerms('menopause has wrecked my sleep, how do i train around it')).toContain('flushes');
  });
  it('reaches the menopause sections, not the menstrual cycle', () => {
    expect(memberTerms('48 yo woman going through menopause, recovery feels slower')).toContain('menopause');
    expect(memberTerms('48 yo woman going through menopause, recovery feels slower')).not.toContain('menstrual');
    expect(memberTerms('my period always lands on race week')).toContain('menstrual');
  });
});

describe('venue facilities and bad races', () => {
  it('reads showers after the race as the venue, not recovery from it', () => {
    expect(memberTerms('are there showers after the race')).toContain('showers');
    expect(memberTerms('are there showers after the race')).not.toContain('soreness');
    expect(memberTerms('what should i do the week after my race')).toContain('soreness');
  });
  it('reads water on the course as what the venue provides, not the lap layout', () => {
    expect(memberTerms('is there water on the course or do i bring a bottle')).toContain('water');
    expect(memberTerms('is there water on the course or do i bring a bottle')).not.toContain('laps');
  });
  it('reads a terrible race as a bad race to move on from', () => {
    expect(memberTerms('had a terrible race last weekend, how do i get over it')).toContain('disappointed');
  });
});

describe('eating too little', () => {
  it('reaches energy availability from "underfueling" and a low daily intake', () => {
    expect(memberTerms('i eat like 1800 cal a day and train twice a day, feel flat. am i underfueling?')).toContain('availability');
  });
});

describe('race runs slower than training', () => {
  it('reaches compromised running for why race splits are slower, and the course for a watch that said more', () => {
    expect(memberTerms('my run splits in the race were 5:30 avg but i run 4:45 in training, why?')).toContain('compromised');
    expect(memberTerms('are the runs in hyrox exactly 1km? my watch said more')).toContain('laps');
  });
  it('reads kit with a rule of its own as that rule, not the belts section; a watch in the race as the race bans', () => {
    expect(memberTerms('are headphones allowed during the race? i love my music')).not.toContain('belts');
    expect(memberTerms('are headphones allowed during the race? i love my music')).toContain('headphones');
    expect(memberTerms('can i wear my garmin and a hr strap or is that banned')).not.toContain('belts');
    expect(memberTerms('can i wear my garmin and a hr strap or is that banned')).toContain('rulebook');
    expect(memberTerms('is a lifting belt allowed?')).toContain('belts');
    expect(memberTerms('is my stuff allowed in the race')).toContain('belts');
  });
  it('reads the knee touching the floor as the lunge standard, not the venue floor; a wave switch as a wave change', () => {
    const q = 'lunges, does my back knee have to touch the floor every rep? my gym coach says just close is fine';
    expect(memberTerms(q)).not.toContain('venues');
    expect(memberTerms(q)).toContain('standards');
    expect(memberTerms('is the floor carpet or turf at the venue')).toContain('venues');
    expect(memberTerms('can i switch my start wave on the day if my mate is in a later one')).toContain('missed');
  });
  it('reads a changeover in doubles as a partner swap, in a relay as the hand-over', () => {
    const q = 'how do changeovers work in doubles wall balls — can we swap every 10?';
    expect(memberTerms(q)).toContain('switch');
    expect(memberTerms(q)).not.toContain('relay');
    expect(memberTerms('in relay does everyone run 2km? how does the handover work')).toContain('relay');
  });
  it('reads finishing a station before moving on as the race format', () => {
    expect(memberTerms('do u have to do all 100 wall balls before moving on or can u go back and forth to the run')).toContain('sentence');
    expect(memberTerms('how do i pace 100 wall balls')).not.toContain('sentence');
  });
  it('reads a long run asked how long, a night out of drinks and food after a double session', () => {
    expect(memberTerms("long run how long? i'm at 10km max, race is in 10 weeks")).toContain('long');
    expect(memberTerms('should i train the day after a night out lol, had like 5 drinks')).toContain('alcohol');
    expect(memberTerms('how much should i drink during the race')).not.toContain('alcohol');
    expect(memberTerms('what to eat after a hard double session to recover for the next day')).toContain('refuelling');
  });
  it('reads the race wristband and where to keep a bottle as the venue, a pacing wristband as no venue', () => {
    expect(memberTerms('where do the wristbands go and what happens if i lose mine mid race lol')).toContain('facilities');
    expect(memberTerms('where do i put my water bottle during the race, can i have one in the roxzone')).toContain('facilities');
    expect(memberTerms('where do i put my water bottle during the race, can i have one in the roxzone')).not.toContain('sodium');
    expect(memberTerms('hydration vest or a bottle during the race?')).toContain('sodium');
    expect(memberTerms('should i write my pacing plan on a wristband')).not.toContain('facilities');
  });
});

describe('the mind in the member’s words', () => {
  it('reads negative thoughts and what to say to oneself as self-talk, being overtaken as pacing discipline, an endless race as the slump plan', () => {
    expect(memberTerms('how do i stop negative thoughts mid race')).toEqual(expect.arrayContaining(['self-talk', 'cue']));
    expect(memberTerms('how do i stop negative thoughts mid race')).not.toContain('negative');
    expect(memberTerms('what should i say to myself when it gets hard in the wall balls')).toContain('self-talk');
    expect(memberTerms('i panic when someone overtakes me on the run, any tips?')).toEqual(expect.arrayContaining(['pacing', 'discipline']));
    expect(memberTerms('how do i break the race up mentally, 8 runs feels endless')).toEqual(expect.arrayContaining(['slump', 'chunking']));
    expect(readQuestion('how do i stop negative thoughts mid race').intents).toContain('mental');
  });
});

describe('fuel, body weight and pacing in the member’s words', () => {
  it.each([
    ['doing doubles in the morning and singles in the afternoon, what do i eat in between?', ['two', 'races', 'same']],
    ['2 races same day, 4 hours apart, how do i refuel', ['two', 'races', 'between']],
    ['how fast can i lose weight during a hyrox build without losing performance', ['rate', 'week']],
    ['i want to lose 5kg before my race in 12 weeks, is that realistic?', ['rate', 'week']],
    ['does creatine make you heavier for running', ['creatine', 'water']],
    ['what supplements are actually worth it for hyrox', ['conservative', 'supplement']],
    ['how many calories should i eat on a heavy training day', ['energy', 'availability']],
    ['sodium bicarbonate for hyrox?', ['bicarbonate']],
    ['what do i do when my pacing plan falls apart mid race', ['adjusting', 'plan']],
    ['first hyrox, no goal time, how do i pace it?', ['pacing', 'effort']],
    ['is it better to run slower and hit the stations hard or the other way', ['attack', 'stations']],
    ['how do i pace the sled push, go all out or steady?', ['lengths', 'turns']],
    ['when should i push in hyrox, from the start or the end?', ['start', 'pushing']],
  ])('%s', (question, terms) => {
    expect(memberTerms(question)).toEqual(expect.arrayContaining(terms));
  });

  it('keeps a gel apart from sodium, two races apart from lifting on the same day, and a calorie ask apart from a race’s cost', () => {
    expect(memberTerms('when should i take a gel during the race, before the sleds?')).not.toContain('sodium');
    expect(memberTerms('2 races same day, 4 hours apart, how do i refuel')).not.toContain('interference');
    expect(memberTerms('i run and lift on the same day, which first?')).toContain('interference');
    expect(memberTerms('how many calories does a hyrox race burn')).not.toContain('availability');
    expect(readQuestion('2 races same day, 4 hours apart, how do i refuel').intents).toContain('nutrition');
  });
});

describe('race-day rules and supporters in the member’s words', () => {
  it('reads a friend or pacer running alongside in the race as outside assistance, training company as nothing of the kind', () => {
    expect(memberTerms('can my mate run next to me on the runs to pace me? hes not racing')).toEqual(
      expect.arrayContaining(['pace', 'alongside', 'outside', 'assistance']),
    );
    expect(memberTerms('is it allowed to have a pacer in hyrox')).toEqual(expect.arrayContaining(['outside', 'assistance']));
    expect(memberTerms('my mate runs with me on my long runs, is zone 2 too slow')).not.toContain('assistance');
  });
  it('reads a supporter handing over a drink or gel as a hand-up, and friends cheering as watching', () => {
    expect(memberTerms('can spectators give me a drink or a gel during the race')).toEqual(expect.arrayContaining(['hand', 'water', 'assistance']));
    expect(memberTerms('can my friends cheer for me and where can spectators stand')).toEqual(expect.arrayContaining(['watch', 'cheer', 'stand']));
  });
  it('reads how many start together and the start pen as the wave start, stopping to sit down as walking allowed', () => {
    expect(memberTerms('how many people start in one wave?')).toEqual(expect.arrayContaining(['athletes', 'wave', 'pen']));
    expect(memberTerms('how long before the wave do i need to be in the start pen')).toEqual(expect.arrayContaining(['wave', 'pen']));
    expect(memberTerms('can i stop and rest on the run or sit down during the race')).toEqual(expect.arrayContaining(['walking', 'allowed']));
  });
});

describe('nutrition routing (nut20)', () => {
  it('reads a stag do or "how bad is drinking" as alcohol, and eating during the race as in-race fuel', () => {
    expect(memberTerms('mates stag do is 5 days before my race, how bad is drinking')).toContain('alcohol');
    expect(memberTerms('how much should i be drinking during the race, i sweat loads')).not.toContain('alcohol');
    expect(memberTerms('sub 60 goal, do i need to eat anything during the race').join(' ')).not.toMatch(/pre-race meal/);
    expect(memberTerms('what do i eat before the race and during it').join(' ')).toMatch(/pre-race meal/);
  });
});

describe('programming in the member’s words', () => {
  it.each([
    ['still doing crossfit 4x a week, want to add hyrox prep for a race in 10 weeks. what do i swap out', ['translating', 'bridge']],
    ['doing a marathon in april and hyrox in june, how do i train for both', ['marathon', 'same', 'build']],
    ['i play sunday league football and train twice midweek. how do i fit hyrox prep around that', ['interference', 'separated']],
    ["is training twice a day worth it for hyrox or just overkill? i've got time on wednesdays and fridays", ['two', 'sessions', 'one', 'day']],
    ['what order should i do things in a session - run first then stations, or stations first', ['run', 'first', 'lift']],
    ['should my strength work be heavy low reps or lighter circuits for hyrox', ['lifting', 'heavy', 'maintenance']],
    ["how do i breathe during wall balls and burpee broad jumps, i'm gassed by halfway", ['breathe', 'stations']],
  ])('%s', (q, want) => {
    expect(memberTerms(q)).toEqual(expect.arrayContaining(want));
  });

  it('leaves a marathon comparison and running breathing alone', () => {
    expect(memberTerms('is hyrox harder than a marathon?')).not.toContain('build');
    expect(memberTerms('how should i breathe when running, nose or mouth?')).not.toContain('stations');
  });
});

describe('a sled on race carpet', () => {
  it('is the sled’s technique when the member asks how to push or pull, the venue otherwise', () => {
    expect(memberTerms('sled push on carpet feels like pushing a car. body position? short steps or long?')).not.toContain('venues');
    expect(memberTerms('is hyrox on carpet or turf? sleds feel heavier?')).toContain('venues');
    expect(memberTerms('is hyrox indoors? should i train on turf')).toContain('venues');
  });

  it('gives programming asks the title words of their section', async () => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms('how do i combine running and strength in the same week without one killing the other')).toEqual([
      'managing',
      'interference',
    ]);
    expect(memberTitleTerms('should my strength work be heavy low reps or lighter circuits for hyrox')).toEqual(['lifting', 'heavy']);
    expect(memberTitleTerms('how many runs a week for hyrox?')).toEqual([]);
  });
});

describe('a CrossFit week turned towards Hyrox', () => {
  it('is the bridge block only when the member asks what to swap, not whether to change anything', () => {
    expect(memberTerms('I do crossfit 5x a week. do I need to change anything for hyrox in 14 weeks or just add running?')).not.toContain('bridge');
    expect(memberTerms('runs first thing fasted, coffee only, hard sessions in the evening')).not.toContain('lift');
  });
});

describe('how often a station is trained', () => {
  it('gives the title words of the station-sessions section', async () => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms('bbjs are my worst station by miles. thinking of doing them 4-5x a week to fix it fast, good idea?')).toEqual([
      'station',
      'sessions',
    ]);
    expect(memberTitleTerms('how many times per week should i practise the stations themselves')).toEqual(['station', 'sessions']);
    expect(memberTitleTerms('how do i get faster at wall balls')).toEqual([]);
  });
});

describe('a beginner’s first weeks', () => {
  it('gives the beginner base weeks’ title words, not only how long to prepare', async () => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms('complete beginner, first month of hyrox training - what should i do week 1 to 4')).toEqual(['beginner', 'base']);
    expect(memberTitleTerms('complete beginner, how long do i need to prepare for hyrox?')).toEqual([]);
  });
});

describe('memberTerms: racing by effort, the start, team pacing and the race plan', () => {
  it('reads pacing by heart rate or RPE as the race-day effort section', () => {
    expect(memberTerms('can i pace hyrox off heart rate? what zones should i sit in for the runs')).toContain('effort');
    expect(memberTerms('pacing by rpe for hyrox, what should each part feel like out of 10')).toContain('effort');
    expect(memberTerms('what zones should i train in for my easy runs')).not.toContain('effort');
    expect(memberTerms('my threshold runs this week felt so much harder than usual, same 4:50 pace, rpe 8 both times')).not.toContain('effort');
  });

  it('reads going out "way too" fast and going too hard early as the start, and racing the athlete beside you as letting them go', () => {
    expect(memberTerms('went out way too fast on run 1 and blew up by the rower')).toContain('adrenaline');
    expect(memberTerms('how do i know if im going too hard in the first half of hyrox?')).toContain('adrenaline');
    const beside = memberTerms('i keep looking at the guy next to me on the ski and trying to keep up. how do i stop comparing');
    expect(beside).toEqual(expect.arrayContaining(['let', 'people', 'go']));
    expect(memberTerms('the guy next to me at the gym squats double what i do')).not.toContain('adrenaline');
  });

  it('reads mental tips for a station as the cues per station, and counting reps as counting down the sets', () => {
    expect(memberTerms('mental tips for the burpee broad jumps? they destroy me')).toEqual(expect.arrayContaining(['think', 'cues']));
    expect(memberTerms('should i count reps out loud or in my head on the wall balls')).toEqual(
      expect.arrayContaining(['chunking', 'count', 'down']),
    );
    expect(memberTerms('who counts my laps on the run')).not.toContain('chunking');
  });

  it('reads pacing a doubles or relay race as team pacing, and a fitter partner as the fitness gap', () => {
    expect(memberTerms('me and my partner are doing doubles, how do we pace it')).toEqual(expect.arrayContaining(['doubles', 'relay', 'slower']));
    expect(memberTerms('relay team of 4, how should each of us pace our two runs')).toContain('relay');
    expect(memberTerms('doing doubles with my mate who is fitter than me, how do i not feel like im letting him down')).toEqual(
      expect.arrayContaining(['gap', 'slower']),
    );
    expect(memberTerms('how do i pace my 1 km runs')).not.toContain('relay');
  });

  it('reads "when should i start going hard" as when to start pushing, not how hard to go at a station', () => {
    const when = memberTerms('when in the race should i actually start going hard?');
    expect(when).toEqual(expect.arrayContaining(['start', 'pushing']));
    expect(memberTerms('is it better to go hard on the skierg since its first? or save it')).toContain('inside');
  });

  it('reads running out of a station in the race as leaving the station, not a training session', () => {
    expect(memberTerms('how do i run after the sled push, my legs are concrete and i walk the first bit')).toEqual(
      expect.arrayContaining(['leave', 'running', 'effort']),
    );
    expect(memberTerms('how do i get better at running after the sleds')).not.toContain('leave');
    // Walking the first metres of every run is the runs' own pacing, not leaving a station.
    expect(memberTerms('should i walk the first 100m of each run to recover or keep jogging')).not.toContain('leave');
  });

  it('reads the overall game plan of a race as the start and the planned fade, not the best technique of a station', () => {
    expect(memberTerms('1st hyrox, whats the overall gameplan? go steady and finish strong or bank time early?')).toEqual(
      expect.arrayContaining(['discipline', 'fade']),
    );
    expect(memberTerms('whats the best strategy for the sled pull, short fast pulls or long arm pulls')).not.toContain('fade');
  });
});

describe('tennis elbow is a pain, not another sport', () => {
  it('adds no interference-week terms for tennis elbow', () => {
    expect(memberTerms('i have tennis elbow, can i still do wall balls and the sled?')).not.toContain('interference');
    expect(memberTerms('i play tennis twice a week, how do i fit hyrox training around it')).toContain('interference');
  });
});

describe('pacing and running asks → section titles (pace24)', () => {
  it.each([
    ['what should each part of the race FEEL like effort wise? like rpe for the runs vs the stations', ['rpe', 'race']],
    ['out of 10 how hard should i be going on the runs in the race? and the stations?', ['rpe', 'race']],
    ['no watch on me, pacing by feel only. how hard should the runs feel compared to the stations', ['rpe', 'race']],
    ['realistically how much slower is run 8 than run 1 for most people', ['negative', 'split', 'race', 'data', 'average']],
    ['when should i actually start going hard in the race? first one i went out hot', ['pushing']],
    ['crossfitter on 10km a week, how fast can i build my running up without wrecking my shins', ['run', 'volume', 'progression']],
    ['cant run more than about 2km without stopping, how do i build up to 8km??', ['complete', 'beginner', 'prepare', 'run-walk']],
  ])('%j', async (q, words) => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms(q)).toEqual(expect.arrayContaining(words));
  });
  it.each([
    'how hard should my easy runs feel?',
    'how hard should a threshold session feel',
    'how many runs a week for hyrox?',
    'whats the heart rate in the race like in the studies',
  ])('%j is none of them', async (q) => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms(q)).not.toEqual(expect.arrayContaining(['rpe', 'race']));
    expect(memberTitleTerms(q)).not.toContain('progression');
  });
  it('drops the start-of-race terms when the start is only the context of a when-to-push ask', () => {
    expect(memberTerms('when should i actually start going hard in the race? first one i went out hot and totally died on the lunges')).not.toContain(
      'adrenaline',
    );
    expect(memberTerms('i always go out too fast on run 1, how do i stop myself?')).toContain('adrenaline');
  });
});

describe('mental-game asks in members’ words (mental25)', () => {
  it.each([
    ['first hyrox in 10 days and i keep having this fear ill not finish, what if i have to stop halfway', ['time', 'cap', 'walking']],
    ['how do u deal with a bad station mid race? lost like a minute on the sled and was rattled', ['splits', 'slow', 'station']],
    ['whats the point of checking my watch in the race? it stresses me out when im behind', ['splits', 'fixed', 'points']],
    ['how do I stop my brain telling me to walk on run 6? its purely mental', ['slump']],
    ['what do i actually do in the last 15 min before my wave?', ['start-pen', 'routine']],
    ['i keep comparing my splits to my mate during the race', ['own', 'benchmarks']],
    ['8 month build to my first hyrox and im already losing motivation', ['habit', 'if-then']],
    ['bombed my race on saturday, 15 mins slower than my sim. what now?', ['bad', 'review']],
    ['honestly im kind of gutted, thought id go under 1:40. how do i look at it without beating myself up', ['bad', 'review']],
    ['first race is next month and im scared ill come dead last', ['nervous', 'nerves']],
    ['whats the best way to think about the race as a whole so it doesnt feel overwhelming', ['chunking']],
    ['first ever race in 2 weeks, what mental stuff should i prepare?', ['practising', 'mental', 'skills']],
  ])('%j', (q, want) => {
    expect(memberTerms(q)).toEqual(expect.arrayContaining(want));
  });
  it('reads "ill not" as I will not, not an illness', () => {
    expect(memberTerms('scared ill not finish my first hyrox')).not.toContain('missed');
  });
  it.each([
    ['how do u deal with a bad station mid race?', ['splits', 'during']],
    ['whats the point of checking my watch in the race?', ['splits', 'during']],
    ['what do i do in the last 15 min before my wave?', ['pen', 'routine']],
    ['what if i cant finish and have to stop halfway?', ['time', 'cap']],
  ])('%j → the title words of its mental-skills section', async (q, words) => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms(q)).toEqual(expect.arrayContaining(words));
  });
  it('leaves the watch set-up and the wave size alone', async () => {
    const { memberTitleTerms } = await import('./topics.js');
    expect(memberTitleTerms('how do i set up my garmin watch for hyrox?')).not.toContain('splits');
    expect(memberTitleTerms('how many people start in a wave?')).not.toContain('routine');
  });
});

describe('programming asks and the section that answers them', () => {
  it.each([
    ['should i train twice a day to get ready for hyrox? race is in 6 weeks and i feel behind', ['missed', 'sessions']],
    ['give me a threshold run session i can do on the treadmill', ['template', 'threshold']],
  ])('%s → %j', (q, words) => {
    expect(memberTitleTerms(q)).toEqual(expect.arrayContaining(words));
  });
  it('keeps the two-sessions section for a double day asked about on its own', () => {
    expect(memberTitleTerms('is training twice a day worth it?')).not.toContain('missed');
    expect(memberTerms('is training twice a day worth it?')).toContain('morning');
  });
  it('sends a 5 km or 10 km to improve to the sessions with paces, and a treadmill session ask away from the treadmill FAQ', () => {
    expect(memberTerms('5k is 25 mins, want to get under 22 before my hyrox. how do i train for that')).toContain('threshold');
    expect(memberTerms('how do i improve my 10k time for hyrox')).toContain('paces');
    expect(memberTerms('give me a threshold run session i can do on the treadmill')).not.toContain('treadmill');
    expect(memberTerms('treadmill or outside for my runs?')).toContain('treadmill');
  });
});

describe('memberTerms: mental game in members words', () => {
  it.each([
    [
      'every race i get carried away at the start with everyone sprinting. how do i hold back when the adrenalin kicks in??',
      ['pacing', 'discipline', 'adrenaline'],
    ],
    ['how do i stay focused during the stations? my mind just wanders and i lose count', ['think', 'station', 'cues']],
    ['lost all motivation to train, i keep skipping sessions since my mate dropped out. help', ['training', 'partner', 'alone']],
    ['im more worried about the mental side than the fitness. where do i even start with mental prep', ['practising', 'imagery']],
    ['does mental prep actually matter for hyrox or is it all fitness', ['why', 'mental', 'skills', 'matter']],
  ])('%s', (q, terms) => {
    expect(memberTerms(q)).toEqual(expect.arrayContaining(terms));
  });
  it('skipping sessions after a partner dropped out is not over-reaching', () => {
    expect(memberTerms('lost all motivation to train, i keep skipping sessions since my mate dropped out')).not.toContain('over-reaching');
  });
  it('whether the head matters is not the first-timer nerves routine', () => {
    expect(memberTerms('does mental prep actually matter for hyrox or is it all fitness')).not.toContain('relabel');
  });
});
