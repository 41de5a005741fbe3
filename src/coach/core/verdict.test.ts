import { describe, expect, it } from 'vitest';
import { readQuestion } from './understand.js';
import { asksOtherKind, proposal, splitOpening, verdictOpening, wantsYesNo } from './verdict.js';

const open = (q: string, advice: 'ease' | 'as_planned') => verdictOpening(q, readQuestion(q).form, advice);

describe('verdictOpening', () => {
  describe('when the engines say ease off', () => {
    it.each([
      ['legs are dead and my resting hr is up. intervals today, go or no go?', 'No-go.'],
      ['doubled my hours this week. fine right?', 'No.'],
      ['been doing doubles every day for 3 weeks. keep going until race day?', 'No.'],
      ['should i add a 6th session this week?', 'No.'],
      ['i feel really tired and heavy, should i take a rest day?', 'Yes.'],
      ['should I skip my long run tomorrow?', 'Yes.'],
    ])('%s → %s', (q, want) => {
      expect(open(q, 'ease')).toBe(want);
    });
  });

  describe('when the plan stands as it is', () => {
    it.each([
      ['readiness is 9 every day. should i add a 6th session to get ahead?', 'No.'],
      ['feeling great, train as planned?', 'Yes.'],
      ['should I take a rest day even though I feel fine?', 'No.'],
    ])('%s → %s', (q, want) => {
      expect(open(q, 'as_planned')).toBe(want);
    });
  });

  it('answers a choice between doing less and the plan with the side the engines chose, in a word a referral keeps first', () => {
    expect(open('feeling flat today, skip or train?', 'as_planned')).toBe('Train.');
    expect(open('tired today, train or rest?', 'as_planned')).toBe('Train.');
    expect(open('resting hr up 8 and sleeping badly, train or rest today?', 'ease')).toBe('Rest.');
    expect(open('sled or wall balls today?', 'ease')).toBeNull();
    expect(splitOpening('Rest. **These look like signs…**')).toEqual(['Rest.', '**These look like signs…**']);
    expect(splitOpening('Rest while you are ill.')).toBeNull();
  });
  it('hears "cut training" and "swap it for something easier" as doing less', () => {
    expect(open('stressful week, sleeping badly, should i cut training?', 'ease')).toBe('Yes.');
    expect(open('should i swap my threshold run for something easier?', 'ease')).toBe('Yes.');
  });

  it('stays out of questions that are not yes/no, or propose nothing', () => {
    expect(open('slept 4.5 hours, readiness 3. what do i do', 'ease')).toBeNull();
    expect(open('how much should I cut this week?', 'ease')).toBeNull();
    expect(open('is my hrv a good measure?', 'ease')).toBeNull();
  });
});

describe('wantsYesNo', () => {
  it('hears a yes/no ask that comes after context in the same sentence', () => {
    const q = 'im 52, is it too late to start hyrox? ive never raced anything';
    expect(wantsYesNo(q, readQuestion(q).form)).toBe(true);
    expect(wantsYesNo('my son is 15, can he race with me?', 'what')).toBe(true);
    expect(wantsYesNo('buying new shoes the week before the race, good idea? mine are pretty worn', 'what')).toBe(true);
    expect(wantsYesNo('carbon shoes for the race, worth it?', 'what')).toBe(true);
    expect(wantsYesNo('what is a good idea for race week?', 'what')).toBe(false);
  });

  it('hears a yes/no ask after a filler ("so should i…", "ok, can i…")', () => {
    expect(wantsYesNo('so should i still do my usual 100 min long run 10 days out?', 'what')).toBe(true);
    expect(verdictOpening('so should i still do my usual 100 min long run 10 days out?', 'what', 'ease')).toBe('No.');
    expect(wantsYesNo('ok, can i still race on sunday?', 'what')).toBe(true);
  });

  it('hears a last clause that asks without a question mark ("ive got covid, can i train")', () => {
    expect(wantsYesNo('ive got covid, can i train', 'what')).toBe(true);
    expect(wantsYesNo('i have a fever, can i do my wall ball session', 'what')).toBe(true);
    expect(wantsYesNo('ive got covid, how do i come back', 'howto')).toBe(false);
  });

  it('does not take a how or what question for one', () => {
    expect(wantsYesNo('im 52, how should i start hyrox?', 'howto')).toBe(false);
    expect(wantsYesNo('race is saturday, what do i eat, is that a good idea', 'what')).toBe(false);
  });
});

