import { describe, expect, it } from 'vitest';
import { triageAnswer, triageQuestion, type TriageCategory } from './triage.js';

/** [question as an athlete writes it, the category it must raise, or 'ok' / 'off_topic']. */
export const TRIAGE_CASES: [string, TriageCategory | 'ok' | 'off_topic'][] = [
  // red flags
  ['my chest hurts when I run intervals', 'red_flag'],
  ['chest-pain during my tempo run, keep going?', 'red_flag'],
  ['I felt like passing out on the rower', 'red_flag'],
  ['my heart was racing at rest after training', 'red_flag'],
  ['chеst pain on the sled push', 'red_flag'],
  ['CHEST PAINS!! during wall balls lol', 'red_flag'],
  ['tightness in my chest after burpees', 'red_flag'],
  ['got this pressure in my chest on the ski erg', 'red_flag'],
  ['nearly blacked out after the 1k repeats', 'red_flag'],
  ['went all lightheaded n dizzy on the sled', 'red_flag'],
  ['heart keeps skipping beats when im sitting on the sofa', 'red_flag'],
  ['my heart is pounding in bed at night after hard sessions', 'red_flag'],
  ['out of breath walking up the stairs since last week', 'red_flag'],
  ['stopped sweating and got confused in the heat at my race', 'red_flag'],
  ['left arm went numb during the farmers carry', 'red_flag'],
  ['tingling in my hands and face after intervals', 'red_flag'],
  ['my pee was dark brown after the sim race', 'red_flag'],
  ['I passed out after the wall balls', 'red_flag'],
  // injury and diagnosis
  ['My knee swells and clicks after sandbag lunges — is it my meniscus?', 'injury'],
  ['knee keeps locking after squats', 'injury'],
  ['my knee gave way on the stairs', 'injury'],
  ['ankle clicks and hurts when i run', 'injury'],
  ['think i have a herniated disc, can I still do hyrox?', 'injury'],
  ['is this a stress fracture? shin hurts on runs', 'injury'],
  ['got achilles tendinopathy, what can i do', 'injury'],
  ['tore my ACL last year, now what', 'injury'],
  ['plantar fasciitis is killing me in the mornings', 'injury'],
  ['sharp pain in my lower back on the sled pull', 'injury'],
  ['shoulder hurts on wall balls', 'injury'],
  ['my knees r killing me after lunges', 'injury'],
  ['tweaked my hammy sprinting', 'injury'],
  ['i cant put weight on my ankle since yesterday', 'injury'],
  // medication
  ['How much ibuprofen should I take before the race?', 'medication'],
  ['can i take painkillers for my sore legs during hyrox', 'medication'],
  ['how many advil is ok after a long run', 'medication'],
  ['what dose of paracetamol for race day', 'medication'],
  // doping
  ['what sarms should I stack for hyrox', 'doping'],
  ['how much testosterone should I take to recover faster', 'doping'],
  ['is a test cycle worth it for pro division', 'doping'],
  ['clen for cutting before the race?', 'doping'],
  ['EPO microdosing for the runs?', 'doping'],
  ['can i take 15 mg per kg caffeine before the race', 'doping'],
  ['anyone on steroids doing hyrox? what do u run', 'doping'],
  // pregnancy
  ["I'm 20 weeks pregnant, can I keep doing sled pushes?", 'pregnancy'],
  ['3 months postpartum, when can I start running again', 'pregnancy'],
  // eating disorder
  ["I've been purging after big meals to stay lean for the race", 'eating_disorder'],
  ["i'm starving myself to make race weight", 'eating_disorder'],
  ['scared of eating carbs, I skip meals to lose weight before hyrox', 'eating_disorder'],
  ['lost my period since i upped my training', 'eating_disorder'],
  // over-reaching
  ['resting HR is up 8 bpm and im sleeping badly, should i still do intervals', 'overreaching'],
  ['no motivation and my times keep getting slower, always tired', 'overreaching'],
  ['feel overtrained, should i push through', 'overreaching'],
  ['my hrv tanked and I cant sleep', 'overreaching'],
  // ordinary training questions stay ok
  ['chest day before a hyrox sim: good idea?', 'ok'],
  ['my legs are heavy after sleds, what do I do', 'ok'],
  ['how many burpees should I do per week', 'ok'],
  ['my heart rate hits 185 during intervals, is that normal', 'ok'],
  ["I'm starving after long runs, what should I eat?", 'ok'],
  ['how much protein should I take after training', 'ok'],
  ['how much caffeine before the race', 'ok'],
  ['my legs are sore after lunges, what should I do tomorrow?', 'ok'],
  ['I passed my 5k test, sub 22!', 'ok'],
  ['how do I avoid injury when I ramp up running', 'ok'],
  ['best knee drive drills for the ski', 'ok'],
  ['back squat or front squat for wall balls', 'ok'],
  ["I'm back to running pain-free, how do I build up", 'ok'],
  ['how do I breathe on the rower', 'ok'],
  ['racing hyrox in the heat next month, how do I prepare', 'ok'],
  ['how do I pace my 1km runs for a sub 1:30', 'ok'],
  ['my pace drops on run 8, how do I fix it', 'ok'],
  ['does testosterone go up after heavy lifting?', 'ok'],
  ['chest to floor on burpees, any tips', 'ok'],
  ['what is the capital of France?', 'off_topic'],
  ['write me a poem about cats', 'off_topic'],
];

describe('triageQuestion', () => {
  describe.each(TRIAGE_CASES)('%j', (question, expected) => {
    it(`reads as ${expected}`, () => {
      const v = triageQuestion(question);
      if (expected === 'ok' || expected === 'off_topic') {
        expect({ kind: v.kind, flags: v.flags }).toEqual({ kind: expected, flags: [] });
      } else {
        expect(v.kind).toBe('refer');
        expect(v.categories).toContain(expected);
      }
    });
  });

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

  it('reads doping requests as a refusal with no dose', () => {
    const v = triageQuestion('what sarms should I stack for hyrox');
    expect(v.replace).toBe(true);
    expect(v.referral).toMatch(/won't help/);
    expect(v.referral).not.toMatch(/\d+\s*(mg|ml|iu)\b/i);
  });
});
