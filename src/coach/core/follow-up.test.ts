import { describe, expect, it } from 'vitest';
import { reaskedQuestion, switchesTopic, whyOfEarlier } from './follow-up.js';
import { readQuestion } from './understand.js';

describe('switchesTopic', () => {
  it('reads a new question of its own alone', () => {
    expect(switchesTopic('how much protein do i need, 80kg', 'whats the best shoe for hyrox?')).toBe(true);
    expect(switchesTopic('how do doubles work in hyrox?', 'how can i get better at wall balls on my own? i die after 30 reps')).toBe(true);
  });
  it('reads a message that says it changes the subject alone', () => {
    expect(
      switchesTopic('whats the sled push weight for open women?', 'different question, how much sleep should i be getting during a build?'),
    ).toBe(true);
    expect(switchesTopic('can you give me a wall ball session?', 'unrelated but how much caffeine should i take before the race? im 80kg')).toBe(
      true,
    );
  });
  it('keeps a follow-up that carries on, points back or only gives numbers with the earlier question', () => {
    expect(switchesTopic('wall ball weight for open men?', 'what about for pro?')).toBe(false);
    expect(switchesTopic('how much protein should i eat?', "and how many grams is that for me? i'm 64kg")).toBe(false);
    expect(switchesTopic('give me a threshold run for today', 'i only have 30 min total tho')).toBe(false);
    expect(switchesTopic('whats a full race simulation?', 'whats the difference between a half and a full one?')).toBe(false);
    expect(switchesTopic('how much sleep do i need?', 'i do night shifts so i get like 6hrs max in one go. anything i can do?')).toBe(false);
  });
  it('keeps a pain said before with the training asked about after it', () => {
    expect(
      switchesTopic(
        'achilles is stiff in the mornings since i upped my running, whats going on?',
        'ok. can i do my sled push session thursday? its at race load',
      ),
    ).toBe(false);
  });
});

describe('reaskedQuestion', () => {
  it('asks the earlier question again about the station a short follow-up names', () => {
    expect(reaskedQuestion('how should i pace the 1000m row?', 'same question but for the ski')).toBe('how should i pace the 1000m skierg?');
    expect(reaskedQuestion('how long is the farmers carry?', 'and the lunges?')).toBe('how long is the sandbag lunges?');
    expect(readQuestion(reaskedQuestion('how do i get better at burpee broad jumps', 'ok and the sled push?')!).stations).toEqual(['sled_push']);
  });
  it('takes a correction that names only what was meant', () => {
    expect(readQuestion(reaskedQuestion('what time should i aim for on the ski for a 1:30 finish?', 'no i meant the row')!).stations).toEqual([
      'row',
    ]);
  });
  it('asks the earlier question again with the number a follow-up changes', () => {
    const q = reaskedQuestion('give me a training week, i can do 3 days a week, race is in 12 weeks', 'can you make it 5 days instead?');
    expect(q).toBe('give me a training week, i can do 5 days a week, race is in 12 weeks');
    expect(readQuestion(q!).sessionsPerWeek).toBe(5);
  });
  it('leaves a follow-up with a question of its own, or nothing to replace, to be read with the earlier one', () => {
    expect(reaskedQuestion('how heavy is the sandbag for open women lunges?', 'and what does pro women carry for the lunges?')).toBeNull();
    expect(reaskedQuestion('whats a good interval session?', 'what if i only have 30 min?')).toBeNull();
    expect(reaskedQuestion('wall ball weight for open men?', 'what about for pro?')).toBeNull();
    expect(reaskedQuestion('my 5k is 25:00, what hyrox time can i expect?', 'what if i get my 5k down to 23 min by race day?')).toBeNull();
  });
});

describe('switchesTopic, properties', () => {
  it('keeps a question about a load, a count or a pace of nothing named with the thing before', () => {
    expect(switchesTopic('whats a good farmers carry workout?', 'what weight should i use?')).toBe(false);
    expect(switchesTopic('give me a sled push session', 'how many sets and reps?')).toBe(false);
    expect(switchesTopic('whats a good threshold run?', 'what pace should i hold?')).toBe(false);
  });
});

describe('reaskedQuestion, a corrected number', () => {
  it('asks the earlier question again with the number the member meant', () => {
    expect(reaskedQuestion('how much protein should i eat per day? im 90kg', 'sorry i meant 70kg')).toBe(
      'how much protein should i eat per day? im 70 kg',
    );
    expect(reaskedQuestion('give me a training week, 3 days a week', 'no i mean 4 days')).toBe('give me a training week, 4 days a week');
  });
});

describe('whyOfEarlier', () => {
  it('reads a short "why?" with the question it asks about', () => {
    expect(whyOfEarlier('should i take creatine for hyrox?', 'why tho? isnt it just for bodybuilders')).toBe(
      'should i take creatine for hyrox? why tho? isnt it just for bodybuilders',
    );
    expect(whyOfEarlier('should i go hard on the first run?', 'ok but why? wouldnt i bank time?')).toBe(
      'should i go hard on the first run? but why? wouldnt i bank time?',
    );
  });
  it('leaves other follow-ups and long questions alone', () => {
    expect(whyOfEarlier('how much protein?', 'and for 80kg?')).toBeNull();
    expect(whyOfEarlier('how much protein?', 'why do my forearms always burn so much on the farmers carry even when my grip is fine')).toBeNull();
  });
});
