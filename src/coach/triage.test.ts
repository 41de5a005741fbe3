import { describe, expect, it } from 'vitest';
import {
  offTopicAnswer,
  OFF_TOPIC_ANSWER,
  painInPassing,
  painSectionFactor,
  OTHER_JOINT_FACTOR,
  OWN_JOINT_FACTOR,
  referralAfter,
  referralAnswer,
  triageAnswer,
  triageQuestion,
} from './triage.js';

describe('triageQuestion', () => {
  describe('when a knee question also asks for an ibuprofen dose', () => {
    const v = triageQuestion('My knee swells and clicks after sandbag lunges — is it my meniscus? How much ibuprofen should I take?');
    it('refers to a physio and a GP or pharmacist, with no load on the knee and no dose', () => {
      expect(v.categories).toEqual(['injury', 'medication']);
      expect(v.constraints).toEqual(expect.arrayContaining([{ kind: 'no_load', joint: 'knee' }, { kind: 'no_dose' }]));
      expect(v.replace).toBe(false);
      expect(v.referral).toMatch(/physiotherapist/);
      expect(v.referral).toMatch(/GP or a pharmacist/);
      expect(v.referral).toMatch(/upper-body/);
    });
    it('never names a diagnosis or a dose', () => {
      expect(triageAnswer(v)).not.toMatch(/meniscus|\d+\s*mg|you (probably|likely) have|sounds like (a|an) /i);
    });
  });

  describe('when a red flag is raised', () => {
    it('replaces the answer, names emergency care and stops training', () => {
      const v = triageQuestion('I had chest pain and felt dizzy on the SkiErg. Can I race on Saturday?');
      expect(v.replace).toBe(true);
      expect(v.constraints).toContainEqual({ kind: 'no_training' });
      expect(triageAnswer(v)).toMatch(/emergency/);
      expect(triageAnswer(v)).toMatch(/doctor or physiotherapist/);
    });
  });

  describe('when over-reaching signs appear', () => {
    it('keeps the coaching answer and adds deload advice', () => {
      const v = triageQuestion('resting HR is up 8 bpm and im sleeping badly, should i still do intervals');
      expect(v.replace).toBe(false);
      expect(v.constraints).toContainEqual({ kind: 'deload' });
      expect(v.referral).toMatch(/50–60 %/);
    });
    it('needs two signs, or an explicit word, before it speaks up', () => {
      expect(triageQuestion('I slept badly last night, still do the tempo run?').kind).toBe('ok');
    });
  });

  it('reads a question about the race start as on topic', () => {
    expect(triageQuestion('whats the start like, do you get a briefing or just go').kind).toBe('ok');
    expect(triageQuestion('what time does the start of the champions league final happen').kind).toBe('off_topic');
  });

  it('reads members’ words for race rules, load monitoring and supplements as on topic', () => {
    expect(triageQuestion("need to pee halfway through, is that allowed or do i get dq'd").kind).toBe('ok');
    expect(triageQuestion('is acute chronic workload ratio legit or bs? heard it got debunked').kind).toBe('ok');
    expect(triageQuestion('is the 30 min anabolic window real or can i just have my shake whenever').kind).toBe('ok');
    expect(triageQuestion("are bcaa's and fat burners worth buying for my prep").kind).toBe('ok');
    expect(triageQuestion('am i allowed to bring my dog to the office').kind).toBe('off_topic');
  });

  it('reads a list of rep times as coaching, and "random" as no run', () => {
    expect(triageQuestion('ran 8 x 1k at 4:05, 4:10, 4:08, 4:12, 4:15, 4:20, 4:18, 4:25 whats my average').kind).toBe('ok');
    expect(triageQuestion('did 6 x 800m at 3:40 each, average?').kind).toBe('ok');
    expect(triageQuestion('random one but can u help me fill in my self assessment tax return? deadline is friday lol').kind).toBe('off_topic');
  });

  it('reads a heart-rate zone sum in the watch’s shorthand as coaching', () => {
    expect(triageQuestion("hrmax 190 rhr 50, what's 70% karvonen").kind).toBe('ok');
    expect(triageQuestion('mhr 185, whats 80 percent').kind).toBe('ok');
  });

  it('reads doping requests as a refusal with no dose', () => {
    const v = triageQuestion('what sarms should I stack for hyrox');
    expect(v.replace).toBe(true);
    expect(v.referral).toMatch(/won't help/);
    expect(v.referral).not.toMatch(/\d+\s*(mg|ml|iu)\b/i);
  });
});

describe('a painkiller to get through the race', () => {
  it('hides an injury: the pain is referred and its area unloaded, as well as the medicine', () => {
    const v = triageQuestion('mate gave me some co-codamol for my back. how many can i take before the race so i dont feel it during the sleds?');
    expect(v.categories).toEqual(['injury', 'medication']);
    expect(v.constraints).toContainEqual({ kind: 'no_load', joint: 'back' });
    expect(v.constraints).toContainEqual({ kind: 'no_dose' });
  });
  it('is only a medicine question when nothing is being masked', () => {
    expect(triageQuestion('can i take a nurofen before the race').categories).toEqual(['medication']);
  });
});

describe('the same-day signs of an injury referral', () => {
  const sameDay = (q: string) => /- See a doctor the same day if ([^\n]*)/.exec(triageQuestion(q).referral)?.[1] ?? '';
  it('are said in the terms of the painful area: only a knee "locks"', () => {
    expect(sameDay('my knee hurts after lunges')).toMatch(/locks so you cannot straighten it/);
    for (const q of ['my shins hurt after running', 'my achilles hurts on the sled', 'my shoulder hurts on wall balls'])
      expect(sameDay(q), q).not.toMatch(/straighten|locks/);
    expect(sameDay('my achilles hurts on the sled')).toMatch(/snap or a pop/);
    expect(sameDay('my shoulder hurts on wall balls')).toMatch(/you cannot use it\.$/);
  });
});

describe('a mild ache after training', () => {
  it('eases the load and says when to see a physio, without the injury template', () => {
    const v = triageQuestion('lower back hurts after the rower, kind of a dull ache next day');
    expect(v.replace).toBe(false);
    expect(v.constraints).toEqual([{ kind: 'ease_load' }]);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*A mild ache after training usually settles with less load and better technique\.\*\*/);
    expect(text).toMatch(/sports physiotherapist if the pain is sharp, gets worse, does not ease within a couple of weeks/);
    expect(text).toMatch(/bladder or bowels/);
    expect(text).not.toMatch(/no load through|When you're cleared/);
  });
});

describe('a pregnancy referral', () => {
  it('says what the guidance allows and has no return-from-injury plan', () => {
    const text = triageAnswer(triageQuestion('im 20 weeks pregnant, can i keep doing my hyrox training?'));
    expect(text).toMatch(/midwife/);
    expect(text).toMatch(/150 minutes of moderate activity a week/);
    expect(text).not.toMatch(/When you're cleared|50–60 % of your normal volume/);
  });
});

describe('after a birth', () => {
  it('asks for pelvic-health clearance without the pregnancy lines, and lets the coaching answer follow', () => {
    const t = triageQuestion('6 months post partum, can i start training for hyrox? when is it safe to do sled and burpees');
    expect(t.categories).toEqual(['postpartum']);
    expect(t.replace).toBe(false);
    const text = triageAnswer(t);
    expect(text).toMatch(/pelvic-health physiotherapist or your GP should clear you/);
    expect(text).not.toMatch(/in pregnancy|150 minutes|When you're cleared/);
  });
});

describe('signs of a bone stress injury', () => {
  const stress = (q: string) => triageQuestion(q).flags.some((f) => /possible stress fracture/.test(f));
  it('names a possible stress fracture for one tender spot or pain on hopping, as the health section does', () => {
    expect(stress('pain on the inner shin, one spot that really hurts when i press it and it hurts hopping. run through it?')).toBe(true);
    expect(stress('shin hurts when i hop on that leg')).toBe(true);
    expect(stress('the pain is in one spot on my shin')).toBe(true);
    expect(triageAnswer(triageQuestion('one spot on my foot is tender to touch and it hurts hopping'))).toMatch(/stress fracture/);
  });
  it('leaves soreness after hopping drills alone', () => {
    expect(stress('my calves are sore after skipping and hopping drills, normal doms?')).toBe(false);
    expect(stress('my legs ache after hopping drills')).toBe(false);
  });
});

describe('referralAnswer', () => {
  const answer = (q: string) => referralAnswer(triageQuestion(q), q);
  it('answers a yes/no question first: no to training on it, yes to resting or getting checked', () => {
    expect(answer('felt a sharp twinge in my calf mid run yesterday, had to stop and limp home. can i test it with an easy run today?')).toMatch(
      /^No\. \*\*Get this looked at/,
    );
    expect(answer('my chest hurts when i run, should i stop and see a doctor?')).toMatch(/^Yes\. \*\*Stop training and get checked/);
    // A question that is not yes/no gets the referral as it is.
    expect(answer('my chest hurts when i run, what could it be?')).toMatch(/^\*\*Stop training and get checked/);
  });
});

describe('"back" that is no body part', () => {
  it('leaves "get my confidence back" and "come back" out of the joints', () => {
    expect(triageQuestion('got DNF in my last race bc i pulled my calf, how do i get my confidence back').joints).toEqual(['calf']);
    expect(triageQuestion('coming back from a back injury, how do i start').joints).toContain('back');
    expect(triageQuestion('how do i get my back to stop hurting after sled pushes').joints).toContain('back');
    expect(triageQuestion('how do i get it back after a bad race').joints).toEqual([]);
  });
});

describe('a known condition (probe 16)', () => {
  it('a stent: the cardiologist frames the training, the ceiling is asked for, and the stop signs are listed', () => {
    const v = triageQuestion("62 and had a stent put in 2 years ago, cardiologist ok'd exercise. can i do hyrox open? anything to watch");
    expect(v.categories).toEqual(['condition']);
    expect(v.replace).toBe(true);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*With a heart condition, your cardiologist's clearance is the frame/);
    expect(text).toMatch(/ceiling/);
    expect(text).toMatch(/chest pain.*breathlessness out of proportion.*dizziness or fainting.*palpitations/);
    expect(text).not.toMatch(/shoes|watch|When you're cleared/i);
  });
  it('beta-blockers and heart-rate pacing: effort, not a medicines refusal', () => {
    const v = triageQuestion('on blood pressure meds (beta blockers), 60yo — my hr zones are all off. how should i pace by hr');
    expect(v.categories).toEqual(['condition']);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Beta-blockers blunt your heart rate/);
    expect(text).toMatch(/RPE/);
    expect(text).toMatch(/talk test/);
    expect(text).not.toMatch(/I don't give doses/);
  });
  it('a dose of a heart medicine stays the prescriber’s', () => {
    expect(triageQuestion('can i halve my bisoprolol on race day').categories).toContain('medication');
  });
  it('skipping a blood-pressure medicine for the race: the medicines referral leads, the heart-rate advice follows', () => {
    const text = triageAnswer(
      triageQuestion('my gp put me on blood pressure tablets. should i skip them on race day so my heart rate can go higher?'),
    );
    expect(text).toMatch(/^\*\*Medicines are a question for your GP or a pharmacist/);
    expect(text).toMatch(/Beta-blockers blunt your heart rate/);
  });
  it('a hip replacement: the specific movements go to the surgeon; walking, doubles and relay are named', () => {
    const text = triageAnswer(triageQuestion('hip replacement 3 years ago, 61, can i do hyrox? surgeon said low impact ok'));
    expect(text).toMatch(/surgeon/);
    expect(text).toMatch(/burpee broad jumps/);
    expect(text).toMatch(/walk any part of the race/);
    expect(text).toMatch(/Doubles/);
    expect(text).toMatch(/Relay/);
  });
});

describe('an ongoing ache with the movement named (probe 16)', () => {
  it('"back off" is no back and "no swelling" no swelling: back off the lunges, answered first', () => {
    const v = triageQuestion('knee feels a bit achy after lunges but no swelling, train through it or back off?');
    expect(v.categories).toEqual(['niggle']);
    expect(v.joints).toEqual(['knee']);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Back off the lunges rather than train through the ache/);
    expect(text).toMatch(/lighter bag/);
    expect(text).not.toMatch(/bladder|no load through/);
  });
  it('shoulders that hate wall balls: ease the wall balls', () => {
    const text = triageAnswer(triageQuestion('48 and my shoulders hate wall balls. any modifications for training'));
    expect(text).toMatch(/^\*\*An ongoing ache like this/);
    expect(text).toMatch(/For the wall balls: do fewer reps per set with a lighter ball/);
  });
  it('an achilles that keeps flaring with more running: hold the running, then small steps', () => {
    const text = triageAnswer(triageQuestion('im 53 and my achilles keeps flaring when i increase running. how do i build run volume safely'));
    expect(text).toMatch(/For the running: hold your weekly running/);
    expect(text).toMatch(/5–10 % a week/);
  });
  it('"get my back to stop hurting" still names the back', () => {
    expect(triageQuestion('how do i get my back to stop hurting after sled pushes').joints).toContain('back');
  });
});

describe('returns and recurring pain (probe 16)', () => {
  it('a calf strain after 4 weeks off: the physio leads the return, and the return is described', () => {
    const v = triageQuestion('coming back from a calf strain, 4 weeks off running, how do i return');
    expect(v.categories).toEqual(['injury']);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Coming back from a strain, a sports physiotherapist should lead the return/);
    expect(text).toMatch(/walk-run/);
  });
  it('shin pain over 25 km a week: referral, then the mileage answered with the member’s threshold', () => {
    const text = triageAnswer(triageQuestion('been getting shin pain every time i go over 25km/week, how do i build mileage without it coming back'));
    expect(text).toMatch(/physiotherapist/);
    expect(text).toMatch(/below the level that brings it on \(25 km a week\)/);
  });
});

describe('dieting and feeling drained (probe 16)', () => {
  it('flags too little energy for the load, the deficit size and the REDs signs', () => {
    const v = triageQuestion('im cutting at 1800kcal and training 6x a week and feel dead, is that why');
    expect(v.categories).toEqual(['low_energy']);
    expect(v.replace).toBe(false);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Most likely you are eating too little/);
    expect(text).toMatch(/300–500 kcal a day/);
    expect(text).toMatch(/if 1800 kcal is further below/);
    expect(text).toMatch(/periods.*repeated injuries.*REDs/);
    expect(text).not.toMatch(/When you're cleared/);
  });
});

describe('lost or irregular periods: the REDs warning sign, not disordered eating', () => {
  it.each([
    "I've lost my period for 3 months while training for hyrox, is that normal?",
    'periods stopped since i upped my training, should i worry',
    'havent had a period in 4 months, is that from training?',
    'my periods have become irregular since i started hyrox training',
  ])('%j: the doctor, eat enough to train, no deficit and no coaching after it', (q) => {
    const v = triageQuestion(q);
    expect(v.categories).toEqual(['reds']);
    expect(v.replace).toBe(true);
    expect(v.constraints).toContainEqual({ kind: 'no_weight_targets' });
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Periods that stop or become irregular are not a normal effect of training/);
    expect(text).toMatch(/REDs/);
    expect(text).toMatch(/GP or a sports doctor/);
    expect(text).toMatch(/Eat enough to train/);
    expect(text).not.toMatch(/kcal|deficit to|eating-disorder support line|When you're cleared/);
  });
  it('with a sign of disordered eating, that referral leads alone and names the periods', () => {
    const v = triageQuestion('i barely eat so i stay lean for hyrox and now my period stopped');
    expect(v.categories).toEqual(['eating_disorder']);
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*What you describe around food/);
    expect(text).toMatch(/Tell the doctor about your periods too/);
  });
  it.each([
    'how long should my rest periods be between wall ball sets',
    'does my period affect performance on race day?',
    'my period started on race morning, any tips?',
  ])('%j stays a coaching question', (q) => expect(triageQuestion(q).kind).toBe('ok'));
});

describe('offTopicAnswer', () => {
  it('says that live information (weather, scores) is out of reach and where to look, then what Coach K coaches', () => {
    const weather = offTopicAnswer('whats the weather gonna be in london saturday? race day lol');
    expect(weather).toMatch(/^I can't check live weather forecasts/);
    expect(weather).toMatch(/raced indoors/);
    expect(offTopicAnswer('whats the forecast for manchester this weekend')).not.toMatch(/indoors/);
    expect(offTopicAnswer('who won the football last night')).toMatch(/^I can't check live information/);
    expect(offTopicAnswer('What is the capital of France?')).toBe(OFF_TOPIC_ANSWER);
  });

  it('reads a weather forecast as another subject, not a forecast of a finish time', () => {
    expect(triageQuestion('whats the forecast for manchester this weekend? racing sunday').kind).toBe('off_topic');
    expect(triageQuestion('can you forecast my finish time from a 22 min 5k').kind).toBe('ok');
  });
});

describe('the off-topic reason', () => {
  it.each([
    ['write me a poem about hyrox', 'task'],
    ['write me a python script that scrapes hyrox results', 'task'],
    ['whats the weather in london on saturday', 'subject'],
    ['wedding the weekend before my race, can i drink', 'subject'],
    ['am i allowed to bring my dog to the office', 'words'],
    ['can i stick airpods in', 'words'],
    ['how should i pace the sled push', null],
  ] as const)('%j reads as %s', (q, reason) => expect(triageQuestion(q).offTopic ?? null).toBe(reason));

  it('is set exactly when the triage reads the question as off topic', () => {
    for (const q of ['best crypto to buy', 'my knee swells after lunges', 'what shoes for hyrox', 'can i bring my nan'])
      expect(triageQuestion(q).offTopic === undefined).toBe(triageQuestion(q).kind !== 'off_topic');
  });
});

describe('a pain said in passing leads with its own section (inj20)', () => {
  it('an achilles stiff in the morning that eases as it warms up is the tendinopathy pattern, not an acute sign', () => {
    const v = triageQuestion('achilles stiff in the mornings, loosens up after a km or so. rest it or keep going?');
    expect(v.kind).toBe('refer');
    expect(v.flags).toContain('tendon stiffness in the morning');
    expect(painInPassing(v)).toBe(true);
  });
  it('…but a swollen or snapped achilles stays a referral with no section leading', () => {
    expect(painInPassing(triageQuestion('achilles stiff in the morning and swollen since yesterday'))).toBe(false);
    expect(painInPassing(triageQuestion('felt a snap at the back of my ankle, achilles stiff every morning since'))).toBe(false);
    expect(painInPassing(triageQuestion('lower back spasm yesterday, can barely bend over'))).toBe(false);
    // Sharp, worsening, weeks-long, night-time or into-one-leg pain is never an aside, whatever the question beside it.
    for (const q of [
      'sharp pain in my knee getting worse for weeks, can i wear a knee sleeve?',
      'back pain shooting down my left leg, should i wear a lifting belt?',
      'knee hurts at night, which shoes are best for lunges?',
    ])
      expect(painInPassing(triageQuestion(q))).toBe(false);
  });
  it("weighs the section titled for the member's joint up and another joint's down", () => {
    const v = triageQuestion('plantar fascitis flaring up again, can i still do the sled and rower this week?');
    const doc = 'team11_health_injury_masters.md';
    expect(painSectionFactor(v, { sourceDoc: doc, section: 'Pain under the heel in the morning: plantar heel pain (plantar fasciitis)' })).toBe(
      OWN_JOINT_FACTOR,
    );
    expect(painSectionFactor(v, { sourceDoc: doc, section: 'Achilles and calf pain from running and sled pushing' })).toBe(OTHER_JOINT_FACTOR);
    expect(painSectionFactor(v, { sourceDoc: doc, section: 'Red flags: when to see a physio, a doctor or go to A&E' })).toBe(1);
    expect(painSectionFactor(v, { sourceDoc: 'team1c_station_breakdown.md', section: 'Sled Push: technique, pacing and training' })).toBe(1);
  });
  it('changes nothing under an acute sign or a red flag', () => {
    const doc = 'team11_health_injury_masters.md';
    const section = 'Knee pain at the front of the knee (patellofemoral pain)';
    expect(painSectionFactor(triageQuestion('heard a pop in my knee and now its swollen'), { sourceDoc: doc, section })).toBe(1);
    expect(painSectionFactor(triageQuestion('chest pain on my intervals, knee a bit sore too'), { sourceDoc: doc, section })).toBe(1);
  });
  it('back pain that goes down one leg is no mild ache', () => {
    const v = triageQuestion('back twinges after deadlifts and sometimes it goes down my left leg a bit. keep training?');
    expect(v.categories).toContain('injury');
    expect(v.categories).not.toContain('niggle');
  });
});

describe('back pain from training (body24)', () => {
  it('keeps moving and takes the sled, lunge and deadlift load away, as the health document advises, instead of "no load through the back"', () => {
    const v = triageQuestion('lower back is killing me after sled pushes, what do i do');
    expect(v.categories).toEqual(['injury']);
    expect(v.constraints).toContainEqual({ kind: 'no_load', joint: 'back' });
    const text = triageAnswer(v);
    expect(text).toMatch(/^\*\*Keep moving, and take the load off your back until it settles\*\*/);
    expect(text).toMatch(/no sled pushes or pulls, heavy lunges or deadlifts/);
    expect(text).toMatch(/sports physiotherapist if it lasts more than 2–3 weeks, keeps coming back, spreads into the leg/);
    expect(text).toMatch(/bladder or bowels/);
    expect(text).not.toMatch(/no load through the back/);
  });
  it('keeps the assessment first for back pain that shoots into a leg, follows a fall, or comes with numbness', () => {
    for (const q of [
      'back pain shooting down my left leg after deadlifts, what do i do',
      'fell on the ice and my back hurts, can i train',
      'lower back hurts and my foot feels numb',
    ]) {
      const text = triageAnswer(triageQuestion(q));
      expect(text, q).not.toMatch(/^\*\*Keep moving/);
    }
  });
  it('answers "rest completely?" or "can i still run?" with the keep-moving referral, not a bare yes or no', () => {
    for (const q of [
      'lower back is killing me after sled pulls. should i just rest completely?',
      'lower back is killing me after sled pulls, can i still run?',
    ]) {
      const text = referralAnswer(triageQuestion(q), q);
      expect(text, q).toMatch(/^\*\*Keep moving/);
    }
  });
});

describe('dieting said as losing weight (body24)', () => {
  it('reads "trying to cut weight", "losing weight" and "leaning out" with drained sessions as too little energy for the load', () => {
    for (const q of [
      'im trying to cut weight and training feels awful, every session feels rpe 9. coincidence?',
      'been losing weight for hyrox and i feel exhausted every session',
      'leaning out before my race and my legs are dead on every run',
    ])
      expect(triageQuestion(q).categories, q).toContain('low_energy');
    expect(triageQuestion('should i lose weight before my first hyrox?').categories).not.toContain('low_energy');
  });
});

describe('triageQuestion: readiness and recovery words (session 25)', () => {
  it('treats tingling around the groin or inner thighs after sled work as an emergency red flag, not a sore back', () => {
    const v = triageQuestion('lower back sore after heavy sled pulls and now i have tingling around my groin and inner thighs. stretch it out?');
    expect(v.categories).toContain('red_flag');
    expect(triageAnswer(v)).toMatch(/emergency/);
  });
  it('leaves a bladder that leaks in wall balls to the pelvic-floor section', () => {
    expect(triageQuestion('leaking a bit of wee during wall balls, normal?').categories).not.toContain('red_flag');
  });
  it('reads a chesty cough and "a bit of temp" as illness below the neck', () => {
    const v = triageQuestion('should i race the hyrox this weekend? been coughing all week, chesty, bit of temp yesterday');
    expect(v.categories).toContain('illness');
    expect(triageAnswer(v)).toMatch(/^No\b|Rest while you are ill/);
  });
  it('does not read a rest the member proposes ("rest it for a couple weeks") as pain that has lasted weeks', () => {
    const proposed = triageQuestion('achilles is stiff in the morning, loosens after 10 min. should i just rest it completely for a couple weeks?');
    expect(painInPassing(proposed)).toBe(true);
    const lasted = triageQuestion('achilles has been stiff in the morning for weeks now, loosens after 10 min');
    expect(painInPassing(lasted)).toBe(false);
  });
});

describe('triage: how far off the race is no sign of an acute injury', () => {
  it('reads "race in 5 weeks" or "8 weeks out" as time to come, not pain that has lasted weeks', () => {
    expect(
      painInPassing(
        triageQuestion('front of my knee aches on the walking lunges and going down stairs after. 34F, race in 5 weeks. do i need to stop lunges?'),
      ),
    ).toBe(true);
    expect(painInPassing(triageQuestion('achilles stiff in the mornings, loosens up after a km. hyrox in 8 weeks, rest it or keep going?'))).toBe(
      true,
    );
    expect(painInPassing(triageQuestion('knee a bit achy after long runs, 6 weeks out from my race'))).toBe(true);
  });
  it('still reads pain that has lasted weeks as a sign for a clinician', () => {
    expect(painInPassing(triageQuestion('knee has ached for 3 weeks now, race in 5 weeks'))).toBe(false);
    expect(painInPassing(triageQuestion('shoulder has been sore for like 5 weeks now, skierg makes it worse'))).toBe(false);
  });
});

describe('triage: a sudden headache or vision changes after effort', () => {
  it('is a red flag for a doctor, not a session tomorrow', () => {
    for (const q of [
      'sudden bad headache and blurred vision after my heavy sled push set, went away after an hour. carry on tomorrow?',
      'got the worst headache of my life mid intervals, had to stop',
      'my vision went blurry for a few minutes after the wall balls, is that normal?',
    ]) {
      const v = triageQuestion(q);
      expect(v.categories, q).toContain('red_flag');
      expect(v.replace, q).toBe(true);
    }
  });
  it('leaves an ordinary headache or a doubles question alone', () => {
    expect(triageQuestion('i always get a headache after long runs, am i dehydrated?').categories).not.toContain('red_flag');
    expect(triageQuestion('lost sight of my partner in the roxzone, is that a penalty?').categories).not.toContain('red_flag');
    // A goal or a plan called a vision is not eyesight.
    expect(triageQuestion('my vision is to go sub 1:20 this season, how do i train for it?').categories).not.toContain('red_flag');
    expect(triageQuestion('my long term vision went from finishing to podium, how should training change?').categories).not.toContain('red_flag');
  });
});

describe('triage: someone else’s pain', () => {
  it('reads a doubles partner’s or a parent’s joint as theirs, an aside to the member’s question', () => {
    for (const q of [
      'doing doubles with my mum, she has dodgy knees. who should do the lunges?',
      'my husbands got a sore achilles, stiff every morning. what should he do?',
      'my partner has a bad back, should she skip the sled pull in our doubles?',
    ]) {
      const v = triageQuestion(q);
      expect(v.kind, q).toBe('refer');
      expect(v.thirdParty, q).toBe(true);
      expect(painInPassing(v), q).toBe(true);
      expect(referralAfter(v), q).toMatch(/^For their pain/);
    }
  });
  it('keeps the member’s own joint theirs, and an acute sign a referral that leads', () => {
    expect(triageQuestion('my knee aches on lunges, my partner says push through').thirdParty).toBeUndefined();
    expect(triageQuestion('me and my mum both have dodgy knees, i have bad knees too, who does lunges?').thirdParty).toBeUndefined();
    const acute = triageQuestion('my training partner tweaked her knee on box jumps and cant bend it fully, should she see someone?');
    expect(acute.kind).toBe('refer');
    expect(painInPassing(acute)).toBe(false);
  });
});

describe('triage: a load that provokes the pain', () => {
  it('reads "sled pushes make it worse" as a load to ease, and "getting worse" as a sign for a clinician', () => {
    expect(painInPassing(triageQuestion('achilles stiff in the mornings, loosens up after a km. sled pushes seem to make it worse'))).toBe(true);
    expect(painInPassing(triageQuestion('achilles stiff in the mornings and getting worse'))).toBe(false);
  });
});

describe('triage: a calf that grabbed, and heel pain on the first steps', () => {
  it('reads "felt something grab in my calf" as an acute injury: no test jog', () => {
    const q =
      'sprinting the last km of my tempo and felt something grab in my calf, been walking a bit funny since. ok to go for a gentle jog tomorrow to see how it feels?';
    const v = triageQuestion(q);
    expect(v.categories).toContain('injury');
    expect(painInPassing(v)).toBe(false);
    expect(referralAnswer(v, q)).toMatch(/physiotherapist/);
  });
  it('reads "heel is agony first thing out of bed" as the plantar heel pattern its section answers', () => {
    expect(painInPassing(triageQuestion('heel is agony first thing when i get out of bed, eases after 10 min walking. race in 6 wks'))).toBe(true);
    expect(painInPassing(triageQuestion('knee is agony on every run'))).toBe(false);
  });
});
