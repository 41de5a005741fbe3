import { describe, expect, it } from 'vitest';
import { referralAnswer, triageAnswer, triageQuestion } from './triage.js';

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