describe('proposal', () => {
  it('reads the sentence that asks, not the context before it', () => {
    expect(proposal('I skipped two sessions last week. Can I add them back this week?')).toBe('more');
    expect(proposal('I added a session last week. Should I rest today?')).toBe('less');
  });
  it('hears skipping the deload or a rest day as more training, not less', () => {
    const q = 'feel amazing and the plan has a deload week next week. can i skip it and keep building?';
    expect(proposal(q)).toBe('more');
    expect(open(q, 'ease')).toBe('No.');
    expect(proposal('can i skip my rest day this week?')).toBe('more');
    expect(proposal('can i skip my easy run today?')).toBe('less');
  });
  it('hears "good to go?" as asking to go ahead with the plan', () => {
    const q = 'readiness 8 today, slept 8 hrs. full sim is on the plan for today. good to go?';
    expect(proposal(q)).toBe('as_planned');
    expect(open(q, 'as_planned')).toBe('Yes.');
    expect(open(q, 'ease')).toBe('No.');
  });
});

describe('splitOpening', () => {
  it('separates a verdict from the text after it', () => {
    expect(splitOpening('No. **Swap it.**')).toEqual(['No.', '**Swap it.**']);
    expect(splitOpening('Nothing new on race day.')).toBeNull();
  });
});

describe('asksOtherKind', () => {
  it('tells a question about what is allowed from a section about what is needed', () => {
    expect(asksOtherKind('can i wear my garmin in the race?', 'Do I need a heart rate monitor or a sports watch to train for Hyrox?')).toBe(true);
    expect(asksOtherKind('do i need a heart rate monitor?', 'Do I need a heart rate monitor or a sports watch to train for Hyrox?')).toBe(false);
    expect(asksOtherKind('can i wear gloves?', 'Can I wear gloves in Hyrox?')).toBe(false);
    expect(asksOtherKind('is a sauna ok after training?', 'Do I need a sauna?')).toBe(false);
  });
});

describe('wantsYesNo with alternatives', () => {
  it('reads "A or B?" as asking which, and "…or am i kidding myself?" as still asking whether', () => {
    const yn = (q: string) => wantsYesNo(q, readQuestion(q).form);
    expect(yn('8 weeks out and still want to drop 3kg. keep cutting till race day or stop?')).toBe(false);
    expect(yn('should i walk or jog the farmers carry?')).toBe(false);
    expect(yn('is that enough to get ready in 14 weeks or am i kidding myself?')).toBe(true);
    expect(yn('should i still do my long run the day before or is that dumb?')).toBe(true);
    expect(yn('should i race this weekend or not?')).toBe(true);
    expect(yn('go or no go for tomorrow?')).toBe(true);
  });
});

describe('wantsYesNo after a topic label', () => {
  it('reads the ask after a dash or colon ("skierg technique question - is it all arms?")', () => {
    const q = 'skierg technique question - is it all arms? my shoulders are fried after';
    expect(wantsYesNo(q, readQuestion(q).form)).toBe(true);
    const open = 'burpee broad jumps - how far should i jump?';
    expect(wantsYesNo(open, readQuestion(open).form)).toBe(false);
  });
});

describe('proposal: a second session in the day', () => {
  it('reads "doing a double … on top of plan" as more than planned', () => {
    expect(proposal('readiness 9 today!! thinking of doing a double, run am and stations pm on top of plan?')).toBe('more');
  });
});
